import Foundation
import Sociogram

#if canImport(Glibc)
    import Glibc
#endif

/// The worker side of `sociogram batch --jobs N`: the same executable, started by the batch with its
/// own arguments plus the hidden `--worker PID`, processes the units the batch sends it and reports
/// back. Graphviz is not thread-safe, so one process draws one diagram at a time; separate processes
/// draw in parallel.
///
/// Protocol: one JSON object per line. The batch writes ``BatchParentMessage``s to the worker's standard
/// input; the worker writes ``BatchWorkerMessage``s to its standard output and nothing else (errors of a
/// class travel inside its result). The worker never writes the grade files and never removes
/// temporaries: the batch does. It exits when its standard input closes or its parent changes (the
/// batch was killed), so no worker outlives the batch.
enum BatchWorker {
    /// Runs the worker until the batch sends `end` and every unit it was given is finished.
    ///
    /// - Parameter dieOnFirstUnit: test only (`--test-kill-workers`): kill this process with SIGKILL
    ///   when the first unit arrives, as a crash inside Graphviz would.
    static func run(source: BatchSource, output: OutputFolder, pipeline: ClassPipeline.Options, parent: Int32, dieOnFirstUnit: Bool = false) -> Never {
        let channel = MessageChannel(input: STDIN_FILENO, output: STDOUT_FILENO)
        let inbox = WorkerInbox()
        watchParent(parent)
        let reader = Thread {
            while let line = channel.readLine() {
                guard let message = try? JSONDecoder().decode(BatchParentMessage.self, from: line) else { continue }
                switch message {
                case .unit(let unit): inbox.push(unit)
                case .folders(let unit, let names): inbox.settle(unit: unit, folders: names)
                case .end: inbox.close()
                }
            }
            // The batch closed the pipe: it is gone (or finished with us); stop at once.
            _exit(Terminal.Status.failure.rawValue)
        }
        reader.start()
        guard channel.send(BatchWorkerMessage.ready(units: source.unitCount, digest: BatchWorkerPool.digest(source))) else {
            _exit(Terminal.Status.failure.rawValue)
        }
        let naming = RelayedNaming(channel: channel, inbox: inbox)
        let group = DispatchGroup()
        for _ in 0..<BatchWorkerPool.threadsPerProcess {
            group.enter()
            let thread = Thread {
                while let unit = inbox.pop() {
                    if dieOnFirstUnit { kill(getpid(), SIGKILL) }
                    // Each unit's ties travel with its result, so a worker that stops later loses none.
                    var ties = GradeTies()
                    let result = BatchRunner.process(unit: unit, of: source, into: output, pipeline: pipeline, naming: naming, ties: &ties)
                    guard channel.send(BatchWorkerMessage.done(result, ties: ties)) else { _exit(Terminal.Status.failure.rawValue) }
                }
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
        exit(0)
    }

    /// Exits when the parent process changes (the batch died without closing our input, e.g. while a
    /// grandchild held it): checked twice a second.
    private static func watchParent(_ parent: Int32) {
        let watcher = Thread {
            while true {
                if getppid() != parent { _exit(Terminal.Status.failure.rawValue) }
                usleep(500_000)
            }
        }
        watcher.start()
    }
}

/// What the batch sends a worker.
enum BatchParentMessage: Codable {
    /// Process this unit.
    case unit(Int)
    /// The folder names of a unit's classes (answer to its `classes` message, in unit order).
    case folders(unit: Int, names: [String])
    /// No more units: finish the ones given and exit.
    case end
}

/// What a worker sends the batch.
enum BatchWorkerMessage: Codable {
    /// Started: the source it opened has this many units, and this digest of their names (the batch
    /// checks they are the units it has).
    case ready(units: Int, digest: UInt64)
    /// A unit's class names, once imported (for its folder names).
    case classes(unit: Int, names: [String])
    /// A unit's result, with the positive ties it gave for the grade sociogram.
    case done(BatchUnitResult, ties: GradeTies)
}

/// The units given to this worker and the folder names settled for them.
private final class WorkerInbox: @unchecked Sendable {
    private let condition = NSCondition()
    private var units: [Int] = []
    private var closed = false
    private var folders: [Int: [String]] = [:]

    func push(_ unit: Int) {
        condition.lock()
        units.append(unit)
        condition.broadcast()
        condition.unlock()
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next unit, waiting for one; `nil` once the batch said `end` and all were taken.
    func pop() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while units.isEmpty && !closed { condition.wait() }
        return units.isEmpty ? nil : units.removeFirst()
    }

    func settle(unit: Int, folders names: [String]) {
        condition.lock()
        folders[unit] = names
        condition.broadcast()
        condition.unlock()
    }

    func takeFolders(unit: Int) -> [String] {
        condition.lock()
        defer { condition.unlock() }
        while folders[unit] == nil { condition.wait() }
        return folders.removeValue(forKey: unit) ?? []
    }
}

/// Folder names asked of the batch over the pipe.
private struct RelayedNaming: BatchFolderNaming {
    let channel: MessageChannel
    let inbox: WorkerInbox

    func register(unit: Int, classNames: [String]) {
        if !channel.send(BatchWorkerMessage.classes(unit: unit, names: classNames)) { _exit(Terminal.Status.failure.rawValue) }
    }

    func folders(unit: Int) -> [String] { inbox.takeFolders(unit: unit) }
}

/// JSON lines over a pair of file descriptors: whole lines read, whole messages written (one writer at
/// a time).
final class MessageChannel: @unchecked Sendable {
    private let input: Int32
    private let output: Int32
    private let writeLock = NSLock()
    private var buffer: [UInt8] = []
    private var start = 0

    init(input: Int32, output: Int32) {
        self.input = input
        self.output = output
    }

    /// Writes `message` as one line. Returns false when the other side is gone.
    func send(_ message: some Encodable) -> Bool {
        guard var bytes = try? JSONEncoder().encode(message) else { return false }
        bytes.append(0x0A)
        writeLock.lock()
        defer { writeLock.unlock() }
        return bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(output, raw.baseAddress! + offset, raw.count - offset)
                if n > 0 {
                    offset += n
                } else if n < 0 && errno == EINTR {
                    continue
                } else {
                    return false
                }
            }
            return true
        }
    }

    /// The next line (without its newline), or `nil` at the end of input. Only one reader.
    func readLine() -> Data? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                let line = Data(buffer[start..<newline])
                start = newline + 1
                if start > 1 << 16 {
                    buffer.removeSubrange(0..<start)
                    start = 0
                }
                return line
            }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let n = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return nil }
            buffer.append(contentsOf: chunk[0..<n])
        }
    }

    /// Closes the writing end (the other side then reads the end of input).
    func closeOutput() { close(output) }

    /// Closes the reading end.
    func closeInput() { close(input) }
}
