/// Something the analysis wants the reader to know about how a number was obtained. Rendered in words
/// by the report (``Summary``) and written with its code into `analysis.json`.
public enum AnalysisNote: Sendable, Hashable {
    /// The survey has no negative question: only preference results (zLM); rejected, neglected and
    /// controversial cannot be determined.
    case noNegativeQuestion
    /// The survey has no positive question: no LM, mutual ties, isolation or network measures.
    case noPositiveQuestion
    /// Every pupil has the same value of a score (`LM`, `LL`, `SP`, `SI`), so its z-scores are all 0.
    case noSpread(String)
    /// The LM or LL question was chosen by `--lm`/`--ll` and is not of the expected kind.
    case unusualQuestion(role: String, questionID: String, kind: QuestionKind)
    /// Some pupils did not answer; they are scored on the nominations they received.
    case nonRespondents(Int)
    /// Betweenness was not computed (turned off for a very large network).
    case betweennessSkipped

    /// A stable machine-readable code.
    public var code: String {
        switch self {
        case .noNegativeQuestion: "no-negative-question"
        case .noPositiveQuestion: "no-positive-question"
        case .noSpread(let s): "no-spread-\(s.lowercased())"
        case .unusualQuestion(let role, _, _): "unusual-\(role.lowercased())-question"
        case .nonRespondents: "non-respondents"
        case .betweennessSkipped: "betweenness-skipped"
        }
    }
}
