import Foundation

/// The shared state of one batch run: the queue of units, the folder names (given in unit order, see
/// ``FolderNames``), the summary lines and failures collected so far, and the progress.
///
/// Threads of this process take units with ``runLocally(threads:)``. A caller that runs some units in
/// other processes (the `sociogram` executable does, one Graphviz per process) relays for them:
/// ``nextUnit()`` to hand a unit out, ``register(unit:classNames:)`` when the worker has imported it,
/// ``foldersSettled`` to send the folder names back, ``finish(_:)`` with the worker's result,
/// ``add(_:)`` with its grade ties, ``abandon(unit:reason:)`` for units of a worker that stopped, and
/// ``requeue(unit:)`` for a unit to hand out again (its worker was stopped for another unit's sake).
/// ``complete()`` then writes the grade summary. Thread-safe.
public final class BatchCoordinator: BatchFolderNaming, @unchecked Sendable {
    /// The input.
    public let source: BatchSource
    /// The output folder.
    public let output: OutputFolder
    /// Outputs per class and jobs.
    public let options: BatchOptions

    private let names = FolderNames(reserved: BatchRunner.reservedFolderNames)
    private let settled: (@Sendable (_ unit: Int, _ folders: [String]) -> Void)?
    private let progress: (@Sendable (BatchProgress) -> Void)?
    private let lock = NSLock()
    private var next = 0
    /// Units handed out once and given back (``requeue(unit:)``), handed out again before ``next``.
    private var again: [Int] = []
    private var finished = Set<Int>()
    private var failedUnits = 0
    /// The staged folder the grade files are being written into (during ``complete(development:)``).
    private var gradeFiles: StagedOutput?
    private var rows: [ClassSummary] = []
    private var failures: [BatchFailure] = []
    private var ties = GradeTies()
    /// Where finished units are recorded for `--resume` (``BatchJournal``), if anywhere.
    private let journal: BatchJournal?
    /// Each registered unit's class names, for the journal.
    private var classNames: [Int: [String]] = [:]
    /// Units an earlier run finished (taken from the journal, not done again).
    public let resumedUnits: Int

    /// Starts a run. Removes the hidden temporaries an interrupted run left in the output folder
    /// (``StaleTemporaries``), so create it once per run, before any unit is written.
    ///
    /// - Parameters:
    ///   - foldersSettled: called with each unit whose folder names were just settled (on the thread
    ///     that registered the unit that settled them), for relaying names to worker processes.
    ///   - progress: called after each finished unit, one call at a time.
    ///   - journal: records each finished unit (``BatchJournal``) so that a stopped run can be resumed.
    ///   - resume: take the units the journal holds for this run as done (their class folders are there).
    public init(
        source: BatchSource, output: OutputFolder, options: BatchOptions,
        foldersSettled: (@Sendable (_ unit: Int, _ folders: [String]) -> Void)? = nil,
        progress: (@Sendable (BatchProgress) -> Void)? = nil,
        journal: BatchJournal? = nil, resume: Bool = false
    ) {
        self.source = source
        self.output = output
        self.options = options
        self.settled = foldersSettled
        self.progress = progress
        self.journal = journal
        StaleTemporaries.remove(in: output.root)
        let earlier = resume ? journal?.finishedUnits(in: output) ?? [:] : [:]
        resumedUnits = earlier.count
        if !resume { journal?.remove() }
        for unit in earlier.keys.sorted() {
            guard let entry = earlier[unit], unit < source.unitCount else { continue }
            register(unit: unit, classNames: entry.classNames)
            names.release(unit: unit)
            finished.insert(unit)
            rows += entry.result.classes
            failures += entry.result.failures
            ties.merge(entry.ties)
        }
    }

    /// Units finished (by this run or, with `--resume`, an earlier one) and units in all.
    public var progressSoFar: (done: Int, total: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (finished.count, source.unitCount)
    }

