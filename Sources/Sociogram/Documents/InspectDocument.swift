/// What `sociogram inspect --json` prints: how the input was read, before any analysis.
public struct InspectDocument: Sendable, Codable {
    public struct ClassInfo: Sendable, Codable {
        public let name: String
        public let pupils: Int
        public let respondents: Int
        public let classes: [String]
        public let questions: [Question]
        public let nominations: Int
    }

    public struct PupilInfo: Sendable, Codable {
        public let id: String
        public let name: String
        public let code: String
        public let gender: Gender?
        public let className: String?
        public let responded: Bool
        public let given: Int
    }

    public let schemaVersion: Int
    public let pseudonymised: Bool
    public let files: [FileReport]
    public let `class`: ClassInfo
    public let pupils: [PupilInfo]
    public let matches: [NameMatch]
    public let diagnostics: [Diagnostic]

    /// Builds the document; with `pseudonymised`, names are replaced by codes and every message that
    /// could quote a name is reduced to its code and location.
    public init(_ result: ImportResult, pseudonymised: Bool, language: Language = .en) {
        let net = result.network
        schemaVersion = 1
        self.pseudonymised = pseudonymised
        files = result.report.files.map { Pseudonym.fileReport($0, pseudonymised: pseudonymised) }
        `class` = ClassInfo(
            name: net.name, pupils: net.count, respondents: net.respondents.count, classes: net.classNames,
            questions: net.questions, nominations: net.nominations.count)
        var given = Array(repeating: 0, count: net.count)
        for nom in net.nominations { given[nom.from] += 1 }
        pupils = net.pupils.enumerated().map { i, p in
            PupilInfo(
                id: p.id, name: pseudonymised ? p.code : p.name, code: p.code, gender: p.gender,
                className: p.className, responded: p.responded, given: given[i])
        }
        matches = pseudonymised ? [] : result.report.matches
        diagnostics = result.report.diagnostics.map { Pseudonym.diagnostic($0, pseudonymised: pseudonymised, language: language) }
    }
}
