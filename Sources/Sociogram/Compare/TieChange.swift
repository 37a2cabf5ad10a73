/// New, lost and kept ties between two waves for one relation (one positive question, or the union of
/// the positive questions), with Jaccard stability.
///
/// **Comparable ties.** A tie i → j is compared only when both pupils are in both waves (matched by
/// ``WaveMatch``) and i answered the survey in both waves: a pupil who did not answer has unknown ties,
/// not "no ties". Then, over these comparable ties,
/// *kept* = in both waves, *new* = second wave only, *lost* = first wave only, and
/// **Jaccard** = kept / (kept + new + lost) = |B ∩ A| / |B ∪ A| (`nil` when both sets are empty). This is the
/// Jaccard index RSiena reports for tie variables observed in both waves (Snijders, van de Bunt &
/// Steglich 2010, *Social Networks* 32, 44–60).
///
/// Ties not compared are counted so that nothing disappears silently: ties of pupils who left (first
/// wave, an end not in the second), of pupils who joined (second wave, an end not in the first), and of
/// choosers who answered in one wave only.
public struct TieChange: Sendable, Hashable, Codable {
    /// Comparable ties in both waves, in the second wave only, in the first wave only.
    public let kept: Int
    public let new: Int
    public let lost: Int
    /// kept / (kept + new + lost); `nil` without comparable ties.
    @ExplicitNull public var jaccard: Double?
    /// First-wave ties with an end at a pupil who is not in the second wave.
    public let tiesOfLeavers: Int
    /// Second-wave ties with an end at a pupil who is not in the first wave.
    public let tiesOfJoiners: Int
    /// Ties, in either wave, by a chooser who did not answer in the other wave.
    public let tiesOfOneWaveRespondents: Int

    /// The counts of a set of comparable ties.
    init(_ c: ComparableTies) {
        let keptCount = c.before.intersection(c.after).count
        kept = keptCount
        new = c.after.count - keptCount
        lost = c.before.count - keptCount
        let union = keptCount + new + lost
        jaccard = union > 0 ? Double(keptCount) / Double(union) : nil
        tiesOfLeavers = c.leavers
        tiesOfJoiners = c.joiners
        tiesOfOneWaveRespondents = c.oneWave
    }
}

/// The comparable ties of two waves (see ``TieChange``), both in second-wave pupil indices.
struct ComparableTies: Sendable {
    /// First-wave comparable ties, mapped to second-wave indices.
    let before: Set<Arc>
    /// Second-wave comparable ties.
    let after: Set<Arc>
    let leavers: Int
    let joiners: Int
    let oneWave: Int

    /// Sorts each wave's ties (arcs in that wave's own indices) into comparable and not comparable.
    ///
    /// - Complexity: O(*m*) for *m* ties.
    init(before: Set<Arc>, after: Set<Arc>, match: WaveMatch, respondedBefore: [Bool], respondedAfter: [Bool]) {
        var b = Set<Arc>(), a = Set<Arc>()
        var leavers = 0, joiners = 0, oneWave = 0
        for arc in before {
            guard let f = match.afterOf[arc.from], let t = match.afterOf[arc.to] else { leavers += 1; continue }
            if respondedAfter[f] { b.insert(Arc(from: f, to: t)) } else { oneWave += 1 }
        }
        for arc in after {
            guard let f = match.beforeOf[arc.from], match.beforeOf[arc.to] != nil else { joiners += 1; continue }
            if respondedBefore[f] { a.insert(arc) } else { oneWave += 1 }
        }
        self.before = b
        self.after = a
        self.leavers = leavers
        self.joiners = joiners
        self.oneWave = oneWave
    }
}

/// A directed tie between two pupils (indices into one network).
struct Arc: Sendable, Hashable, Comparable {
    let from: Int
    let to: Int

    static func < (a: Arc, b: Arc) -> Bool { (a.from, a.to) < (b.from, b.to) }

    /// The distinct ties of the given questions.
    ///
    /// - Complexity: O(*m*).
    static func of(_ network: ClassNetwork, questions: [Int]) -> Set<Arc> {
        let wanted = Set(questions)
        var out = Set<Arc>()
        for nom in network.nominations where wanted.contains(nom.question) { out.insert(Arc(from: nom.from, to: nom.to)) }
        return out
    }
}
