/// The HTML report: pupils who need attention, the pupil in focus, supporters and the overview table.
extension Strings {
    // MARK: Attention

    var attentionIntro: String {
        text(.attentionIntro)
    }
    func attentionNegativeUsed(_ question: String) -> String {
        text(.attentionNegativeUsed, ["question": question])
    }
    var attentionNoNegative: String {
        text(.attentionNoNegative)
    }
    var attentionClosing: String {
        text(.attentionClosing)
    }
    /// Chosen by nobody in the positive questions: the question named when there is one.
    func sentenceIsolated(questions: [String]) -> String {
        text(.sentenceIsolated, ["count": questions.count, "question": questions.first ?? ""])
    }
    var sentenceNoMutual: String {
        text(.sentenceNoMutual)
    }
    var sentenceNoMutualIsolated: String {
        text(.sentenceNoMutualIsolated)
    }
    var chosenByLabel: String { text(.chosenByLabel) }
    var choseLabel: String { text(.choseLabel) }
    var mutualLabel: String { text(.mutualLabel) }
    /// "by 3", or "by nobody" for 0.
    private func by(_ n: Int) -> String { n == 0 ? text(.by) : text(.by2, ["n": n]) }
    /// Coie–Dodge rejected in a sentence, worded and counted by ``StatusEvidence``'s rule; `negative` and
    /// `positive` are the LL and LM questions as the report quotes them.
    func sentenceRejected(_ e: StatusEvidence, negative: String, positive: String) -> String {
        text(.sentenceRejected, ["lead": e.lead.rawValue, "ll": e.ll, "lm": e.lm, "outOf": e.outOf, "negative": negative, "positive": positive])
    }
    /// Coie–Dodge neglected in a sentence, by the same rule.
    func sentenceNeglected(_ e: StatusEvidence, negative: String, positive: String) -> String {
        text(.sentenceNeglected, ["rare": e.rarelyNamed, "ll": e.ll, "lm": e.lm, "outOf": e.outOf, "negative": negative, "positive": positive])
    }
    var planNegativeLeftOut: String { text(.planNegativeLeftOut) }
    var sentenceDidNotAnswer: String {
        text(.sentenceDidNotAnswer)
    }
    var sentenceChoseNobody: String { text(.sentenceChoseNobody) }
    func sentenceProsocial(_ count: Int) -> String {
        count == 0
            ? text(.sentenceProsocial)
            : text(.sentenceProsocial2, ["count": by(count)])
    }
    func sentenceNamedNegatively(_ count: Int, question: String) -> String {
        count == 0
            ? text(.sentenceNamedNegatively, ["question": question])
            : text(.sentenceNamedNegatively2, ["count": by(count), "question": question])
    }

    // MARK: Pupil in focus

    var pupilIntro: String {
        text(.pupilIntro)
    }
    var pupilFactsHeading: String { text(.pupilFactsHeading) }
    func egoCaption(_ label: String) -> String { text(.egoCaption, ["label": label]) }
    var supportersHeading: String { text(.supportersHeading) }
    var supportersIntro: String {
        text(.supportersIntro)
    }
    func supportersCaption(_ label: String) -> String {
        text(.supportersCaption, ["label": label])
    }
    var noSupporters: String { text(.noSupporters) }
    var supportGroupHeading: String { text(.supportGroupHeading) }
    var supportMissing: String {
        text(.supportMissing)
    }
    func excludedFromSupport(_ count: Int) -> String {
        text(.excludedFromSupport, ["count": count])
    }

    // MARK: Tables

    var columnPupil: String { text(.columnPupil) }
    var columnWhy: String { text(.columnWhy) }
    var columnChosenBy: String { text(.columnChosenBy) }
    var columnMutual: String { text(.columnMutual) }
    var columnChose: String { text(.columnChose) }
    var columnHelps: String { text(.columnHelps) }
    var overviewIntro: String {
        text(.overviewIntro)
    }
}