    /// The next unit to process, or `nil` when every unit has been handed out.
    public func nextUnit() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        if !again.isEmpty { return again.removeFirst() }
        // Units a resumed run found finished are not handed out.
        while next < source.unitCount && finished.contains(next) { next += 1 }
        guard next < source.unitCount else { return nil }
        next += 1
        return next - 1
    }

    /// Whether ``nextUnit()`` has a unit to give.
    public var hasUnitsLeft: Bool {
        lock.lock()
        defer { lock.unlock() }
        return !again.isEmpty || (next..<source.unitCount).contains { !finished.contains($0) }
    }

    /// Gives back a handed-out unit that was not finished, to be handed out again (before the units
    /// not yet handed out). Its folder names, once settled, stay settled (``settledFolders(unit:)``):
    /// the unit writes into the same folders when it is done again.
    public func requeue(unit: Int) {
        lock.lock()
        defer { lock.unlock() }
        guard unit >= 0, unit < next, !finished.contains(unit), !again.contains(unit) else { return }
        // Lowest first: a later unit waits for the folder names of earlier ones.
        again.append(unit)
        again.sort()
    }

    /// The folder names of `unit`'s classes if they are settled already (a requeued unit's), without
    /// waiting.
    public func settledFolders(unit: Int) -> [String]? { names.settledFolders(unit: unit) }

    /// Records a unit's class names (see ``BatchFolderNaming``) and settles the folder names it can.
    public func register(unit: Int, classNames: [String]) {
        lock.lock()
        if self.classNames[unit] == nil { self.classNames[unit] = classNames }
        lock.unlock()
        let done = names.register(unit: unit, classNames: classNames)
        if let settled { for item in done { settled(item.unit, item.folders) } }
    }

    /// The folder names of `unit`'s classes; waits until every earlier unit has registered.
    public func folders(unit: Int) -> [String] { names.folders(unit: unit) }

    /// Records a finished unit's result and its choices across classes, and — when nothing of it
    /// failed — notes it in the journal, so that `--resume` need not do it again.
    public func finish(_ result: BatchUnitResult, ties collected: GradeTies) {
        if let journal, !result.countsAsFailed {
            lock.lock()
            let names = classNames[result.unit] ?? result.classes.map(\.name)
            lock.unlock()
            journal.record(BatchJournal.Entry(fingerprint: journal.fingerprint, classNames: names, result: result, ties: collected))
        }
        if !collected.isEmpty { add(collected) }
        finish(result)
    }

    /// Records a finished unit's result and reports progress. A unit is counted once.
    public func finish(_ result: BatchUnitResult) {
        names.release(unit: result.unit)
        lock.lock()
        defer { lock.unlock() }
        guard result.unit >= 0, result.unit < source.unitCount, finished.insert(result.unit).inserted else { return }
        rows += result.classes
        failures += result.failures
        if result.countsAsFailed { failedUnits += 1 }
        progress?(BatchProgress(done: finished.count, total: source.unitCount, failed: failedUnits, last: result.label))
    }

    /// Records that `unit` was handed out but will not be finished (its worker process stopped): it is
    /// reported as failed with `reason`, and later units are not kept waiting for its folder names.
    public func abandon(unit: Int, reason: String) {
        guard unit >= 0, unit < source.unitCount else { return }
        if !names.isRegistered(unit) { register(unit: unit, classNames: []) }
        var className: String?
        if case .split(let one) = source.units[unit] { className = one.name }
        // A worker stopped while writing leaves part of a class folder: a class is whole or not there.
        for folder in names.settledFolders(unit: unit) ?? [] { output.removeFolder(folder) }
        let failure = BatchFailure(className: className, stage: .worker, file: source.unitFile(unit), message: reason)
        finish(BatchUnitResult(unit: unit, label: source.unitLabel(unit), classes: [], failures: [failure], countsAsFailed: true))
    }

    /// Adds positive ties collected elsewhere (another thread or process) for the grade sociogram.
    public func add(_ collected: GradeTies) {
        lock.lock()
        ties.merge(collected)
        lock.unlock()
    }

    /// Processes units on `threads` threads of this process until none is left, then returns.
    ///
    /// - Complexity: per unit, ``BatchRunner/process(unit:of:into:pipeline:naming:ties:)``.
    public func runLocally(threads: Int) {
        let count = min(max(1, threads), max(1, source.unitCount))
        let group = DispatchGroup()
        for _ in 0..<count {
            group.enter()
            // Threads of their own with 8 MiB stacks (the analysis recurses); Dispatch's are smaller.
            let thread = Thread { [self] in
                while let unit = nextUnit() {
                    var collected = GradeTies()
                    let result = BatchRunner.process(unit: unit, of: source, into: output, pipeline: options.pipeline, naming: self, ties: &collected)
                    finish(result, ties: collected)
                }
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
    }

    /// After every unit is finished or abandoned: ranks the classes, draws the grade sociogram when
    /// choices cross classes, and writes `grade.json`, `grade.csv` and `index.html`. The temporaries that
    /// stopped processes left (an abandoned unit's worker, perhaps while writing) are removed first.
    ///
    /// - Parameter development: how the classes developed since earlier surveys (`--earlier`), for the
    ///   grade files.
    /// - Throws: ``OutputError`` when a grade-level file cannot be written.
    public func complete(development: GradeDevelopment? = nil) throws(OutputError) -> GradeSummary {
        lock.lock()
        let network = source.gradeNetwork ?? ties.network(name: source.gradeName, language: options.pipeline.language)
        var summary = GradeSummary(source: source, rows: rows, failures: failures, gradeNetwork: network, pipeline: options.pipeline)
        summary.development = development
        lock.unlock()
        // The temporaries of abandoned units, and of workers of an earlier, killed run that were
        // still ending when this run started (their folders could not be removed then).
        StaleTemporaries.remove(in: output.root)
        // The grade files appear together, beside the class folders, or not at all: the whole folder is
        // staged (its class folders and everything else in it hard-linked in, never copied), the grade
        // files are written there, and the two folders are exchanged in one step (``StagedOutput``). A
        // stop or a failure before that leaves the folder as it was, the journal in it for `--resume`.
        let staged = try StagedOutput.prepare(path: output.path, force: true, inputs: [])
        lock.lock()
        gradeFiles = staged
        lock.unlock()
        defer {
            lock.lock()
            gradeFiles = nil
            lock.unlock()
        }
        let gradeOutput = OutputFolder(path: output.path, root: staged.folder.root, protectedPaths: output.protectedPaths)
        if let network, summary.crossClassTies > 0, let format = options.pipeline.diagram {
            summary.addGradeSociogram(network: network, format: format, options: options.pipeline, output: gradeOutput)
        }
        try summary.write(into: gradeOutput)
        try staged.commit()
        journal?.remove()
        return summary
    }

    /// Stops the grade files being put in place (a signal arrived): the folder stays as it was, with
    /// every class folder whole and the journal for `--resume`. Does nothing before or after that step.
    public func stopGradeFiles() {
        lock.lock()
        let staged = gradeFiles
        lock.unlock()
        staged?.abandon()
    }
}
