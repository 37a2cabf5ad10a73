import Foundation
import Sociogram

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The batch side of `sociogram batch`: runs the units of a ``BatchCoordinator`` in worker processes
/// of the same executable (``BatchWorker``), each with its own Graphviz, so N processes draw N
/// diagrams at a time and a crash or a hang inside Graphviz costs one class, never the batch.
///
/// Units are handed out from the coordinator's one queue, ``threadsPerProcess`` at a time per worker,
/// so faster processes take more.
/// - A worker that cannot be started, or that opened a different set of files (the folder changed
///   meanwhile), is left out; when none is left, ``run(coordinator:processes:)`` returns with units
///   still in the queue and the caller does them in its own process (``BatchCoordinator/runLocally(threads:)``).
/// - A worker that stops (a crash) loses the units it was working on: they are reported as failed
///   (stage `worker`, with the signal or exit code), the others carry on.
/// - A unit that is not finished within the class timeout is reported as failed (stage `worker`,
///   "did not finish within N seconds"); its worker is killed, the other unit it was working on is
///   handed out again (once), and a fresh worker takes over.
/// A worker holds two units being worked on plus one waiting (``unitsAhead``); units it had not begun
/// when it stopped are handed out again. A worker that stopped holding units is replaced while units
/// are left (at most one replacement per unit), so the number of workers stays as asked.
public final class BatchWorkerPool: @unchecked Sendable {
    /// Classes each process works on at a time: one is drawn while the other is imported, analysed,
    /// compressed or waits for its files to reach the disk.
    public static let threadsPerProcess = 2

    /// Units a worker holds beyond the ones its threads work on, so that a thread that finishes finds
    /// the next unit waiting instead of waiting a round trip to the batch for it (worth about 10 % of
    /// a batch's time, `docs/batch-and-compare.md`).
    static let unitsAhead = 1

        /// Units (files, or classes of a grade file) per process at the least: starting a worker (runtime,
    /// Graphviz plugins, opening the input again) costs about as much as drawing a few classes, so a
    /// batch of 10 classes runs faster in one process than in two (`docs/batch-and-compare.md`).
    public static let minimumUnitsPerProcess = 8

    /// The default of `batch --class-timeout`: 120 seconds, twice the slowest layout measured (a class
    /// of 250 pupils with curved edges, 46–61 s, `docs/rendering.md`; straight edges, the batch's
    /// default, take under a second for it), so that only a layout that does not end is stopped.
    public static let defaultClassTimeout: Duration = .seconds(120)

    /// How many worker processes a batch of `units` units runs in when `jobs` are asked for.
    public static func processes(jobs: Int, units: Int) -> Int {
        max(1, min(jobs, units / minimumUnitsPerProcess))
    }

    private let executable: String
    private let arguments: [String]
    private let classTimeout: Duration?
    private let environment: [String: String]
    private let testKillFirstWorker: Bool

    private let lock = NSLock()
    /// Which worker has which unit.
    private var owner: [Int: Worker] = [:]
    private var workers: [ObjectIdentifier: Worker] = [:]
    /// Units handed out again after their worker was stopped for another unit's sake (at most once each).
    private var retried = Set<Int>()
    private var started = 0
    /// Workers started in place of one that stopped; at most one per unit, so a start that keeps
    /// failing cannot loop.
    private var replacements = 0
    private let allEnded = DispatchSemaphore(value: 0)

    /// Where a unit handed to a worker is.
    enum UnitState: Equatable {
        /// Waiting in the worker's queue: no thread of it has begun the unit.
        case queued
        /// Being worked on, its class timeout counting from `since`.
        case running(since: ContinuousClock.Instant)
        /// Begun, and waiting for its folder names, which are settled in the order of the units: an
        /// earlier unit (perhaps one that hangs before its classes are read) holds it up, so its
        /// clock stands still until the names come (then it runs again from that moment).
        case awaitingNames

        var since: ContinuousClock.Instant? {
            if case .running(let since) = self { return since }
            return nil
        }
    }

    private final class Worker: @unchecked Sendable {
        /// Set once, before the worker is published to other threads.
        var process: WorkerProcess?
        var verified = false
        /// Units handed to it and how far each has come.
        var inFlight: [Int: UnitState] = [:]
        var endSent = false
        /// Whether it was handed a unit (only such a worker is replaced when it stops).
        var tookUnits = false
        /// The unit it was killed for (its class timeout passed).
        var timedOut: Int?
    }

