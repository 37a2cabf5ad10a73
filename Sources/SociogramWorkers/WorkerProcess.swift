import Foundation
import Subprocess

#if canImport(System)
    import System
#else
    import SystemPackage
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One long-lived worker process seen from the pool: started with `swift-subprocess`, its standard
/// input and output a pair of pipes carrying JSON lines (``LineFraming``), its standard error shared
/// with this process (a worker writes nothing there unless something is badly wrong).
///
/// Lines from the worker are handed to `onLine` one at a time, in order, on a task of this worker;
/// `onExit` is called once, after the last line, when the process has ended (or could not start).
/// ``send(_:)`` queues a line without waiting; ``kill()`` sends `SIGKILL`. Every other descriptor of
/// this process is closed in the child and its signal dispositions are reset (swift-subprocess does
/// both), so the worker's input closes exactly when this process ends or calls ``closeInput()``.
///
/// The pools ignore `SIGPIPE` in this process (``ignoreBrokenPipes()``): a worker that died must not
/// take its parent with it when the parent writes to its pipe.
final class WorkerProcess: @unchecked Sendable {
    private let lock = NSLock()
    private let outbox: AsyncStream<[UInt8]>
    private let outboxWriter: AsyncStream<[UInt8]>.Continuation
    /// Sends `SIGKILL` through the process descriptor (never to a reused process id); set while the
    /// body of `run` runs.
    private var killer: (@Sendable () -> Void)?
    private var killRequested = false

    private let executable: String
    private let arguments: [String]
    private let environment: [String: String]
    private let onLine: @Sendable (Data) -> Void
    private let onExit: @Sendable (WorkerExit) -> Void

    /// A worker that runs `executable` with `arguments`, with this process's environment plus
    /// `environment`, once ``start()`` is called.
    init(
        executable: String, arguments: [String], environment: [String: String] = [:],
        onLine: @escaping @Sendable (Data) -> Void, onExit: @escaping @Sendable (WorkerExit) -> Void
    ) {
        (outbox, outboxWriter) = AsyncStream.makeStream(of: [UInt8].self)
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.onLine = onLine
        self.onExit = onExit
    }

    /// Starts the process (once).
    func start() {
        let outbox = self.outbox
        let (executable, arguments, environment, onLine, onExit) = (self.executable, self.arguments, self.environment, self.onLine, self.onExit)
        Task.detached { [self] in
            let exit: WorkerExit
            do {
                var env = Environment.inherit
                if !environment.isEmpty {
                    env = env.updating(Dictionary(uniqueKeysWithValues: environment.map { (Environment.Key(stringLiteral: $0.key), Optional($0.value)) }))
                }
                let result = try await Subprocess.run(
                    .path(FilePath(executable)), arguments: Arguments(arguments), environment: env,
                    input: .inputWriter, output: .sequence, error: .currentStandardError
                ) { execution in
                    self.started { try? execution.send(signal: .kill) }
                    await withTaskGroup(of: Void.self) { group in
                        group.addTask {
                            let writer = execution.standardInputWriter
                            for await line in outbox {
                                do { _ = try await writer.write(line) } catch { break }
                            }
                            try? await writer.finish()
                        }
                        var splitter = LineSplitter()
                        do {
                            for try await buffer in execution.standardOutput {
                                buffer.withUnsafeBytes { splitter.append($0) }
                                while let line = splitter.next() { onLine(line) }
                            }
                        } catch {
                            // A read error ends the conversation like the end of output does.
                        }
                        // The worker closed its output (it ended or is ending): nothing more to write.
                        self.outboxWriter.finish()
                        await group.waitForAll()
                    }
                    self.stopped()
                }
                switch result.terminationStatus {
                case .exited(let code): exit = .exited(code)
                case .signaled(let signal): exit = .signalled(signal)
                }
            } catch {
                exit = .notStarted("\(error)")
            }
            self.stopped()
            onExit(exit)
        }
    }

    /// Queues one line (``LineFraming/encode(_:)``) for the worker's standard input; dropped when the
    /// worker is gone.
    func send(_ line: [UInt8]) {
        outboxWriter.yield(line)
    }

    /// Queues `message` as one line.
    func send(_ message: some Encodable) {
        if let line = LineFraming.encode(message) { send(line) }
    }

    /// Closes the worker's standard input once the queued lines are written (it then finishes and exits).
    func closeInput() {
        outboxWriter.finish()
    }

    /// Stops the worker at once with `SIGKILL` (now, or as soon as it has started).
    func kill() {
        lock.lock()
        killRequested = true
        let killer = self.killer
        lock.unlock()
        killer?()
    }

    private func started(_ killer: @escaping @Sendable () -> Void) {
        lock.lock()
        self.killer = killer
        let now = killRequested
        lock.unlock()
        if now { killer() }
    }

    /// The process has closed its output: no more signals (it is reaped next).
    private func stopped() {
        lock.lock()
        killer = nil
        lock.unlock()
        outboxWriter.finish()
    }

    /// Makes writing to a pipe whose reader is gone an error instead of a fatal signal, once per process.
    static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }
}
