import Foundation

/// What `sociogram batch` was asked to do.
public struct BatchOptions: Sendable {
    /// The resolution of batch PNGs, in dots per inch: names (10 pt) about 10 pixels high, sharp on
    /// screen and on A4, with about half the pixels of Graphviz's 96 dpi (see `docs/batch-and-compare.md`).
    public static let defaultDPI = 72

    /// Outputs per class (and the analysis options).
    public var pipeline: ClassPipeline.Options
    /// Classes analysed at the same time by ``BatchRunner/run(_:into:options:progress:)`` (threads of
    /// this process; Graphviz itself draws one diagram at a time per process).
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

/// What became of one unit of a batch (a file of a folder, or a class of a grade file): the summary
/// line of each class written, and what failed. Codable, so a worker process can send it to the
/// process that writes the grade summary.
public struct BatchUnitResult: Sendable, Codable {
    /// The unit's number in the ``BatchSource``.
    public let unit: Int
    /// The file name or class name, for progress.
    public let label: String
    /// One line per class analysed (with its written files and their problems).
    public let classes: [ClassSummary]
    /// Classes that could not be analysed, or the file that could not be imported.
    public let failures: [BatchFailure]
    /// Whether anything of the unit failed (a file, a class, or an output): counted in the progress.
    public let countsAsFailed: Bool
}

/// Gives the folder names of a unit's classes (see ``BatchCoordinator``); implemented by the
/// coordinator for threads of its own process, and by whatever relays to it for worker processes.
public protocol BatchFolderNaming: Sendable {
    /// Records the class names of `unit` once imported (empty when the import failed). Exactly once per unit.
    func register(unit: Int, classNames: [String])
    /// The folder names of `unit`'s classes, in registration order; may wait for earlier units.
    func folders(unit: Int) -> [String]
}

/// Runs the class pipeline over every class of a grade, in parallel, and writes each class into its
/// own folder, then the grade summary (``GradeSummary``).
///
/// A file that cannot be imported, a class that cannot be analysed and an output that cannot be made or
/// written are recorded and the others carry on. Each class is computed completely in memory before
/// its files are written, and every file is written atomically (``AtomicFile``), so an interrupted
/// batch leaves only whole files (plus hidden temporaries, which the next run into the same folder
/// removes). Memory stays flat in the number of classes: only each class's summary line is kept.
/// The output is the same for any number of jobs (folder names are given in file order; see
/// ``BatchCoordinator``).
public enum BatchRunner {
    /// Names of the grade-level files, which no class folder may take.
    public static let gradeFiles = ["index.html", "grade.csv", "grade.json", "grade-sociogram"]
    /// The names no class folder may take: the grade files and the grade sociogram's PNG.
    static let reservedFolderNames = gradeFiles + gradeFiles.map { "\($0).png" }

    /// Runs the batch in this process with ``BatchOptions/jobs`` threads.
    ///
    /// - Parameters:
    ///   - source: the folder or grade file (``BatchSource/open(path:options:)``).
    ///   - output: the prepared output folder.
    ///   - options: outputs, analysis options and the number of parallel jobs.
    ///   - progress: called after each unit, one call at a time (from worker threads).
    /// - Throws: ``OutputError`` only when a grade-level file (summary, index) cannot be written.
    /// - Complexity: O(total input) plus, per class, the analysis and the diagram; with diagrams, wall
    ///   time is bounded by the Graphviz lock (layout and drawing; PNG compression runs in parallel).
    public static func run(
        _ source: BatchSource, into output: OutputFolder, options: BatchOptions,
        progress: (@Sendable (BatchProgress) -> Void)? = nil
    ) throws(OutputError) -> GradeSummary {
        let coordinator = BatchCoordinator(source: source, output: output, options: options, progress: progress)
        coordinator.runLocally(threads: options.jobs)
        return try coordinator.complete()
    }

    /// Imports, analyses and writes one unit: its classes are computed in memory, then written into
    /// the folders `naming` gives them.
    ///
    /// - Parameters:
    ///   - unit: the unit's number, `0..<source.unitCount`.
    ///   - ties: collects the unit's positive ties for the grade sociogram (folder with a class roster).
    /// - Complexity: the import, plus per class the analysis and the diagram.
    public static func process(
        unit: Int, of source: BatchSource, into output: OutputFolder, pipeline: ClassPipeline.Options,
        naming: some BatchFolderNaming, ties: inout GradeTies
    ) -> BatchUnitResult {
        let label = source.unitLabel(unit)
        let classes: [ClassImport]
        switch importClasses(unit: unit, of: source, ties: &ties) {
        case .success(let imported): classes = imported
        case .failure(let failure):
            naming.register(unit: unit, classNames: [])
            return BatchUnitResult(unit: unit, label: label, classes: [], failures: [failure], countsAsFailed: true)
        }
        naming.register(unit: unit, classNames: classes.map(\.name))
        let computed = classes.map { cls in
            Result { () throws(AnalysisError) in try ClassPipeline.run(network: cls.network, report: cls.report, options: pipeline) }
        }
        let folders = naming.folders(unit: unit)
        var rows: [ClassSummary] = []
        var failures: [BatchFailure] = []
        var incomplete = false
        for (i, cls) in classes.enumerated() {
            switch computed[i] {
            case .success(_) where i >= folders.count:
                // Cannot happen with the coordinator; a relay that lost names must not guess a folder.
                failures.append(BatchFailure(className: cls.name, stage: .write, file: cls.sourceFile, message: Strings(pipeline.language).batchNoOutputFolder))
            case .success(let result):
                let folder = folders[i]
                // The class folder appears as a whole or not at all (an interrupted run leaves no half class).
                let written = result.writeWhole(into: output, folder: folder, language: pipeline.language)
                rows.append(ClassSummary(analysis: result.analysis, folder: folder, sourceFile: cls.sourceFile, written: written))
                incomplete = incomplete || written.contains { !$0.written }
            case .failure(let error):
                failures.append(BatchFailure(className: cls.name, stage: .analysis, file: cls.sourceFile, message: error.message(pipeline.language)))
            }
        }
        return BatchUnitResult(unit: unit, label: label, classes: rows, failures: failures, countsAsFailed: incomplete || !failures.isEmpty)
    }

    /// The classes of one unit: imported (a file) or as split off the grade file; the positive ties of a
    /// file go into `ties` when the roster assigns classes (for the grade sociogram).
    static func importClasses(unit: Int, of source: BatchSource, ties: inout GradeTies) -> Result<[ClassImport], BatchFailure> {
        if case .split(let one) = source.units[unit] { return .success([one]) }
        do throws(ImportError) {
            guard let imported = try source.importUnit(unit) else { return .success([]) }
            if source.roster?.hasClasses == true {
                ties.add(imported.whole, answeringClasses: Set(imported.classes.map(\.name)), unit: unit)
            }
            return .success(imported.classes)
        } catch {
            return .failure(BatchFailure(error, file: source.unitFile(unit)))
        }
    }
}
