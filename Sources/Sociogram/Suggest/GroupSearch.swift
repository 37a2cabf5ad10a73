/// Iterated local search for class-sized grouping problems.
///
/// The improving move re-partitions the union of two groups exactly: every split of their units
/// into two groups of allowed size is scored and the best is kept. A single pupil whose one friend
/// sits elsewhere needs several pupils to move at once; this move does that in one step, which
/// swap moves cannot. Between descents, a kick swaps a few random units, and the search continues
/// from the result if it is not worse. Only the groups a move changes are re-evaluated.
struct GroupSearch {
    let problem: GroupingProblem
    let eval: GroupEvaluator
    let units: GroupUnits
    /// The largest union (in units) re-partitioned exactly; larger unions use unit swaps.
    static let maxExactUnits = 18

    /// One grouping under search: units per group and cached scores.
    struct State {
        var groups: [[Int]]
        var sizes: [Int]
        var scores: [GroupScore]
        var total: GroupScore { scores.reduce(.zero, +) }
    }

    init(problem: GroupingProblem, units: GroupUnits) {
        self.problem = problem
        self.eval = GroupEvaluator(problem)
        self.units = units
    }

    func pupils(of unitList: [Int]) -> [Int] { unitList.flatMap { units.members[$0] } }

    /// Runs the search and returns the best grouping found (pupil indices per group), its score and
    /// whether the time limit (rather than the iteration budget) ended it.
    ///
    /// - Complexity: per iteration O(*K*² · 2^*u*) in the worst case for *K* groups and unions of
    ///   *u* units; in practice only pairs involving the kicked groups are re-examined.
    func run(limits: SearchLimits) throws(SuggestError) -> (groups: [[Int]], score: GroupScore, timedOut: Bool) {
        var rng = SuggestRandom(seed: limits.seed)
        let deadline = Deadline(seconds: limits.timeLimit)
        var current = try initialState(&rng)
        descend(&current)
        var best = current
        var timedOut = false
        var sinceBest = 0
        for _ in 0..<max(0, limits.iterations) {
            if deadline.passed {
                timedOut = true
                break
            }
            var candidate = current
            let touched = kick(&candidate, &rng)
            descend(&candidate, touched: touched)
            let total = candidate.total
            if !current.total.isBetter(than: total) { current = candidate }
            if total.isBetter(than: best.total) {
                best = candidate
                sinceBest = 0
            } else {
                sinceBest += 1
                // Drifting on a plateau for long: go back to the best grouping seen.
                if sinceBest % 50 == 0 { current = best }
            }
        }
        let groups = best.groups.map { pupils(of: $0).sorted() }
        return (groups, best.total, timedOut)
    }

    /// A random grouping of allowed sizes: units in random order, larger units first, each into the
    /// currently smallest group that can take it.
    func initialState(_ rng: inout SuggestRandom) throws(SuggestError) -> State {
        let k = problem.groupCount
        var order = Array(0..<units.count)
        order.shuffle(using: &rng)
        order.sort { units.members[$0].count > units.members[$1].count }
        var groups = Array(repeating: [Int](), count: k)
        var sizes = Array(repeating: 0, count: k)
        for u in order {
            let size = units.members[u].count
            var target = -1
            for g in 0..<k where sizes[g] + size <= problem.maxSize {
                if target < 0 || sizes[g] < sizes[target] { target = g }
            }
            guard target >= 0 else {
                throw SuggestError(.togetherLeavesNoGrouping(min: problem.minSize, max: problem.maxSize))
            }
            groups[target].append(u)
            sizes[target] += size
        }
        guard sizes.allSatisfy({ $0 >= problem.minSize }) else {
            throw SuggestError(.togetherLeavesNoGrouping(min: problem.minSize, max: problem.maxSize))
        }
        let scores = groups.map { eval.score(of: pupils(of: $0)) }
        return State(groups: groups, sizes: sizes, scores: scores)
    }

