import Foundation

/// What `sociogram batch` was asked to do.
public struct BatchOptions: Sendable {
    /// The resolution of batch PNGs, in dots per inch: names (10 pt) about 10 pixels high, sharp on
    /// screen and on A4, with about half the pixels of Graphviz's 96 dpi (see `docs/batch-and-compare.md`).
    public static let defaultDPI = 72

    /// Outputs per class (and the analysis options).
    public var pipeline: ClassPipeline.Options
    /// Classes analysed at the same time (Graphviz itself always draws one diagram at a time).
    public var jobs: Int

    /// - Parameters:
    ///   - pipeline: what each class gets.
    ///   - jobs: worker threads (at least 1; default: the processor cores).
    public init(pipeline: ClassPipeline.Options = .init(), jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
    }
}

/// How far a batch has come, for a progress bar.
public struct BatchProgress: Sendable, Hashable {
    /// Work units finished (files of a folder, classes of a grade file).
    public let done: Int
    /// Work units in all.
    public let total: Int
    /// Units or classes that failed so far.
    public let failed: Int
    /// The class or file just finished.
    public let last: String
}

/// Runs the class pipeline over every class of a grade, in parallel, and writes each class into its
/// own folder, then the grade summary (``GradeSummary``).
///
/// A file that cannot be imported, a class that cannot be analysed and an output that cannot be made or
/// written are recorded and the others carry on. Each class is computed completely in memory before
/// its files are written, and every file is written atomically (``AtomicFile``), so an interrupted
/// batch leaves only whole files (plus hidden temporaries, which the next run into the same folder
/// removes). Memory stays flat in the number of classes: only each class's summary line is kept.
public enum BatchRunner {
    /// Names of the grade-level files, which no class folder may take.
    public static let gradeFiles = ["index.html", "grade.csv", "grade.json", "grade-sociogram"]

    /// Runs the batch.
    ///
    /// - Parameters:
    ///   - source: the folder or grade file (``BatchSource/open(path:options:)``).
    ///   - output: the prepared output folder.
    ///   - options: outputs, analysis options and the number of parallel jobs.
    ///   - progress: called after each unit, one call at a time (from worker threads).
    /// - Throws: ``OutputError`` only when a grade-level file (summary, index) cannot be written.
    /// - Complexity: O(total input) plus, per class, the analysis and the diagram layout; wall time is
    ///   about the Graphviz time of all classes when it dominates (Graphviz is serialised).
    public static func run(
        _ source: BatchSource, into output: OutputFolder, options: BatchOptions,
        progress: (@Sendable (BatchProgress) -> Void)? = nil
    ) throws(OutputError) -> GradeSummary {
        StaleTemporaries.remove(in: output.path)
        let state = BatchState(total: source.unitCount, progress: progress)
        let names = FolderNames(reserved: gradeFiles + gradeFiles.map { "\($0).png" })
        let workers = min(options.jobs, max(1, source.unitCount))
        let group = DispatchGroup()
        for _ in 0..<workers {
            group.enter()
            let thread = Thread {
                while let k = state.nextUnit() {
                    process(source.units[k], source: source, output: output, options: options, names: names, state: state)
                }
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
        var summary = state.summary(source: source, options: options)
        if let network = source.gradeNetwork ?? state.gradeNetwork(name: source.gradeName) {
            summary.crossClassTies = GradeTies.crossClassCount(network)
            if summary.crossClassTies > 0, let format = options.pipeline.diagram {
                summary.addGradeSociogram(network: network, format: format, options: options.pipeline, output: output)
            }
        }
        try summary.write(into: output)
        return summary
    }

    private static func process(
        _ unit: BatchSource.Unit, source: BatchSource, output: OutputFolder, options: BatchOptions,
        names: FolderNames, state: BatchState
    ) {
        let classes: [ClassImport]
        let label: String
        switch unit {
        case .split(let one):
            classes = [one]
            label = one.name
        case .file(let path):
            label = URL(fileURLWithPath: path).lastPathComponent
            do throws(ImportError) {
                let imported = try source.importFile(path)
                classes = imported.classes
                if source.roster?.hasClasses == true {
                    state.addGradeTies(imported.whole, answering: Set(classes.map(\.name)))
                }
            } catch {
                state.finish(label, failure: BatchFailure(error, file: path))
                return
            }
        }
        var failures: [BatchFailure] = []
        var incomplete = false
        for cls in classes {
            do throws(AnalysisError) {
                let result = try ClassPipeline.run(network: cls.network, report: cls.report, options: options.pipeline)
                let folder = names.claim(cls.name)
                let written = result.write(into: output, folder: folder)
                state.add(ClassSummary(analysis: result.analysis, folder: folder, sourceFile: cls.sourceFile, written: written))
                incomplete = incomplete || written.contains { !$0.written }
            } catch {
                failures.append(BatchFailure(className: cls.name, stage: .analysis, file: cls.sourceFile, message: error.message))
            }
        }
        state.finish(label, failures: failures, countsAsFailed: incomplete || !failures.isEmpty)
    }
}

/// The shared state of the workers, behind one lock.
private final class BatchState: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var done = 0
    private var failedUnits = 0
    private let total: Int
    private let progress: (@Sendable (BatchProgress) -> Void)?
    private var rows: [ClassSummary] = []
    private var failures: [BatchFailure] = []
    private var ties: GradeTies?

    init(total: Int, progress: (@Sendable (BatchProgress) -> Void)?) {
        self.total = total
        self.progress = progress
    }

    func nextUnit() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < total else { return nil }
        next += 1
        return next - 1
    }

    func add(_ row: ClassSummary) {
        lock.lock()
        rows.append(row)
        lock.unlock()
    }

    func addGradeTies(_ whole: ClassNetwork, answering: Set<String>) {
        lock.lock()
        var t = ties ?? GradeTies()
        t.add(whole, answeringClasses: answering)
        ties = t
        lock.unlock()
    }

    func gradeNetwork(name: String) -> ClassNetwork? {
        lock.lock()
        defer { lock.unlock() }
        return ties?.network(name: name)
    }

    func finish(_ label: String, failure: BatchFailure) {
        finish(label, failures: [failure], countsAsFailed: true)
    }

    func finish(_ label: String, failures new: [BatchFailure], countsAsFailed: Bool) {
        lock.lock()
        defer { lock.unlock() }
        failures += new
        done += 1
        if countsAsFailed { failedUnits += 1 }
        progress?(BatchProgress(done: done, total: total, failed: failedUnits, last: label))
    }

    func summary(source: BatchSource, options: BatchOptions) -> GradeSummary {
        lock.lock()
        defer { lock.unlock() }
        let sortedFailures = (source.unreadable + failures).sorted { ($0.file ?? "", $0.className ?? "") < ($1.file ?? "", $1.className ?? "") }
        return GradeSummary(
            gradeName: source.gradeName, sourcePath: source.path, isFolder: source.isFolder,
            classes: GradeRanking.rank(rows), failures: sortedFailures, notes: source.notes,
            pipeline: options.pipeline)
    }
}
