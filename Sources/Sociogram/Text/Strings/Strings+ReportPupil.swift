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
    var sentenceIsolated: String {
        text(.sentenceIsolated)
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
    func sentenceRejected(named: Int, question: String, chosen: Int) -> String {
        text(.sentenceRejected, ["named": by(named), "question": question, "chosen": by(chosen)])
    }
    func sentenceNeglected(named: Int, question: String, chosen: Int) -> String {
        text(.sentenceNeglected, ["chosen": by(chosen), "named": by(named), "question": question])
    }
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
