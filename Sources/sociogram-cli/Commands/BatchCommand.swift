import ArgumentParser
import Foundation
import Sociogram
import SociogramWorkers

/// `sociogram batch PATH --out DIR`: every class of a grade analysed into its own folder, in parallel,
/// with a ranked grade summary.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Analyse every class of a grade: one folder per class, a ranked grade summary and index.",
        discussion: """
            PATH is a folder with one survey file per class (a roster file in it, or --roster, gives the class \
            lists) or one grade file with a class column. Each class gets DIR/<class>/ with analysis.json, \
            pupils.csv and sociogram.png; DIR gets grade.csv, grade.json and index.html, which rank the \
            classes by how many pupils need attention, and grade-sociogram.png when choices cross classes. \
            A file that cannot be read is reported with file, line and column, and the other classes carry on; \
            the exit code is then 1. Every file is written whole (temporary file + rename), every class folder \
            too (hidden folder + rename). A run stopped by Ctrl-C or SIGTERM says so; run it again with \
            --resume to finish the classes that are missing. With --labels codes \
            and --key FILE the code-to-name key of every class goes to FILE (outside DIR).
            """
    )

    @Argument(help: "A folder with one survey file per class, or one grade file with a class column.")
    var path: String

    @OptionGroup var input: SurveyReadingOptions
    @OptionGroup var analysisArguments: AnalysisArguments
    @OptionGroup var printing: PrintOptions
    @OptionGroup var languageArgument: LanguageArgument

    @Option(name: .long, help: "Write the class folders and the grade summary into this folder (created if missing).")
    var out: String

    @Flag(name: .long, help: "Allow writing into a folder that already has files in it (files of the same name are replaced).")
    var force = false

    @Flag(
        name: .long,
        help: "Finish a run that was stopped: classes the earlier run (same input and options) finished into DIR are kept, the rest are done, then the grade summary is written. Implies --force.")
    var resume = false

    @Option(
        name: .long,
        help: "Processes drawing classes at the same time, each working on up to two classes (default: the number of processor cores; at most one process per 8 files or classes).")
    var jobs: Int?

    @Option(
        name: .customLong("class-timeout"),
        help: ArgumentHelp(
            "Seconds one class may take before its worker process is stopped and the class reported as failed (default \(Int(BatchWorkerPool.defaultClassTimeout.components.seconds)); 0: no limit).",
            valueName: "seconds"))
    var classTimeout: Double?

    /// Set by the batch on the worker processes it starts (``BatchWorker``): the batch's process id.
    @Option(name: .customLong("worker"), help: .hidden)
    var worker: Int32?

    /// Test only: every worker process kills itself (SIGKILL) when it is given its first unit, so the
    /// tests can check that a dying worker is reported and the other classes carry on.
    @Flag(name: .customLong("test-kill-workers"), help: .hidden)
    var testKillWorkers = false

    @Option(name: .long, help: "Diagram format per class: png, svg, pdf, dot, or none.")
    var diagram: String = "png"

    @Option(
        name: .long,
        help: "Resolution of the PNG diagrams in dots per inch (default \(BatchOptions.defaultDPI): names about 10 pixels high; higher is slower).")
    var dpi: Int?

    @Flag(name: .long, help: "Also write each class's HTML report (report.html), linked from index.html. Slower: a report draws several diagrams.")
    var report = false

    @Flag(
        name: .customLong("curved-edges"),
        help: "Curved edges routed around pupils, as `analyze` draws them (about 10 times slower per class); default: straight edges.")
    var curvedEdges = false

    @OptionGroup var codeKey: CodeKeyArgument

    @Flag(
        name: .customLong("with-status"),
        help: "Each pupils.csv also gets the sociometric status (LM/LL counts, z-scores, Coie–Dodge and Newcomb–Bukowski categories); left out by default.")
    var withStatus = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "An earlier survey of the same grade (a folder of class files or a grade file), repeated in time order: grade.json, index.html and development.csv then show how each class developed since, matched by class name.",
            valueName: "path"))
    var earlier: [String] = []

    /// Straight edges were opt-in before they became the batch default; still accepted.
    @Flag(name: .customLong("fast-layout"), help: .hidden)
    var fastLayout = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError(Terminal.strings.cliJobsInvalid(jobs)) }
        try codeKey.validate(pseudonymised: printing.labels.pseudonymised)
        if let dpi, !(36...600).contains(dpi) { throw ValidationError(Terminal.strings.cliDpiRange) }
        if let classTimeout, !(classTimeout >= 0 && classTimeout <= 86_400) {
            throw ValidationError(Terminal.strings.cliClassTimeoutRange)
        }
        if curvedEdges && fastLayout { throw ValidationError(Terminal.strings.cliCurvedAndFast) }
        // Writing into the folder being read would mix outputs with class files (and a class file called
        // grade.csv could be replaced).
        let input = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        let output = URL(fileURLWithPath: out).standardizedFileURL.resolvingSymlinksInPath().path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
            output == input || output.hasPrefix(input.hasSuffix("/") ? input : input + "/")
        {
            throw ValidationError(Terminal.strings.cliOutInsideInput(path))
        }
        for e in earlier {
            let resolved = URL(fileURLWithPath: e).standardizedFileURL.resolvingSymlinksInPath().path
            if resolved == input || resolved == output { throw ValidationError(Terminal.strings.cliEarlierIsInputOrOutput(e)) }
        }
        guard diagram == "none" || DiagramFormat(fileExtension: diagram) != nil else {
            throw ValidationError(Terminal.strings.cliBatchDiagramInvalid(diagram))
        }
    }

    func run() throws {
        let language = try languageArgument.language()
        var pipeline = ClassPipeline.Options(
            analysis: try analysisArguments.analysisOptions(), labels: printing.labels.labelStyle, language: language,
            diagram: DiagramFormat(fileExtension: diagram), report: report, dpi: dpi ?? BatchOptions.defaultDPI,
            straightEdges: !curvedEdges)
        pipeline.csvWithStatus = withStatus
        let importOptions = try input.importOptions(language: language).forSeveralFiles()
        let source = try BatchSource.open(path: path, options: importOptions)
        if let parent = worker {
            let folder = try OutputFolder.prepare(path: out, force: true, inputs: [path] + input.inputPaths)
            BatchWorker.serve(
                source: source, output: folder, pipeline: pipeline, parent: parent, dieOnFirstUnit: testKillWorkers,
                orphaned: { _exit(Terminal.Status.failure.rawValue) })
            Foundation.exit(0)
        }
        // The earlier surveys are opened before anything is written: one that cannot be read at all is exit 2.
        let earlierSources = try earlier.map { try BatchSource.open(path: $0, options: importOptions) }
        // A decision about a name none of the files writes is an error, as for one survey.
        try importOptions.checkNameDecisionsUsed(by: ([source] + earlierSources).flatMap { $0.nameDecisionReports() })
        let folder = try OutputFolder.prepare(path: out, force: force || resume, inputs: [path] + earlier + input.inputPaths)
        let journal = BatchJournal(
            output: folder,
            fingerprint: BatchJournal.fingerprint(arguments: Self.outputShaping(CommandLine.arguments), inputs: [path] + input.inputPaths))
        try codeKey.write(
            CodeKey.csv(rows: source.codeKeyRows()), pseudonymised: printing.labels.pseudonymised, outside: out,
            inputs: [path] + input.inputPaths)
        let bar = ProgressBar(enabled: Terminal.stderrIsTerminal, files: source.isFolder, strings: Strings(language))
        // Every class is worked on in worker processes of this executable (one Graphviz each), so that
        // a crash or a hang inside Graphviz costs one class (`docs/workers.md`).
        let timeout = classTimeout.map { $0 > 0 ? Duration.milliseconds(Int64(($0 * 1000).rounded())) : nil } ?? BatchWorkerPool.defaultClassTimeout
        let pool = BatchWorkerPool(
            executable: BatchWorkerPool.executablePath() ?? CommandLine.arguments[0],
            arguments: Array(CommandLine.arguments.dropFirst()).filter { $0 != "--test-kill-workers" }, classTimeout: timeout,
            testKillFirstWorker: testKillWorkers)
        let coordinator = BatchCoordinator(
            source: source, output: folder, options: BatchOptions(pipeline: pipeline, jobs: BatchWorkerPool.threadsPerProcess),
            foldersSettled: { pool.foldersSettled(unit: $0, folders: $1) }, progress: { bar.show($0) },
            journal: journal, resume: resume)
        if coordinator.resumedUnits > 0 {
            Terminal.err(Strings(language).batchResuming(folder: out, done: coordinator.resumedUnits, total: source.unitCount))
        }
        // Stopped by Ctrl-C or SIGTERM: the workers end with this process (their input closes); every class
        // folder in DIR is whole (each is put in place by one rename), the journal says which are done.
        Interruption.onSignal { [weak coordinator] name in
            guard let coordinator else { return nil }
            coordinator.stopGradeFiles()
            let progress = coordinator.progressSoFar
            bar.finish()
            return Strings(language).batchInterrupted(signal: name, done: progress.done, total: progress.total, folder: out)
        }
        let processes = BatchWorkerPool.processes(jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, units: source.unitCount)
        pool.run(coordinator: coordinator, processes: processes)
        // No worker could be started (or none was left): the rest in this process, without a time limit.
        if coordinator.hasUnitsLeft { coordinator.runLocally(threads: BatchWorkerPool.threadsPerProcess) }
        let development = earlierSources.isEmpty ? nil : GradeDevelopment.build(
            latest: source, earlier: earlierSources,
            options: FollowOptions(
                byID: input.roster != nil, analysis: pipeline.analysis, pseudonymised: pipeline.pseudonymised, language: language))
        let summary = try coordinator.complete(development: development)
        bar.finish()
        for failure in summary.failed { Terminal.err("sociogram: \(failure.description)") }
        for row in summary.classes {
            for problem in row.problems { Terminal.err("sociogram: \(row.name): \(problem.message)") }
        }
        for failure in development?.failed ?? [] { Terminal.err("sociogram: \(failure.description)") }
        if let problem = summary.gradeSociogramProblem { Terminal.err("sociogram: \(problem.description)") }
        if printing.json {
            FileHandle.standardOutput.write(try summary.jsonData())
        } else {
            for line in BatchText.lines(summary, language: language, out: out) { Terminal.out(line) }
        }
        if summary.needsAttention { throw ExitCode(Terminal.Status.needsAttention.rawValue) }
    }
}

