extension GroupSearch {
    /// The negative and `apart` pairs inside one group or class, as unmet constraints (network
    /// indices via `present`). A negative pair inside a keep-together unit is `infeasible`
    /// (kept together as asked); anything else is `notFound`.
    ///
    /// - Complexity: O(*p*) for *p* pairs.
    func brokenPairs(in members: Set<Int>, group: Int, present: [Int]) -> [UnmetConstraint] {
        var unmet: [UnmetConstraint] = []
        for pair in problem.negativePairs where members.contains(pair.a) && members.contains(pair.b) {
            let kept = sameUnit(pair.a, pair.b)
            unmet.append(UnmetConstraint(
                kind: .negativeApart, pupils: [present[pair.a], present[pair.b]], group: group,
                reason: kept ? .infeasible : .notFound, detail: kept ? .keptTogetherAsAsked : .searchDidNotFind))
        }
        for pair in problem.apartPairs where members.contains(pair.a) && members.contains(pair.b) {
            unmet.append(UnmetConstraint(
                kind: .apart, pupils: [present[pair.a], present[pair.b]], group: group, reason: .notFound,
                detail: .searchDidNotFind))
        }
        return unmet
    }
}

extension ClassNetwork {
    /// Checks that every pupil index a request names is in the network.
    func checkPupils(_ lists: [Int]..., inGrade: Bool) throws(SuggestError) {
        for i in lists.joined() where i < 0 || i >= count {
            throw SuggestError(.pupilNotIn(number: i + 1, grade: inGrade))
        }
    }
}
