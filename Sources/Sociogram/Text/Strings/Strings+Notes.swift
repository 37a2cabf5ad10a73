/// The analysis notes (``AnalysisNote``) in words: how a number was obtained, what could not be determined.
extension Strings {
    /// The note in plain words.
    public func note(_ note: AnalysisNote) -> String {
        switch note {
        case .noNegativeQuestion:
            return text(.noteNoNegativeQuestion)
        case .noPositiveQuestion:
            return text(.noteNoPositiveQuestion)
        case .noSpread(let score):
            return text(.noteNoSpreadScore, ["score": score])
        case .unusualQuestion(let role, let id, let kind):
            return text(.noteUnusualQuestionRoleIdKind, ["id": id, "role": role, "kind": kind.rawValue])
        case .nonRespondents(let count):
            return text(.noteNonRespondents, ["count": count])
        case .betweennessSkipped:
            return text(.noteBetweennessSkipped)
        }
    }
}
