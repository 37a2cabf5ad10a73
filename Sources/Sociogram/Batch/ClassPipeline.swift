import Foundation

/// The whole way from one imported class to its output files, in memory: analysis → `analysis.json`,
/// `pupils.csv`, the class sociogram and (on request) the HTML report. `sociogram analyze` and
/// `sociogram batch` share it.
///
/// Nothing is written here. Each output is computed on its own and carries its own result, so a
/// diagram that Graphviz cannot draw still leaves the JSON and CSV; ``ClassResult/write(into:folder:)``
/// writes whatever was computed, each file atomically.
public enum ClassPipeline {
    /// What to compute and how.
    public struct Options: Sendable {
        /// The analysis options (`--lm`, `--ll`, `--alpha`, `--seed`).
        public var analysis: AnalysisOptions
        /// Labels in the diagram; ``LabelStyle/codes`` also pseudonymises the JSON and CSV.
        public var labels: LabelStyle
        /// The language of the diagram's texts.
        public var language: Language
        /// The diagram format, or `nil` for no diagram.
        public var diagram: DiagramFormat?
        /// The layout plan; `nil` chooses by size (see ``straightEdges``).
        public var layout: LayoutPlan?
        /// When ``layout`` is `nil`: `false` chooses ``LayoutPlan/automatic(pupils:ties:clusters:)`` (curved
        /// edges routed around pupils while affordable: the best picture of one class), `true` chooses
        /// ``LayoutPlan/straightEdges(pupils:clusters:)`` (about 20× less layout time: the batch default).
        public var straightEdges: Bool
        /// Which questions the class sociogram draws (default: all positive questions together).
        public var questions: QuestionSelection
        /// Whether the negative question's ties are drawn too (dashed red).
        public var showNegative: Bool
        /// PNG resolution (`nil`: Graphviz's 96 dpi). PNG time grows with the pixel count.
        public var dpi: Int?
        /// The dialect of `pupils.csv`.
        public var csvDialect: PupilsCSV.Dialect
        /// Whether `pupils.csv` carries the sociometric status (`--with-status`).
        public var csvWithStatus = false
        /// Whether to make the HTML report (`report.html`, ``HTMLReport``); it draws several diagrams, so it
        /// costs several times the class sociogram.
        public var report: Bool
        /// The day written in the report as the day it was made.
        public var reportDay: CalendarDay
        /// What draws the class sociogram, the report's diagrams and the grade sociogram: Graphviz in this
        /// process by default; a pool of worker processes can be given instead.
        public var renderer: any DiagramRendering = InProcessGraphviz()

        /// The defaults: names, bokmål, a PNG class sociogram with the automatic layout plan, Norwegian Excel CSV, no report.
        public init(
            analysis: AnalysisOptions = AnalysisOptions(), labels: LabelStyle = .names, language: Language = .nb,
            diagram: DiagramFormat? = .png, layout: LayoutPlan? = nil, csvDialect: PupilsCSV.Dialect = .excelNordic,
            report: Bool = false, reportDay: CalendarDay = CalendarDay(Date()),
            questions: QuestionSelection = .allPositive, showNegative: Bool = false, dpi: Int? = nil,
            straightEdges: Bool = false
        ) {
            self.straightEdges = straightEdges
            self.questions = questions
            self.showNegative = showNegative
            self.dpi = dpi
            self.report = report
            self.reportDay = reportDay
            self.analysis = analysis
            self.labels = labels
            self.language = language
            self.diagram = diagram
            self.layout = layout
            self.csvDialect = csvDialect
        }

        /// Whether names are replaced by codes in every output.
        public var pseudonymised: Bool { labels == .codes }
    }