    /// - Parameters:
    ///   - executable: the `sociogram` executable (``executablePath()``: this one).
    ///   - arguments: the batch's own arguments; each worker gets them plus `--worker <this pid>`.
    ///   - classTimeout: how long a unit may take in a worker before the worker is killed; `nil` for no limit.
    ///   - environment: added to this process's environment for the workers.
    ///   - testKillFirstWorker: test only (`--test-kill-workers`): the first worker started is told to
    ///     kill itself on its first unit, as a crash inside Graphviz would.
    public init(
        executable: String, arguments: [String], classTimeout: Duration?, environment: [String: String] = [:],
        testKillFirstWorker: Bool = false
    ) {
        self.executable = executable
        self.arguments = arguments
        self.classTimeout = classTimeout
        self.environment = environment
        self.testKillFirstWorker = testKillFirstWorker
    }

    /// Relays settled folder names to the worker that has the unit (give this to the coordinator).
    public func foldersSettled(unit: Int, folders: [String]) {
        lock.lock()
        let worker = owner[unit]
        lock.unlock()
        if let worker { send(folders, of: unit, to: worker) }
    }

    /// Sends a unit its folder names and starts its clock again.
    private func send(_ folders: [String], of unit: Int, to worker: Worker) {
        lock.lock()
        if worker.inFlight[unit] == .awaitingNames { worker.inFlight[unit] = .running(since: .now) }
        lock.unlock()
        worker.process?.send(BatchParentMessage.folders(unit: unit, names: folders))
    }

    /// Runs the units of `coordinator` in `processes` workers and returns when every unit is finished
    /// or reported as failed, or when no worker is left (blocking the calling thread; call it from a
    /// thread of its own or the main thread, not from a Swift concurrency task).
    /// Units still in the queue afterwards (``BatchCoordinator/hasUnitsLeft``) are the caller's.
    ///
    /// - Returns: how many workers were started, replacements included.
    @discardableResult
    public func run(coordinator: BatchCoordinator, processes: Int) -> Int {
        guard processes > 0 else { return 0 }
        WorkerProcess.ignoreBrokenPipes()
        // All are registered before any starts, so that one failing at once does not end the run.
        let first = (0..<processes).map { make(coordinator, first: $0 == 0) }
        for process in first { process.start() }
        let watchdog = classTimeout.map { startWatchdog($0) }
        allEnded.wait()
        lock.lock()
        owner = [:]
        let count = started
        lock.unlock()
        watchdog?.cancel()
        return count
    }

    /// A new worker, registered and not yet started.
    private func make(_ coordinator: BatchCoordinator, first: Bool) -> WorkerProcess {
        let worker = Worker()
        let extra = (first && testKillFirstWorker ? ["--test-kill-workers"] : []) + ["--worker", String(getpid())]
        let process = WorkerProcess(
            executable: executable, arguments: arguments + extra, environment: environment,
            onLine: { [weak self, weak worker] line in
                if let worker { self?.received(line, from: worker, coordinator) }
            },
            onExit: { [weak self, weak worker] exit in
                if let worker { self?.ended(worker, exit, coordinator) }
            })
        worker.process = process
        lock.lock()
        workers[ObjectIdentifier(worker)] = worker
        started += 1
        lock.unlock()
        return process
    }

    private func received(_ line: Data, from worker: Worker, _ coordinator: BatchCoordinator) {
        guard let message = LineFraming.decode(BatchWorkerMessage.self, line) else { return }
        switch message {
        case .ready(let units, let digest):
            let verified = units == coordinator.source.unitCount && digest == coordinator.source.workerDigest
            lock.lock()
            worker.verified = verified
            lock.unlock()
            if verified {
                for _ in 0..<(Self.threadsPerProcess + Self.unitsAhead) { handOut(to: worker, coordinator) }
            } else {
                end(worker)
            }
        case .started(let unit):
            lock.lock()
            if worker.verified, owner[unit] === worker {
                worker.inFlight[unit] = .running(since: .now)
            }
            lock.unlock()
        case .classes(let unit, let names):
            guard owns(worker, unit) else { return }
            // Its clock stands still from here until its names are sent (``foldersSettled``), which
            // may happen inside `register` below.
            lock.lock()
            if worker.inFlight[unit] != nil { worker.inFlight[unit] = .awaitingNames }
            let again = retried.contains(unit)
            lock.unlock()
            coordinator.register(unit: unit, classNames: names)
            // A unit done again registers again, which settles nothing new: send it its names.
            if again, let folders = coordinator.settledFolders(unit: unit) {
                send(folders, of: unit, to: worker)
            }
        case .done(let result, let ties):
            guard owns(worker, result.unit) else { return }
            coordinator.finish(result, ties: ties)
            lock.lock()
            worker.inFlight[result.unit] = nil
            owner[result.unit] = nil
            lock.unlock()
            handOut(to: worker, coordinator)
        }
    }

