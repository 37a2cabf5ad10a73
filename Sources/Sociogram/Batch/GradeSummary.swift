import Foundation

/// The result of a batch and the contract of `grade.json` (schema version 1, documented in
/// `docs/batch-and-compare.md`): every class with the numbers that rank it, every failure with its
/// place in the input, and the grade sociogram when choices cross classes.
///
/// Keys are written sorted; values that cannot be determined are `null`, never left out. In a
/// pseudonymised run (`--labels codes`) messages that could quote a name are reduced to their code.
public struct GradeSummary: Sendable, Codable {
    /// The version of this contract; later versions only add fields.
    public static let currentSchemaVersion = 1

    /// What the batch read.
    public struct Source: Sendable, Codable, Hashable {
        public let path: String
        /// `folder` (one file per class) or `gradeFile` (one file with a class column).
        public let kind: String
    }

    /// Sums over the analysed classes (failed ones are counted in `failed`).
    public struct Totals: Sendable, Codable, Hashable {
        public let classes: Int
        public let failed: Int
        public let pupils: Int
        public let respondents: Int
        public let isolated: Int
        public let noMutual: Int
        public let needAttention: Int
    }

    /// ``currentSchemaVersion``.
    public let schemaVersion: Int
    /// `sociogram` and its version.
    public let tool: AnalysisDocument.Tool
    /// Sociometric answers are a snapshot, never the sole basis for a measure.
    public let caveat: String
    /// The grade's name (the folder's or the file's).
    public let grade: String
    /// The input.
    public let source: Source
    /// Whether names were replaced by codes (`--labels codes`).
    public let pseudonymised: Bool
    /// How classes are ordered (see ``GradeRanking``).
    public let ranking: String
    /// Classes that were analysed, in ranking order (1 = needs attention first).
    public let classes: [ClassSummary]
    /// Files that could not be imported and classes that could not be analysed.
    public let failed: [BatchFailure]
    /// Sums over the classes.
    public let totals: Totals
    /// Positive ties between pupils of different classes.
    public var crossClassTies: Int
    /// The grade sociogram's path in the output folder; `null` when no choice crosses classes.
    @ExplicitNull public var gradeSociogram: String?
    /// Why the grade sociogram is missing although choices cross classes; `null` otherwise.
    @ExplicitNull public var gradeSociogramProblem: BatchFailure?
    /// What the batch decided about the input (ignored files, the roster it found).
    public let notes: [Diagnostic]
    /// How each class developed since the earlier surveys (`--earlier`); `null` without them.
    @ExplicitNull public var development: GradeDevelopment?