    /// Analyses `network` and computes every output in memory.
    ///
    /// - Parameters:
    ///   - network: the class.
    ///   - report: the importer's report for `analysis.json` (`nil` when the network did not come from a file).
    ///   - options: what to compute.
    /// - Throws: ``AnalysisError`` when the options do not fit the survey (`--lm` names no question); the
    ///   outputs themselves never throw: their failures are in ``ClassResult/files``.
    /// - Complexity: the analysis (O(*n m*) for betweenness) plus the layout of the diagram, which
    ///   dominates (see `docs/batch-and-compare.md`).
    public static func run(network: ClassNetwork, report: ImportReport?, options: Options = Options())
        throws(AnalysisError) -> ClassResult
    {
        let analysis = try ClassAnalysis(network: network, options: options.analysis)
        let pseudonymised = options.pseudonymised
        var files: [ClassOutputFile] = []
        do {
            let document = AnalysisDocument(
                import: report, analysis: analysis, pseudonymised: pseudonymised, language: options.language)
            files.append(ClassOutputFile(.analysisJSON, .success(Array(try document.jsonData()))))
        } catch {
            files.append(ClassOutputFile(.analysisJSON, .failure(ClassOutputError(.json, "\(error)"))))
        }
        let csv = PupilsCSV.render(
            analysis, pseudonymised: pseudonymised, dialect: options.csvDialect, language: options.language,
            withStatus: options.csvWithStatus)
        files.append(ClassOutputFile(.pupilsCSV, .success(Array(csv))))
        if let format = options.diagram {
            let diagramOptions = DiagramOptions(
                labels: options.labels, language: options.language, questions: options.questions,
                showNegative: options.showNegative,
                layout: options.layout ?? (options.straightEdges ? .straightEdges(pupils: network.count, clusters: false) : nil))
            let diagram = Sociograms.classDiagram(network, options: diagramOptions)
            let kind = ClassOutputFile.Kind.sociogram(format)
            do {
                files.append(ClassOutputFile(kind, .success(try options.renderer.render(diagram, format: format, dpi: options.dpi))))
            } catch {
                files.append(ClassOutputFile(kind, .failure(ClassOutputError(.render, error.message(options.language)))))
            }
        }
        if options.report {
            var reportOptions = ReportOptions(
                language: options.language, labels: options.labels, created: options.reportDay,
                importWarnings: report?.diagnostics.filter { $0.severity == .warning }.count ?? 0)
            reportOptions.renderer = options.renderer
            do {
                files.append(ClassOutputFile(.report, .success(Array(try HTMLReport.make(analysis, options: reportOptions).utf8))))
            } catch {
                files.append(ClassOutputFile(.report, .failure(ClassOutputError(.report, error.message(options.language)))))
            }
        }
        return ClassResult(analysis: analysis, files: files)
    }

    /// Imports nothing, analyses the result of an import: ``run(network:report:options:)`` on it.
    public static func run(_ imported: ImportResult, options: Options = Options()) throws(AnalysisError)
        -> ClassResult
    {
        try run(network: imported.network, report: imported.report, options: options)
    }
}

/// Why one output of a class could not be made or written.
public struct ClassOutputError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The step that failed.
    public enum Stage: String, Sendable, Hashable, Codable {
        case json, csv, render, report, write
    }

    /// Where it failed.
    public let stage: Stage
    /// A message a teacher understands.
    public let message: String

    /// A failure of `stage`, told in `message`.
    public init(_ stage: Stage, _ message: String) {
        self.stage = stage
        self.message = message
    }

    /// The message.
    public var description: String { message }
}

/// One output file of a class, computed in memory: its bytes, or why it could not be made.
public struct ClassOutputFile: Sendable {
    /// Which output it is; the kind fixes the file name.
    public enum Kind: Sendable, Hashable {
        case analysisJSON
        case pupilsCSV
        case sociogram(DiagramFormat)
        /// The HTML report (`report.html`), added by the report stage.
        case report

        /// The file name inside the class folder.
        public var fileName: String {
            switch self {
            case .analysisJSON: "analysis.json"
            case .pupilsCSV: "pupils.csv"
            case .sociogram(let format): "sociogram.\(format.fileExtension)"
            case .report: "report.html"
            }
        }
    }

    /// Which output.
    public let kind: Kind
    public let result: Result<[UInt8], ClassOutputError>

    /// An output and its bytes (or why there are none).
    public init(_ kind: Kind, _ result: Result<[UInt8], ClassOutputError>) {
        self.kind = kind
        self.result = result
    }