    /// Local descent: improves pairs of groups until no pair can be improved. Only pairs with a
    /// group changed since they were last examined are examined again.
    func descend(_ state: inout State, touched: [Int]? = nil) {
        let k = state.groups.count
        var version = Array(repeating: 1, count: k)
        var checked = Array(repeating: 0, count: k * k)  // version sum when the pair was last checked
        if let touched {
            // Pairs not touching a kicked group were optimal before the kick.
            for a in 0..<k { for b in 0..<k { checked[a * k + b] = 2 } }
            for g in touched { version[g] += 1 }
        }
        var improved = true
        while improved {
            improved = false
            for a in 0..<k {
                for b in (a + 1)..<k where checked[a * k + b] != version[a] + version[b] {
                    if improvePair(&state, a, b) {
                        version[a] += 1
                        version[b] += 1
                        improved = true
                    }
                    checked[a * k + b] = version[a] + version[b]
                }
            }
        }
    }

    /// A few random unit swaps (or moves, where sizes allow) between random groups; returns the groups changed.
    func kick(_ state: inout State, _ rng: inout SuggestRandom) -> [Int] {
        let k = state.groups.count
        guard k >= 2 else { return [] }
        var touched: [Int] = []
        for _ in 0..<2 {
            let a = rng.below(k)
            var b = rng.below(k - 1)
            if b >= a { b += 1 }
            guard !state.groups[a].isEmpty, !state.groups[b].isEmpty else { continue }
            let ia = rng.below(state.groups[a].count), ib = rng.below(state.groups[b].count)
            let ua = state.groups[a][ia], ub = state.groups[b][ib]
            let sa = units.members[ua].count, sb = units.members[ub].count
            let newA = state.sizes[a] - sa + sb, newB = state.sizes[b] - sb + sa
            guard newA >= problem.minSize, newA <= problem.maxSize, newB >= problem.minSize, newB <= problem.maxSize
            else { continue }
            state.groups[a][ia] = ub
            state.groups[b][ib] = ua
            state.sizes[a] = newA
            state.sizes[b] = newB
            state.scores[a] = eval.score(of: pupils(of: state.groups[a]))
            state.scores[b] = eval.score(of: pupils(of: state.groups[b]))
            touched += [a, b]
        }
        return touched
    }

    /// Replaces groups `a` and `b` by the best split of their union; returns whether it was strictly better.
    func improvePair(_ state: inout State, _ a: Int, _ b: Int) -> Bool {
        let union = state.groups[a] + state.groups[b]
        let before = state.scores[a] + state.scores[b]
        let pupilCount = state.sizes[a] + state.sizes[b]
        let exact = union.count <= Self.maxExactUnits && pupilCount <= 64
        guard let best = exact ? bestSplit(union) : bestSwap(state.groups[a], state.groups[b]),
            best.score.isBetter(than: before)
        else { return false }
        state.groups[a] = best.first
        state.groups[b] = best.second
        state.sizes[a] = best.first.reduce(0) { $0 + units.members[$1].count }
        state.sizes[b] = best.second.reduce(0) { $0 + units.members[$1].count }
        state.scores[a] = eval.score(of: pupils(of: best.first))
        state.scores[b] = eval.score(of: pupils(of: best.second))
        return true
    }

    /// Larger unions: the best single swap of two units between the groups.
    func bestSwap(_ first: [Int], _ second: [Int]) -> (first: [Int], second: [Int], score: GroupScore)? {
        var best: (first: [Int], second: [Int], score: GroupScore)?
        for x in first.indices {
            for y in second.indices {
                var f = first, s = second
                swap(&f[x], &s[y])
                let fs = pupils(of: f).count, ss = pupils(of: s).count
                guard fs >= problem.minSize, fs <= problem.maxSize, ss >= problem.minSize, ss <= problem.maxSize
                else { continue }
                let score = eval.score(of: pupils(of: f)) + eval.score(of: pupils(of: s))
                if let current = best, !score.isBetter(than: current.score) { continue }
                best = (f, s, score)
            }
        }
        return best
    }
}
