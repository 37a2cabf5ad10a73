extension AnalysisDocument {
    /// One non-exact name match. In a pseudonymised document `written` and `pupilName` are `null`.
    public struct MatchEntry: Sendable, Codable, Hashable {
        public let written: String?
        public let pupilID: String
        public let pupilName: String?
        public let pupilCode: String
        public let method: MatchMethod
        public let occurrences: Int
        public let file: String?
        public let line: Int?
        public let column: Int?

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(written, forKey: .written)
            try c.encode(pupilID, forKey: .pupilID)
            try c.encode(pupilName, forKey: .pupilName)
            try c.encode(pupilCode, forKey: .pupilCode)
            try c.encode(method, forKey: .method)
            try c.encode(occurrences, forKey: .occurrences)
            try c.encode(file, forKey: .file)
            try c.encode(line, forKey: .line)
            try c.encode(column, forKey: .column)
        }
    }

    /// The importer's report: files, non-exact name matches and all diagnostics.
    public struct ImportSection: Sendable, Codable, Hashable {
        public let files: [FileReport]
        public let matches: [MatchEntry]
        public let diagnostics: [Diagnostic]

        init(_ report: ImportReport, network: ClassNetwork, pseudonymised: Bool) {
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
            diagnostics = report.diagnostics.map { Pseudonym.diagnostic($0, pseudonymised: pseudonymised) }
        }
    }
}