    private func owns(_ worker: Worker, _ unit: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return worker.verified && owner[unit] === worker
    }

    /// Sends the worker the next unit of the queue, or `end` when there is none.
    private func handOut(to worker: Worker, _ coordinator: BatchCoordinator) {
        lock.lock()
        guard !worker.endSent, worker.timedOut == nil else {
            lock.unlock()
            return
        }
        guard let unit = coordinator.nextUnit() else {
            lock.unlock()
            end(worker)
            return
        }
        owner[unit] = worker
        worker.inFlight[unit] = .queued
        worker.tookUnits = true
        lock.unlock()
        worker.process?.send(BatchParentMessage.unit(unit))
    }

    private func end(_ worker: Worker) {
        lock.lock()
        let first = !worker.endSent
        worker.endSent = true
        lock.unlock()
        if first { worker.process?.send(BatchParentMessage.end) }
    }

    /// Accounts for a worker's unfinished units, replaces it while units are left, and ends the run
    /// when it was the last.
    private func ended(_ worker: Worker, _ exit: WorkerExit, _ coordinator: BatchCoordinator) {
        lock.lock()
        let unfinished = worker.inFlight.keys.sorted()
        for unit in unfinished where owner[unit] === worker { owner[unit] = nil }
        let timedOut = worker.timedOut
        var requeue: [Int] = []
        var failed: [Int] = []
        for unit in unfinished {
            if worker.inFlight[unit] == .queued {
                // Never begun: innocent of whatever stopped the worker.
                requeue.append(unit)
            } else if let timedOut, unit != timedOut, retried.insert(unit).inserted {
                // Begun beside the unit that timed out: done again, once.
                requeue.append(unit)
            } else {
                failed.append(unit)
            }
        }
        worker.inFlight = [:]
        lock.unlock()
        let strings = Strings(coordinator.options.pipeline.language)
        for unit in requeue { coordinator.requeue(unit: unit) }
        for unit in failed {
            let reason: String
            if unit == timedOut, let classTimeout {
                reason = strings.batchClassTimedOut(seconds: classTimeout.seconds)
            } else {
                reason = strings.batchWorkerStopped(exitCode: exit.exitCode, signal: exit.signal)
            }
            coordinator.abandon(unit: unit, reason: reason)
        }
        lock.lock()
        let replace = worker.tookUnits && replacements < coordinator.source.unitCount && coordinator.hasUnitsLeft
        if replace { replacements += 1 }
        lock.unlock()
        if replace { make(coordinator, first: false).start() }
        lock.lock()
        workers[ObjectIdentifier(worker)] = nil
        let last = workers.isEmpty
        lock.unlock()
        if last { allEnded.signal() }
    }

    /// Kills a worker whose unit has run longer than `timeout`: checked ten times a second.
    private func startWatchdog(_ timeout: Duration) -> Task<Void, Never> {
        Task.detached { [weak self] in
            while !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(100))
                guard let self else { return }
                let overdue = self.markOverdue(timeout)
                for process in overdue { process.kill() }
            }
        }
    }

    /// Marks each worker whose oldest running unit has run longer than `timeout` as timed out for it
    /// (a unit waiting for its folder names is not running: another unit holds it up).
    ///
    /// - Returns: the processes to kill.
    private func markOverdue(_ timeout: Duration) -> [WorkerProcess] {
        var overdue: [WorkerProcess] = []
        let now = ContinuousClock.now
        lock.lock()
        defer { lock.unlock() }
        for worker in workers.values where worker.timedOut == nil {
            let begun = worker.inFlight.compactMap { unit, state in state.since.map { (unit: unit, start: $0) } }
            if let late = begun.filter({ now - $0.start > timeout }).min(by: { $0.start < $1.start }) {
                worker.timedOut = late.unit
                if let process = worker.process { overdue.append(process) }
            }
        }
        return overdue
    }

    /// This executable's path (`/proc/self/exe` on Linux), or `nil` when it cannot be found.
    public static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if n > 0 {
            let path = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return Bundle.main.executablePath
    }
}

extension WorkerExit {
    var exitCode: Int32? {
        if case .exited(let code) = self { return code }
        return nil
    }

    var signal: Int32? {
        if case .signalled(let signal) = self { return signal }
        return nil
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let c = components
        return Double(c.seconds) + Double(c.attoseconds) / 1e18
    }
}
