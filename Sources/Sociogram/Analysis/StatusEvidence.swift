/// What the answers show behind a pupil's `rejected` or `neglected` flag, in the terms a sentence about
/// the pupil may use — the one rule every text about status follows (`docs/report.md`, "How the texts
/// word status"):
///
/// - The flag is Coie–Dodge's (1982) category on the LM and LL questions, so a sentence counts from
///   exactly those two questions and names them: "2 of 24 named the pupil in «…»".
/// - Coie–Dodge compares with the class average (standardised scores), so the plain description is
///   "more negative and fewer positive choices than the class average" — which is true of every pupil
///   in the category.
/// - «Mange» / "many" and «få» / "few" are used only where the chance model (Newcomb & Bukowski 1983,
///   exact Poisson-binomial, at the analysis' α) finds the count unusual for this class: LL significantly
///   high, LM significantly low, impact (LM + LL) significantly low.
///
/// A pupil named by 2 of 24 in a class where another is named by 14 may be Coie–Dodge rejected; unless
/// 2 is unlikely by chance in this class, no sentence calls it "many".
public struct StatusEvidence: Sendable, Hashable {
    /// Which parts of a `rejected` description the chance model bears out.
    public enum Lead: String, Sendable, Hashable {
        /// Many negative (LL high) and few positive (LM low) choices.
        case both
        /// Many negative choices; the positive ones only below average.
        case negative
        /// Few positive choices; the negative ones only above average.
        case positive
        /// Neither: above and below the class average only.
        case neither
    }

    /// Positive choices received in the LM question and negative nominations in the LL question.
    public let lm: Int
    public let ll: Int
    /// The classmates who answered (the pupil's possible choosers).
    public let outOf: Int
    /// The network indices of the LM and LL questions.
    public let lmQuestion: Int
    public let llQuestion: Int
    /// LL significantly high by chance.
    public let manyNegative: Bool
    /// LM significantly low by chance.
    public let fewPositive: Bool
    /// LM + LL significantly low by chance.
    public let rarelyNamed: Bool

    /// The `rejected` lead this evidence allows.
    public var lead: Lead {
        switch (manyNegative, fewPositive) {
        case (true, true): .both
        case (true, false): .negative
        case (false, true): .positive
        case (false, false): .neither
        }
    }

    /// The evidence for pupil `i`, or `nil` without both an LM and an LL question (no status then).
    ///
    /// - Complexity: O(1).
    public init?(_ analysis: ClassAnalysis, pupil i: Int) {
        let pupil = analysis.pupils[i]
        guard let lmQuestion = analysis.lmQuestion, let llQuestion = analysis.llQuestion, let lm = pupil.lm, let ll = pupil.ll
        else { return nil }
        self.lm = lm
        self.ll = ll
        outOf = analysis.respondentCount - (analysis.network.pupils[i].responded ? 1 : 0)
        self.lmQuestion = lmQuestion
        self.llQuestion = llQuestion
        let alpha = analysis.options.alpha.rawValue
        let nb = pupil.newcombBukowski
        manyNegative = nb.map { $0.ll.upper <= alpha } ?? false
        fewPositive = nb.map { $0.lm.lower <= alpha } ?? false
        rarelyNamed = nb.map { $0.impact.lower <= alpha } ?? false
    }
}
