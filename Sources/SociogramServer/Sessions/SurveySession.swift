import Sociogram

/// One survey the teacher loaded: the uploaded bytes (in memory only) and the choices made on the
/// page. Everything shown is made from these on request, through the same library calls as the
/// command line: the importer with the page's question kinds, then the analysis.
struct SurveySession: Sendable {
    let survey: InMemoryFile
    let roster: InMemoryFile?
    /// The class name when the file does not give one (the example class: `7B`).
    let className: String?
    /// The question kinds the teacher set, in order (the command line's `--question TEXT-OR-ID=kind`;
    /// the page sets them by question id).
    var kinds: [QuestionKindOverride] = []
    /// The teacher's decisions about written names (the command line's `--name` and `--drop-name`).
    var names: [NameDecision] = []
    /// `--drop-negative`.
    var dropNegative = false
    /// The last work groups made, for their diagrams.
    var groups: GroupsOutcome?
    /// The last seating plans made (`SeatingRoutes`).
    var seating: SeatingOutcome?
    /// An earlier survey of the same class (read with the same class list and choices), to compare with.
    var before: InMemoryFile?

    /// The importer's options for `language`.
    func importOptions(language: Language) -> ImportOptions {
        var options = ImportOptions(
            questionKinds: kinds,
            className: className, dropNegative: dropNegative, language: language)
        options.rosterUpload = roster
        options.nameDecisions = names
        return options
    }

    /// Reads the survey with the session's choices; messages in `language`.
    func load(language: Language) throws(ImportError) -> ImportResult {
        try SurveyImporter.load(bytes: survey.bytes, fileName: survey.name, options: importOptions(language: language))
    }

    /// Reads the earlier survey, as `sociogram report --before` and `compare` do: with the same options.
    func loadBefore(language: Language) throws(ImportError) -> ImportResult? {
        guard let before else { return nil }
        var options = importOptions(language: language).forSeveralFiles()
        options.className = nil
        return try SurveyImporter.load(bytes: before.bytes, fileName: before.name, options: options)
    }
}

/// Work groups made on the page: the request, the result and one diagram per round.
struct GroupsOutcome: Sendable {
    let request: WorkGroupRequest
    let result: WorkGroupsResult
    /// The diagrams with names and with codes, one per round.
    let diagrams: [Diagram]
    let codedDiagrams: [Diagram]
}
