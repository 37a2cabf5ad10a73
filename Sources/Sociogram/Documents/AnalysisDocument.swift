import Foundation

/// The `analysis.json` contract (schema version 1), documented field by field in `docs/analysis-json.md`
/// and `docs/analysis.schema.json`.
///
/// Keys are written sorted; a value that cannot be determined is written as `null`, never left out.
/// The pseudonymised variant carries nothing name-derived: pupil names are replaced by codes, the
/// written forms of matched names are dropped and diagnostic messages are reduced to their code.
public struct AnalysisDocument: Sendable, Codable, Hashable {
    /// The version of this contract; later versions only add fields.
    public static let currentSchemaVersion = 1

    public struct Tool: Sendable, Codable, Hashable {
        public let name: String
        public let version: String
    }

    /// One warning from the import or the analysis, with the place in the input when known.
    public struct Warning: Sendable, Codable, Hashable {
        public let code: String
        @ExplicitNull public var file: String?
        @ExplicitNull public var line: Int?
        @ExplicitNull public var column: Int?
        public let message: String
    }

    public let schemaVersion: Int
    public let tool: Tool
    /// Whether names were replaced by codes everywhere.
    public let pseudonymised: Bool
    /// Reminder that a sociogram is a snapshot and never the sole basis for a measure.
    public let caveat: String
    public let `class`: ClassSection
    public let pupils: [PupilEntry]
    /// How the input was read; `null` when the network did not come from the importer.
    @ExplicitNull public var `import`: ImportSection?
    public let warnings: [Warning]

    /// Builds the document of an analysis.
    ///
    /// - Parameters:
    ///   - report: the importer's report (files, name matches, diagnostics), if any.
    ///   - analysis: the analysis.
    ///   - pseudonymised: replace names by codes and drop everything name-derived.
    ///   - toolVersion: the version written in `tool.version`.
    ///   - language: the language of the document's texts (`caveat`, `class.note`, the analysis notes,
    ///     the messages that pseudonymised mode rewrites); the importer's messages are already in the
    ///     language it was given.
    /// - Complexity: O(*n* + *m*).
    public init(
        import report: ImportReport?, analysis: ClassAnalysis, pseudonymised: Bool = false,
        toolVersion: String = SociogramVersion.string, language: Language = .en
    ) {
        schemaVersion = Self.currentSchemaVersion
        tool = Tool(name: "sociogram", version: toolVersion)
        self.pseudonymised = pseudonymised
        caveat = Strings(language).documentCaveat
        `class` = ClassSection(analysis, language: language)
        let ids = analysis.network.pupils.map(\.id)
        pupils = analysis.pupils.map { PupilEntry($0, analysis: analysis, ids: ids, pseudonymised: pseudonymised) }
        self.import = report.map { ImportSection($0, network: analysis.network, pseudonymised: pseudonymised, language: language) }
        var warnings: [Warning] = []
        for d in report?.diagnostics ?? [] where d.severity == .warning {
            let safe = Pseudonym.diagnostic(d, pseudonymised: pseudonymised, language: language)
            warnings.append(
                Warning(
                    code: safe.code, file: safe.location?.file, line: safe.location?.line,
                    column: safe.location?.column, message: safe.message))
        }
        for note in analysis.notes where note.isWarning {
            warnings.append(Warning(code: note.code, file: nil, line: nil, column: nil, message: note.text(language)))
        }
        self.warnings = warnings
    }

    /// The document as UTF-8 JSON: sorted keys, two-space indentation, a final newline.
    ///
    /// - Throws: `EncodingError` only if a number is not finite (the analysis never produces one).
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }
}
