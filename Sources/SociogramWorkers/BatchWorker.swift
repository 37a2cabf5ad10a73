import Foundation
import Sociogram

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The worker side of `sociogram batch`: the same executable, started by ``BatchWorkerPool`` with the
/// batch's own arguments plus the hidden `--worker PID`, processes the units the batch sends it and
/// reports back over its standard input and output (``BatchParentMessage``, ``BatchWorkerMessage``;
/// `docs/workers.md`). Graphviz is not thread-safe, so one process draws one diagram at a time;
/// separate processes draw in parallel.
///
/// The worker never writes the grade files and never removes temporaries: the batch does.
public enum BatchWorker {
    /// Works until the batch sends `end` and every unit it was given is finished, then returns (the
    /// caller exits with status 0).
    ///
    /// - Parameters:
    ///   - parent: the batch's process id. When the parent changes (the batch died without closing
    ///     this worker's input, e.g. while a grandchild held it) or the input closes, `orphaned` is
    ///     called at once from another thread: it must end the process (`_exit`).
    ///   - dieOnFirstUnit: test only (`--test-kill-workers`): kill this process with `SIGKILL` when the
    ///     first unit arrives, as a crash inside Graphviz would.
    public static func serve(
        source: BatchSource, output: OutputFolder, pipeline: ClassPipeline.Options, parent: Int32,
        dieOnFirstUnit: Bool = false, orphaned: @escaping @Sendable () -> Never
    ) {
        let channel = MessageChannel.standard
        let inbox = WorkerInbox()
        ParentWatch.start(parent: parent, orphaned: orphaned)
        let reader = Thread {
            while let line = channel.readLine() {
                guard let message = LineFraming.decode(BatchParentMessage.self, line) else { continue }
                switch message {
                case .unit(let unit): inbox.push(unit)
                case .folders(let unit, let names): inbox.settle(unit: unit, folders: names)
                case .end: inbox.close()
                }
            }
            // The batch closed the pipe: it is gone (or finished with us); stop at once.
            orphaned()
        }
        reader.start()
        guard channel.send(BatchWorkerMessage.ready(units: source.unitCount, digest: source.workerDigest)) else { orphaned() }
        let naming = RelayedNaming(channel: channel, inbox: inbox, orphaned: orphaned)
        let group = DispatchGroup()
        for _ in 0..<BatchWorkerPool.threadsPerProcess {
            group.enter()
            let thread = Thread {
                while let unit = inbox.pop() {
                    if getppid() != parent { orphaned() }
                    guard channel.send(BatchWorkerMessage.started(unit: unit)) else { orphaned() }
                    if dieOnFirstUnit { kill(getpid(), SIGKILL) }
                    TestHooks.beforeBatchUnit(label: source.unitLabel(unit))
                    // Each unit's ties travel with its result, so a worker that stops later loses none.
                    var ties = GradeTies()
                    let result = BatchRunner.process(unit: unit, of: source, into: output, pipeline: pipeline, naming: naming, ties: &ties)
                    TestHooks.beforeBatchResult(label: source.unitLabel(unit))
                    guard channel.send(BatchWorkerMessage.done(result, ties: ties)) else { orphaned() }
                }
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
    }
}

/// Ends a worker whose parent is gone: checks every 20 ms whether the parent process changed.
///
/// A batch killed with `SIGKILL` cannot stop its workers, and a worker that went on writing would
/// leave a hidden class folder the next run cannot remove (it belongs to a live process) or put a
/// class folder in place beneath it. So the check is frequent: `getppid` costs well under a
/// microsecond, and the worker ends before a teacher can start the command again. (`PR_SET_PDEATHSIG`
/// would be immediate, but Linux sends it when the *thread* that spawned the worker ends, which in a
/// thread pool can be any time.)
enum ParentWatch {
    static func start(parent: Int32, orphaned: @escaping @Sendable () -> Never) {
        let watcher = Thread {
            while true {
                if getppid() != parent { orphaned() }
                usleep(20_000)
            }
        }
        watcher.start()
    }
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
    let orphaned: @Sendable () -> Never

    func register(unit: Int, classNames: [String]) {
        if !channel.send(BatchWorkerMessage.classes(unit: unit, names: classNames)) { orphaned() }
    }

    func folders(unit: Int) -> [String] { inbox.takeFolders(unit: unit) }
}