extension BatchCommand {
    /// The arguments that shape what a batch writes, for its fingerprint (``BatchJournal``): all but
    /// the executable, `--resume`, `--force`, `--jobs`, `--class-timeout`, `--json` and the test flags.
    static func outputShaping(_ arguments: [String]) -> [String] {
        let flags: Set<String> = ["--resume", "--force", "--json", "--test-kill-workers"]
        let options: Set<String> = ["--jobs", "--class-timeout", "--worker"]
        var kept: [String] = []
        var skipNext = false
        for argument in arguments.dropFirst() {
            if skipNext { skipNext = false; continue }
            let name = String(argument.split(separator: "=", maxSplits: 1).first ?? "")
            if flags.contains(argument) || options.contains(name) && argument.contains("=") { continue }
            if options.contains(argument) { skipNext = true; continue }
            kept.append(argument)
        }
        return kept
    }
}

/// The plain-text end of a batch run: the grade in words (``GradeText``), then where it was written.
enum BatchText {
    static func lines(_ s: GradeSummary, language: Language, out: String) -> [String] {
        GradeText.lines(s, language: language) + [Strings(language).batchWrittenTo(out)]
    }
}

/// A one-line progress bar on standard error, redrawn in place; silent when standard error is not a terminal.
final class ProgressBar: @unchecked Sendable {
    private let enabled: Bool
    /// Whether the units are files (a folder) rather than classes (a grade file).
    private let files: Bool
    private let strings: Strings
    private let lock = NSLock()
    private var drawn = false

    init(enabled: Bool, files: Bool, strings: Strings) {
        self.enabled = enabled
        self.files = files
        self.strings = strings
    }

    func show(_ p: BatchProgress) {
        guard enabled else { return }
        let width = 30
        let filled = p.total == 0 ? width : width * p.done / p.total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let count = strings.cliProgress(done: p.done, total: p.total, files: files, failed: p.failed)
        let last = String(p.last.prefix(24))
        lock.lock()
        FileHandle.standardError.write(Data("\r\u{1B}[2K[\(bar)] \(count)  \(last)".utf8))
        drawn = true
        lock.unlock()
    }

    func finish() {
        lock.lock()
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
        lock.unlock()
    }
}
