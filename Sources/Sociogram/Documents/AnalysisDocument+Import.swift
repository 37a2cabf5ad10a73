extension AnalysisDocument {
    /// One non-exact name match. In a pseudonymised document `written` and `pupilName` are `null`.
    public struct MatchEntry: Sendable, Codable, Hashable {
        @ExplicitNull public var written: String?
        public let pupilID: String
        @ExplicitNull public var pupilName: String?
        public let pupilCode: String
        public let method: MatchMethod
        public let occurrences: Int
        @ExplicitNull public var file: String?
        @ExplicitNull public var line: Int?
        @ExplicitNull public var column: Int?
    }

    /// The importer's report: files, non-exact name matches and all diagnostics.
    public struct ImportSection: Sendable, Codable, Hashable {
        public let files: [FileReport]
        public let matches: [MatchEntry]
        public let diagnostics: [Diagnostic]

        init(_ report: ImportReport, network: ClassNetwork, pseudonymised: Bool, language: Language) {
            var codes: [String: String] = [:]
            for p in network.pupils { codes[p.id] = p.code }
            files = report.files.map { Pseudonym.fileReport($0, pseudonymised: pseudonymised) }
            matches = report.matches.map { m in
                MatchEntry(
                    written: pseudonymised ? nil : m.written, pupilID: m.pupilID,
                    pupilName: pseudonymised ? nil : m.pupilName, pupilCode: codes[m.pupilID] ?? m.pupilID,
                    method: m.method, occurrences: m.occurrences, file: m.location?.file, line: m.location?.line,
                    column: m.location?.column)
            }
            diagnostics = report.diagnostics.map { Pseudonym.diagnostic($0, pseudonymised: pseudonymised, language: language) }
        }
    }
}