    /// The language of the index page (not written to `grade.json`).
    let language: Language

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, tool, caveat, grade, source, pseudonymised, ranking, classes, failed, totals
        case crossClassTies, gradeSociogram, gradeSociogramProblem, notes, development
    }

    init(
        gradeName: String, sourcePath: String, isFolder: Bool, classes: [ClassSummary], failures: [BatchFailure],
        notes: [Diagnostic], pipeline: ClassPipeline.Options, toolVersion: String = SociogramVersion.string
    ) {
        schemaVersion = Self.currentSchemaVersion
        tool = AnalysisDocument.Tool(name: "sociogram", version: toolVersion)
        caveat = Strings(pipeline.language).documentCaveat
        grade = gradeName
        source = Source(path: sourcePath, kind: isFolder ? "folder" : "gradeFile")
        pseudonymised = pipeline.pseudonymised
        ranking = GradeRanking.description
        let hide = pipeline.pseudonymised
        self.classes = classes.map { row in
            var r = row
            r.problems = r.problems.map { Self.safe($0, pseudonymised: hide, language: pipeline.language) }
            return r
        }
        failed = failures.map { Self.safe($0, pseudonymised: hide, language: pipeline.language) }
        totals = Totals(
            classes: classes.count, failed: failures.count, pupils: classes.reduce(0) { $0 + $1.pupils },
            respondents: classes.reduce(0) { $0 + $1.respondents }, isolated: classes.reduce(0) { $0 + $1.isolated },
            noMutual: classes.reduce(0) { $0 + $1.noMutual }, needAttention: classes.reduce(0) { $0 + $1.needAttention })
        crossClassTies = 0
        gradeSociogram = nil
        gradeSociogramProblem = nil
        self.notes = notes.map { Pseudonym.diagnostic($0, pseudonymised: hide, language: pipeline.language) }
        development = nil
        language = pipeline.language
    }

    /// Reads a `grade.json` (the index language is not stored; it reads as English).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        tool = try c.decode(AnalysisDocument.Tool.self, forKey: .tool)
        caveat = try c.decode(String.self, forKey: .caveat)
        grade = try c.decode(String.self, forKey: .grade)
        source = try c.decode(Source.self, forKey: .source)
        pseudonymised = try c.decode(Bool.self, forKey: .pseudonymised)
        ranking = try c.decode(String.self, forKey: .ranking)
        classes = try c.decode([ClassSummary].self, forKey: .classes)
        failed = try c.decode([BatchFailure].self, forKey: .failed)
        totals = try c.decode(Totals.self, forKey: .totals)
        crossClassTies = try c.decode(Int.self, forKey: .crossClassTies)
        _gradeSociogram = try c.decode(ExplicitNull<String>.self, forKey: .gradeSociogram)
        _gradeSociogramProblem = try c.decode(ExplicitNull<BatchFailure>.self, forKey: .gradeSociogramProblem)
        notes = try c.decode([Diagnostic].self, forKey: .notes)
        // Documents written before `--earlier` existed have no such key.
        _development = try c.decodeIfPresent(ExplicitNull<GradeDevelopment>.self, forKey: .development) ?? ExplicitNull(wrappedValue: nil)
        language = .en
    }

    /// A failure safe for a pseudonymised document: the place and stage stay, the message (which may
    /// quote a pupil's name) is replaced.
    static func safe(_ f: BatchFailure, pseudonymised: Bool, language: Language) -> BatchFailure {
        guard pseudonymised else { return f }
        return BatchFailure(
            className: f.className, stage: f.stage, file: f.file, line: f.line, column: f.column,
            message: Strings(language).batchFailureHidden(stage: f.stage.rawValue))
    }

    /// The files of the folder that were left out, with why (an overview workbook, a second class list, a
    /// file that is not a survey), for the terminal and the index page. Hidden files (editors' lock
    /// files, `.DS_Store`) are only in `notes`.
    public var skippedFiles: [Diagnostic] {
        notes.filter { note in
            guard note.code == "ignored-file", let file = note.location?.file else { return false }
            return !(file.split(separator: "/").last ?? "").hasPrefix(".")
        }
    }

    /// Whether anything failed: a file, a class, an output of a class, the grade sociogram, or a class or
    /// earlier file of the development (exit code 1).
    public var needsAttention: Bool {
        !failed.isEmpty || classes.contains { !$0.problems.isEmpty } || gradeSociogramProblem != nil
            || !(development?.failed.isEmpty ?? true)
    }

    /// The document as UTF-8 JSON: sorted keys, two-space indentation, a final newline.
    public func jsonData() throws -> Data { try DocumentJSON.data(self) }

    /// Draws the grade sociogram (classes as clusters) and writes it as `grade-sociogram.<ext>`.
    mutating func addGradeSociogram(network: ClassNetwork, format: DiagramFormat, options: ClassPipeline.Options, output: OutputFolder) {
        let diagram = Sociograms.gradeDiagram(
            network, options: DiagramOptions(labels: options.labels, language: options.language))
        let name = "grade-sociogram.\(format.fileExtension)"
        do {
            let bytes = try options.renderer.render(diagram, format: format)
            try output.write(bytes, to: name)
            gradeSociogram = name
        } catch {
            gradeSociogramProblem = BatchFailure(className: nil, stage: .render, file: name, message: Strings(options.language).errorMessage(error))
        }
    }

    /// Writes `grade.json`, `grade.csv`, `index.html` and, with a development, `development.csv`
    /// atomically into the output folder.
    public func write(into output: OutputFolder) throws(OutputError) {
        let json: Data
        do { json = try jsonData() } catch {
            throw OutputError(.cannotEncode(detail: "\(error)"), path: "grade.json")
        }
        try output.write(Array(json), to: "grade.json")
        try output.write(Array(GradeCSV.render(self).utf8), to: "grade.csv")
        if let development { try output.write(Array(DevelopmentCSV.render(development).utf8), to: "development.csv") }
        try output.write(Array(GradeIndexPage.html(self).utf8), to: "index.html")
    }
}
