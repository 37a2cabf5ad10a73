/// The optimiser's answer to a bare ``GroupingProblem`` (problem indices).
public struct GroupingSolution: Sendable, Hashable, Codable {
    /// Pupils of each group, ascending; groups ordered by their first pupil.
    public let groups: [[Int]]
    /// The grouping's score (see `docs/groups.md`).
    public let score: GroupScore
    /// Whether the time limit, not the iteration budget, ended the search.
    public let timedOut: Bool
}

extension GroupingProblem {
    /// Finds a good grouping: iterated local search whose move re-partitions the union of two groups
    /// exactly. Deterministic for a given `limits.seed` and `limits.iterations` (unless the time
    /// limit cuts it short, which `timedOut` says).
    ///
    /// - Throws: ``SuggestError`` for an invalid problem, contradictory together/apart pairs, or
    ///   keep-together chains that do not fit the group sizes.
    /// - Complexity: O(iterations · *K* · 2^*u* · *s*²) worst case for *K* groups of at most *s*
    ///   pupils and unions of *u* units; about 1–3 ms per iteration for a class of 30.
    public func solve(limits: SearchLimits = SearchLimits()) throws(SuggestError) -> GroupingSolution {
        try validate()
        let units = try GroupUnits(self) { "Pupil \($0 + 1)" }
        let run = try GroupSearch(problem: self, units: units).run(limits: limits)
        return GroupingSolution(
            groups: run.groups.sorted { ($0.first ?? 0) < ($1.first ?? 0) }, score: run.score, timedOut: run.timedOut)
    }
}
