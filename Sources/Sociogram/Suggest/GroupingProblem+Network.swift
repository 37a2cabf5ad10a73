extension GroupingProblem {
    /// The weight of a positive nomination made by a pupil whom `received` classmates chose: 3 when
    /// nobody chose the pupil, 2 when one did, otherwise 1. So the least-chosen pupils are placed with
    /// someone they chose themselves.
    ///
    /// - Complexity: O(1).
    public static func choiceWeight(chooserReceived received: Int) -> Int { 1 + max(0, 2 - received) }

    /// Builds the problem for the `present` pupils of a class (problem index `k` is network index
    /// `present[k]`) from its positive and negative questions.
    ///
    /// A tie is a positive nomination in any positive question; the weight of `i → j` is
    /// ``choiceWeight(chooserReceived:)`` of how many present classmates chose `i`. Every negative
    /// nomination between present pupils becomes a pair to keep apart.
    ///
    /// - Parameters:
    ///   - apart, together: pairs of **network** indices (pairs with an absent pupil are ignored).
    ///   - balanceGender: whether gender balance is part of the objective.
    ///   - leaders: network indices of the leader candidates for this grouping.
    /// - Complexity: O(*n*² + *m*) for *m* nominations.
    public init(
        network: ClassNetwork, present: [Int], sizes: GroupSizes, coverage: Coverage = .either,
        apart: [Pair] = [], together: [Pair] = [], balanceGender: Bool = false, leaders: [Int] = [],
        weights: Weights = .groups
    ) {
        let n = present.count
        var local = Array(repeating: -1, count: network.count)
        for (k, i) in present.enumerated() { local[i] = k }
        var chosen = Array(repeating: false, count: n * n)
        for q in network.questions(ofKind: .positive) {
            for (k, i) in present.enumerated() {
                for j in network.choices(of: i, in: q) where local[j] >= 0 { chosen[k * n + local[j]] = true }
            }
        }
        var received = Array(repeating: 0, count: n)
        for a in 0..<n { for b in 0..<n where chosen[a * n + b] { received[b] += 1 } }
        var arcs: [Arc] = []
        for a in 0..<n {
            for b in 0..<n where chosen[a * n + b] {
                arcs.append(Arc(from: a, to: b, weight: Self.choiceWeight(chooserReceived: received[a])))
            }
        }
        var negative = Set<Pair>()
        for q in network.questions(ofKind: .negative) {
            for (k, i) in present.enumerated() {
                for j in network.choices(of: i, in: q) where local[j] >= 0 { negative.insert(Pair(k, local[j])) }
            }
        }
        func mapped(_ pairs: [Pair]) -> [Pair] {
            pairs.compactMap { p in
                guard p.a < network.count, p.b < network.count, p.a >= 0, p.b >= 0,
                    local[p.a] >= 0, local[p.b] >= 0
                else { return nil }
                return Pair(local[p.a], local[p.b])
            }
        }
        self.init(
            name: network.name, count: n, groupCount: sizes.groupCount, minSize: sizes.minSize,
            maxSize: sizes.maxSize, coverage: coverage, arcs: arcs,
            negativePairs: negative.sorted { ($0.a, $0.b) < ($1.a, $1.b) },
            apartPairs: mapped(apart), togetherPairs: mapped(together),
            genders: balanceGender ? present.map { network.pupils[$0].gender } : nil,
            leaders: leaders.compactMap { $0 >= 0 && $0 < network.count && local[$0] >= 0 ? local[$0] : nil },
            weights: weights)
    }
}
