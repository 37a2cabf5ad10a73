/// Collects an edge list's questions and choosers, each once and in order of first appearance, and its
/// nominations; shared by the edge-list readers with and without a header.
struct EdgeDraftBuilder {
    private(set) var questions: [DraftQuestion] = []
    private(set) var pupils: [DraftPupil] = []
    private(set) var nominations: [DraftNomination] = []
    private var questionIndex: [String: Int] = [:]
    private var pupilIndex: [String: Int] = [:]

    init(expectedRows: Int) {
        nominations.reserveCapacity(expectedRows)
    }

    /// The index of the question with this label; `make` builds it (given its index) the first time.
    ///
    /// - Complexity: O(1) expected.
    mutating func question(_ label: String, make: (Int) -> DraftQuestion) -> Int {
        if let known = questionIndex[label] { return known }
        let q = questions.count
        questionIndex[label] = q
        questions.append(make(q))
        return q
    }

    /// Adds a question that has no label in the file (the whole file is one question).
    mutating func addQuestion(_ q: DraftQuestion) { questions.append(q) }

    /// The index of the chooser written `name` (within its class), declared as a respondent the first time.
    ///
    /// - Complexity: O(1) expected.
    mutating func chooser(_ name: WrittenName) -> Int {
        let key = (name.className ?? "") + "\u{1}" + name.text
        if let known = pupilIndex[key] { return known }
        let i = pupils.count
        pupilIndex[key] = i
        pupils.append(DraftPupil(name: name, responded: true, gender: nil))
        return i
    }

    mutating func nominate(from: Int, to: WrittenName, question: Int, rank: Int?) {
        nominations.append(DraftNomination(from: from, to: to, question: question, rank: rank))
    }

    /// The finished draft.
    func draft(report: FileReport, diagnostics: [Diagnostic], crossClass: Bool) -> SurveyDraft {
        SurveyDraft(
            family: .edgeList, questions: questions, pupils: pupils, nominations: nominations, report: report,
            diagnostics: diagnostics, crossClass: crossClass)
    }
}
