import Foundation
import Sociogram

#if canImport(Glibc)
    import Glibc
#endif

/// The batch side of `sociogram batch --jobs N`: starts N − 1 worker processes of this executable
/// (``BatchWorker``) and relays between them and the ``BatchCoordinator``, while this process works on
/// units too. Each process has its own Graphviz, so N processes draw N diagrams at a time (Graphviz is
/// not thread-safe: within one process, diagrams are drawn one at a time).
///
/// Units are handed out from the coordinator's one queue, ``threadsPerProcess`` at a time per worker,
/// so faster processes take more. A worker that cannot be started, that opened a different set of
/// files (the folder changed meanwhile) or that stops is left out: the units it had not started are
/// done by the others, the ones it was working on are reported as failed (stage `worker`).
final class BatchWorkerPool: @unchecked Sendable {
    /// Classes each process works on at a time: one is drawn while the other is imported, analysed,
    /// compressed or waits for its files to reach the disk.
    static let threadsPerProcess = 2

    /// Units (files, or classes of a grade file) per process at the least: starting a worker (runtime,
    /// Graphviz plugins, opening the input again) costs about as much as drawing a few classes, so a
    /// batch of 10 classes runs faster in one process than in two (`docs/batch-and-compare.md`).
    static let minimumUnitsPerProcess = 8

    /// How many processes (this one included) a batch of `units` units runs in when `jobs` are asked for.
    static func processes(jobs: Int, units: Int) -> Int {
        max(1, min(jobs, units / minimumUnitsPerProcess))
    }

    private let lock = NSLock()
    /// Set by ``start(coordinator:count:arguments:)`` before any worker runs.
    nonisolated(unsafe) private var coordinator: BatchCoordinator?
    /// Which worker has which unit (units of this process are not listed).
    private var owner: [Int: Worker] = [:]
    private let readers = DispatchGroup()

    private final class Worker: @unchecked Sendable {
        let pid: pid_t
        let channel: MessageChannel
        var inFlight = Set<Int>()
        var ended = false
        init(pid: pid_t, channel: MessageChannel) {
            self.pid = pid
            self.channel = channel
        }
    }

    init() {}

    /// Relays settled folder names to the worker that has the unit (give this to the coordinator).
    func foldersSettled(unit: Int, folders: [String]) {
        lock.lock()
        let worker = owner[unit]
        lock.unlock()
        _ = worker?.channel.send(BatchParentMessage.folders(unit: unit, names: folders))
    }

    /// Starts `count` workers with `arguments` (this run's arguments) plus `--worker <this pid>`, which
    /// take units from `coordinator`.
    ///
    /// - Returns: how many started.
    @discardableResult
    func start(coordinator: BatchCoordinator, count: Int, arguments: [String]) -> Int {
        self.coordinator = coordinator
        guard count > 0, let executable = Self.executablePath() else { return 0 }
        // A worker that stops must not take the batch with it when the batch writes to its pipe.
        signal(SIGPIPE, SIG_IGN)
        var started = 0
        for _ in 0..<count {
            guard let (pid, channel) = Self.spawn(executable, arguments + ["--worker", String(getpid())]) else { break }
            let worker = Worker(pid: pid, channel: channel)
            started += 1
            readers.enter()
            let thread = Thread { [self] in
                serve(worker, coordinator)
                readers.leave()
            }
            thread.start()
        }
        return started
    }

    /// Waits until every worker has ended (after the queue is empty).
    /// Waits until every worker has ended, then lets go of the coordinator (which holds this pool in
    /// its `foldersSettled` closure: without this the two would keep each other alive).
    func waitForWorkers() {
        readers.wait()
        lock.lock()
        coordinator = nil
        owner = [:]
        lock.unlock()
    }