    /// The file name inside the class folder.
    public var fileName: String { kind.fileName }
}

/// A class's analysis and its computed outputs, ready to be written.
public struct ClassResult: Sendable {
    /// The class's analysis (for summaries).
    public let analysis: ClassAnalysis
    /// Every output, in writing order.
    public private(set) var files: [ClassOutputFile]

    /// An analysis and its computed outputs.
    public init(analysis: ClassAnalysis, files: [ClassOutputFile]) {
        self.analysis = analysis
        self.files = files
    }

    /// Adds (or replaces) an output, e.g. the HTML report.
    public mutating func add(_ file: ClassOutputFile) {
        files.removeAll { $0.kind == file.kind }
        files.append(file)
    }

    /// The outputs that could not be made.
    public var failures: [ClassOutputError] {
        files.compactMap { if case .failure(let e) = $0.result { e } else { nil } }
    }

    /// Writes every computed output atomically into `folder` (inside the output folder, `nil` = its top),
    /// file by file; a file that cannot be written does not stop the others.
    ///
    /// - Returns: per output, the relative path written or the reason it is missing (in `language`).
    public func write(into output: OutputFolder, folder: String?, language: Language = .en) -> [WrittenOutput] {
        files.map { file in
            let relative = folder.map { "\($0)/\(file.fileName)" } ?? file.fileName
            switch file.result {
            case .failure(let error):
                return WrittenOutput(kind: file.kind, path: relative, result: .failure(error))
            case .success(let bytes):
                do throws(OutputError) {
                    try output.write(bytes, to: relative)
                    return WrittenOutput(kind: file.kind, path: relative, result: .success(()))
                } catch {
                    return WrittenOutput(kind: file.kind, path: relative, result: .failure(ClassOutputError(.write, error.message(language))))
                }
            }
        }
    }
}

extension ClassResult {
    /// Writes every computed output into the class folder `folder` of `output` as a whole: into a hidden
    /// folder beside it, put in place once every file is written (``StagedOutput``), so the class folder
    /// holds all of this run's files or is as it was. An output that could not be *made* (a diagram
    /// Graphviz could not draw) is missing from it, as with ``write(into:folder:language:)``; a file
    /// that cannot be *written* (a full disk) leaves the class folder as it was, and every output of the
    /// class is then reported as not written, with that reason.
    ///
    /// - Returns: per output, the path relative to `output` or the reason it is missing (in `language`).
    public func writeWhole(into output: OutputFolder, folder: String, language: Language = .en) -> [WrittenOutput] {
        let staged: StagedOutput
        do throws(OutputError) {
            staged = try StagedOutput.prepare(subfolder: folder, of: output)
        } catch {
            return notWritten(folder: folder, ClassOutputError(.write, error.message(language)))
        }
        let written = write(into: staged.folder, folder: nil, language: language).map {
            WrittenOutput(kind: $0.kind, path: "\(folder)/\($0.path)", result: $0.result)
        }
        if let failed = written.first(where: { if case .failure(let e) = $0.result { e.stage == .write } else { false } }),
            case .failure(let error) = failed.result
        {
            staged.abandon()
            return notWritten(folder: folder, error)
        }
        do throws(OutputError) {
            try staged.commit()
        } catch {
            return notWritten(folder: folder, ClassOutputError(.write, error.message(language)))
        }
        return written
    }

    private func notWritten(folder: String, _ error: ClassOutputError) -> [WrittenOutput] {
        files.map { file in
            switch file.result {
            case .failure(let made): WrittenOutput(kind: file.kind, path: "\(folder)/\(file.fileName)", result: .failure(made))
            case .success: WrittenOutput(kind: file.kind, path: "\(folder)/\(file.fileName)", result: .failure(error))
            }
        }
    }
}

/// What happened to one output when a class was written.
public struct WrittenOutput: Sendable {
    /// Which output.
    public let kind: ClassOutputFile.Kind
    /// The path relative to the output folder.
    public let path: String
    /// Written, or why not.
    public let result: Result<Void, ClassOutputError>

    /// Whether the file is on disk.
    public var written: Bool { if case .success = result { true } else { false } }
}