    /// Reads one worker's messages until it ends, then accounts for its unfinished units.
    private func serve(_ worker: Worker, _ coordinator: BatchCoordinator) {
        var verified = false
        while let line = worker.channel.readLine() {
            guard let message = try? JSONDecoder().decode(BatchWorkerMessage.self, from: line) else { continue }
            switch message {
            case .ready(let units, let digest):
                verified = units == coordinator.source.unitCount && digest == Self.digest(coordinator.source)
                if verified {
                    for _ in 0..<Self.threadsPerProcess { handOut(to: worker, coordinator) }
                } else {
                    end(worker)
                }
            case .classes(let unit, let names):
                guard verified, owns(worker, unit) else { continue }
                coordinator.register(unit: unit, classNames: names)
            case .done(let result, let ties):
                guard verified, owns(worker, result.unit) else { continue }
                if !ties.isEmpty { coordinator.add(ties) }
                coordinator.finish(result)
                lock.lock()
                worker.inFlight.remove(result.unit)
                owner[result.unit] = nil
                lock.unlock()
                handOut(to: worker, coordinator)
            }
        }
        var status: Int32 = 0
        while waitpid(worker.pid, &status, 0) < 0 && errno == EINTR {}
        worker.channel.closeOutput()
        worker.channel.closeInput()
        lock.lock()
        let unfinished = worker.inFlight.sorted()
        worker.inFlight = []
        for unit in unfinished { owner[unit] = nil }
        lock.unlock()
        let how = (status & 0x7f) != 0 ? "was stopped by signal \(status & 0x7f)" : "exited with code \((status >> 8) & 0xff)"
        for unit in unfinished {
            coordinator.abandon(
                unit: unit,
                reason: "The worker process handling this file \(how) before finishing it; the other classes carry on. "
                    + "Run the batch again (or `sociogram analyze` on the file) to see the error.")
        }
    }

    private func owns(_ worker: Worker, _ unit: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return owner[unit] === worker
    }

    /// Sends the worker the next unit of the queue, or `end` when there is none.
    private func handOut(to worker: Worker, _ coordinator: BatchCoordinator) {
        lock.lock()
        guard !worker.ended else {
            lock.unlock()
            return
        }
        guard let unit = coordinator.nextUnit() else {
            lock.unlock()
            end(worker)
            return
        }
        owner[unit] = worker
        worker.inFlight.insert(unit)
        lock.unlock()
        if !worker.channel.send(BatchParentMessage.unit(unit)) {
            // The worker is gone; `serve` accounts for the unit when it reads the end of its output.
            return
        }
    }

    private func end(_ worker: Worker) {
        lock.lock()
        let first = !worker.ended
        worker.ended = true
        lock.unlock()
        if first { _ = worker.channel.send(BatchParentMessage.end) }
    }

    /// FNV-1a (64 bit) of the units' files and labels: the same in every process that opened the same input.
    static func digest(_ source: BatchSource) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for unit in 0..<source.unitCount {
            for byte in (source.unitFile(unit) + "\u{0}" + source.unitLabel(unit) + "\u{0}").utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
        }
        return hash
    }

    /// This executable's path (`/proc/self/exe` on Linux), or `nil` when it cannot be found.
    static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if n > 0 {
            let path = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return Bundle.main.executablePath
    }

    /// Starts `executable` with `arguments`, its standard input and output connected to a new
    /// ``MessageChannel`` and its standard error shared with this process. Every other descriptor of
    /// this process is closed in the child (all pipes here are close-on-exec), so a worker's input
    /// closes exactly when this process ends.
    private static func spawn(_ executable: String, _ arguments: [String]) -> (pid_t, MessageChannel)? {
        var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0]
        guard pipe(&toChild) == 0 else { return nil }
        guard pipe(&fromChild) == 0 else {
            close(toChild[0])
            close(toChild[1])
            return nil
        }
        for fd in toChild + fromChild { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], STDIN_FILENO)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], STDOUT_FILENO)
        // SIGPIPE back to its default in the worker (this process ignores it).
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        close(toChild[0])
        close(fromChild[1])
        guard status == 0 else {
            close(toChild[1])
            close(fromChild[0])
            return nil
        }
        return (pid, MessageChannel(input: fromChild[0], output: toChild[1]))
    }
}
