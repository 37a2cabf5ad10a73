/// The grade-level optimiser (class placement): the same objective as work groups, for 100–1000
/// pupils in a few large classes, where exact two-group re-partition is out of reach.
///
/// 1. Coarsening: keep-together units; mutual friends paired into clusters (those with fewest mutual
///    options first) with friendless singles attached to someone they chose; then rounds of heavy-tie
///    matching into blocks of at most 6, 12 and 24 pupils (never joining pupils who must be apart).
/// 2. Construction: the coarsest blocks are packed into classes with per-class size and gender
///    capacities, each into the class it has most ties with; sizes are repaired.
/// 3. Refinement, coarse to fine (phase 1, a pupil without a friend costs a finite penalty so the
///    search can pass through such states): at each level, iterated local search whose step picks two
///    classes and up to 12 related units (breadth first from a pupil without a friend or a random
///    pupil, then boundary units) and re-solves where they go exactly, enumerating all 2^m
///    assignments in Gray-code order (one unit moves per step); a descent of unit moves and swaps
///    every 25 steps; a kick of random swaps from the best state after 60 steps without improvement.
/// 4. Phase 2: the last quarter of the budget at the pupil level with the lexicographic score.
///    The lexicographically best state ever seen is returned.
struct PlacementSearch {
    let problem: GroupingProblem
    let eval: GroupEvaluator
    let units: GroupUnits
    /// Units re-solved exactly per large-neighbourhood step.
    var neighbourhood = 12

    /// The units moved at the current level (the hard units, or clusters of them).
    var levelUnits: GroupUnits
    /// Phase 1's finite penalty per pupil without a friend; `nil` = lexicographic comparison.
    var friendlessPenalty: Int?

    init(problem: GroupingProblem, units: GroupUnits) {
        self.problem = problem
        self.eval = GroupEvaluator(problem)
        self.units = units
        self.levelUnits = units
    }

    /// - Complexity: construction O(*n*² + *n* · *K*); each descent pass O(*u*² · *d*) for *u* units of
    ///   degree *d*; each neighbourhood step O(2^m · *d*).
    func run(limits: SearchLimits) -> (classes: [[Int]], score: GroupScore, timedOut: Bool) {
        var rng = SuggestRandom(seed: limits.seed)
        let deadline = Deadline(seconds: limits.timeLimit)
        // Levels from fine to coarse: the units, mutual-friend clusters, then rounds of heavy-tie
        // matching (clusters of at most 6, 12 and 24 pupils, each below the class size).
        var levels = [units]
        levels.append(GroupUnits(members: clusters(&rng).map { $0.flatMap { units.members[$0] } }, count: eval.n))
        for cap in [6, 12, 24] where cap < problem.maxSize {
            levels.append(coarsen(levels[levels.count - 1], maxPupils: cap, &rng))
        }
        var state = PlacementState(
            eval: eval, classes: problem.groupCount, assignment: construct(levels[levels.count - 1].members, &rng))
        repairSizes(&state)
        var timedOut = false
        let budget = max(0, limits.iterations)
        // Phase 1 (penalised): the coarse levels get a quarter of the budget between them, the units
        // half. Phase 2 (lexicographic): the last quarter, at the units, from the best state.
        let shares = levels.indices.map { $0 == 0 ? budget / 2 : budget / 4 / max(1, levels.count - 1) }
        var overall = state
        var search = self
        search.friendlessPenalty = Self.softPenalty
        for level in levels.indices.reversed() where !timedOut {
            search.levelUnits = levels[level]
            timedOut = search.iterate(&state, steps: shares[level], overall: &overall, &rng, deadline)
        }
        search.levelUnits = units
        search.friendlessPenalty = nil
        if !timedOut {
            state = search.better(overall.score, state.score) ? overall : state
            timedOut = search.iterate(&state, steps: budget - budget * 3 / 4, overall: &overall, &rng, deadline)
        }
        return (overall.classes, overall.score, timedOut)
    }

    /// Iterated local search at the current level: neighbourhood steps, a descent every
    /// ``descendEvery`` steps, and a kick from the best state after ``stall`` steps without
    /// improvement. `overall` keeps the lexicographically best state ever seen. Returns whether the
    /// deadline stopped it.
    func iterate(
        _ state: inout PlacementState, steps: Int, overall: inout PlacementState, _ rng: inout SuggestRandom,
        _ deadline: Deadline
    ) -> Bool {
        descend(&state, deadline: deadline)
        var best = state
        var lastImprovement = 0
        var timedOut = false
        for step in 0..<steps {
            if deadline.passed {
                timedOut = true
                break
            }
            resolveBoundary(&state, &rng)
            if step % Self.descendEvery == Self.descendEvery - 1 { descend(&state, deadline: deadline) }
            if state.score.isBetter(than: overall.score) { overall = state }
            if better(state.score, best.score) {
                best = state
                lastImprovement = step
            } else if step - lastImprovement >= Self.stall {
                // Stuck: restart from the best placement with a few random swaps.
                state = best
                kick(&state, &rng)
                lastImprovement = step
            }
        }
        if !timedOut { descend(&state, deadline: deadline) }
        if better(best.score, state.score) { state = best }
        if state.score.isBetter(than: overall.score) { overall = state }
        return timedOut
    }

    /// The comparison the moves use: lexicographic, or (phase 1) points minus a finite penalty per
    /// pupil without a friend, so the search can pass through such states; hard conflicts stay prohibitive.
    func better(_ a: GroupScore, _ b: GroupScore) -> Bool {
        guard let penalty = friendlessPenalty else { return a.isBetter(than: b) }
        if a.hard != b.hard { return a.hard < b.hard }
        return a.points - penalty * a.friendless > b.points - penalty * b.friendless
    }

    func same(_ a: GroupScore, _ b: GroupScore) -> Bool { !better(a, b) && !better(b, a) }

    /// Points one pupil without a friend costs in phase 1 (about two mutual ties).
    static let softPenalty = 10

    /// Neighbourhood steps without improvement before a kick.
    /// Neighbourhood steps between two descents.
    static let descendEvery = 25
    static let stall = 60

    // MARK: Moves on units

    /// A few random swaps of equally large units between random classes.
    func kick(_ state: inout PlacementState, _ rng: inout SuggestRandom) {
        for _ in 0..<3 {
            let u = rng.below(levelUnits.count), v = rng.below(levelUnits.count)
            let a = state.classOf[levelUnits.members[u][0]], b = state.classOf[levelUnits.members[v][0]]
            guard a != b, levelUnits.members[u].count == levelUnits.members[v].count else { continue }
            moveUnit(&state, u, to: b)
            moveUnit(&state, v, to: a)
        }
    }

    func sizeOK(_ state: PlacementState, unit u: Int, from a: Int, to b: Int) -> Bool {
        let s = levelUnits.members[u].count
        return state.size[a] - s >= problem.minSize && state.size[b] + s <= problem.maxSize
    }

    func moveUnit(_ state: inout PlacementState, _ u: Int, to b: Int) {
        for i in levelUnits.members[u] { state.move(i, to: b) }
    }

    /// Single-unit moves and two-unit swaps while they improve the score.
    func descend(_ state: inout PlacementState, deadline: Deadline) {
        var improved = true
        while improved && !deadline.passed {
            improved = false
            for u in 0..<levelUnits.count {
                let a = state.classOf[levelUnits.members[u][0]]
                var best = state.score
                var bestMove: (c: Int, v: Int?)? = nil
                for c in 0..<problem.groupCount where c != a {
                    if sizeOK(state, unit: u, from: a, to: c) {
                        moveUnit(&state, u, to: c)
                        if better(state.score, best) {
                            best = state.score
                            bestMove = (c, nil)
                        }
                        moveUnit(&state, u, to: a)
                    }
                }
                // Swaps with units of the same size in classes this unit has ties to.
                for v in 0..<levelUnits.count where v != u && levelUnits.members[v].count == levelUnits.members[u].count {
                    let c = state.classOf[levelUnits.members[v][0]]
                    guard c != a, state.tie(levelUnits.members[u][0], c) > 0 || !state.hasFriend(levelUnits.members[u][0], in: a)
                    else { continue }
                    moveUnit(&state, u, to: c)
                    moveUnit(&state, v, to: a)
                    if better(state.score, best) {
                        best = state.score
                        bestMove = (c, v)
                    }
                    moveUnit(&state, v, to: c)
                    moveUnit(&state, u, to: a)
                }
                if let m = bestMove {
                    moveUnit(&state, u, to: m.c)
                    if let v = m.v { moveUnit(&state, v, to: a) }
                    improved = true
                }
            }
        }
    }

    /// Re-solves the placement of up to `neighbourhood` boundary units of two classes exactly.
    func resolveBoundary(_ state: inout PlacementState, _ rng: inout SuggestRandom) {
        let k = problem.groupCount
        guard k >= 2 else { return }
        let (a, b, seed) = pickClasses(state, &rng)
        // Boundary priority: ties into the other class minus ties to the own class, a friend missing,
        // plus a random tie-breaker so that repeated steps look at different units.
        var scored: [(u: Int, key: Int)] = []
        for u in 0..<levelUnits.count {
            let first = levelUnits.members[u][0]
            let c = state.classOf[first]
            guard c == a || c == b else { continue }
            let other = c == a ? b : a
            var key = 0
            for i in levelUnits.members[u] {
                key += Int(state.tie(i, other)) - Int(state.tie(i, c)) / 2
                if !state.hasFriend(i, in: c) { key += 8 }
                if state.clashes(i, in: c) > 0 { key += 16 }
            }
            scored.append((u, key * 4 + rng.below(12)))
        }
        scored.sort { $0.key > $1.key }
        var free: [Int] = []
        var taken = Set<Int>()
        if seed >= 0 {
            // Related units first: the seed pupil and, breadth first, the pupils tied to it in a or b.
            // At most half from each class, so that balanced exchanges are among the assignments.
            var quota = [a: neighbourhood / 2, b: neighbourhood - neighbourhood / 2]
            var queue = [seed], head = 0
            while head < queue.count && free.count < neighbourhood {
                let i = queue[head]
                head += 1
                let u = levelUnits.unitOf[i]
                let c = state.classOf[i]
                guard quota[c, default: 0] > 0, taken.insert(u).inserted else { continue }
                quota[c, default: 0] -= 1
                free.append(u)
                var next = state.neighbours[i].map(\.j) + state.coveredBy[i]
                next.shuffle(using: &rng)
                for j in next where state.classOf[j] == a || state.classOf[j] == b { queue.append(j) }
            }
        }
        for entry in scored where free.count < neighbourhood && !taken.contains(entry.u) { free.append(entry.u) }
        let m = free.count
        guard m >= 2 else { return }
        // Gray-code enumeration: step t flips unit `trailingZeroBitCount(t)` between a and b.
        var best = state.score
        var bestCode = 0
        var ties = 1  // equally good assignments seen; one is kept uniformly at random (plateau moves)
        for t in 1..<(1 << m) {
            let e = t.trailingZeroBitCount
            let u = free[e]
            let c = state.classOf[levelUnits.members[u][0]]
            moveUnit(&state, u, to: c == a ? b : a)
            guard state.size[a] >= problem.minSize, state.size[a] <= problem.maxSize,
                state.size[b] >= problem.minSize, state.size[b] <= problem.maxSize
            else { continue }
            let score = state.score
            if better(score, best) {
                best = score
                bestCode = t ^ (t >> 1)
                ties = 1
            } else if same(score, best) {
                ties += 1
                if rng.below(ties) == 0 { bestCode = t ^ (t >> 1) }
            }
        }
        let last = ((1 << m) - 1) ^ (((1 << m) - 1) >> 1)
        let diff = last ^ bestCode
        for e in 0..<m where diff & (1 << e) != 0 {
            let u = free[e]
            let c = state.classOf[levelUnits.members[u][0]]
            moveUnit(&state, u, to: c == a ? b : a)
        }
    }

    /// Two classes to re-solve, and the pupil whose related units are freed first (or -1). Usually guided by a random pupil: its own class and the class of a
    /// random classmate it has a tie with elsewhere (a pupil without a friend is picked first half the
    /// time); otherwise two random classes.
    func pickClasses(_ state: PlacementState, _ rng: inout SuggestRandom) -> (Int, Int, Int) {
        let k = problem.groupCount, n = eval.n
        var pupil = -1
        if rng.below(2) == 0 {
            let lonely = (0..<n).filter { !state.hasFriend($0, in: state.classOf[$0]) || state.clashes($0, in: state.classOf[$0]) > 0 }
            if !lonely.isEmpty { pupil = lonely[rng.below(lonely.count)] }
        }
        if pupil < 0 && rng.below(4) != 0 { pupil = rng.below(n) }
        if pupil >= 0 {
            let a = state.classOf[pupil]
            let elsewhere = state.neighbours[pupil].filter { state.classOf[$0.j] != a && $0.points > 0 }
            if !elsewhere.isEmpty { return (a, state.classOf[elsewhere[rng.below(elsewhere.count)].j], pupil) }
        }
        let a = rng.below(k)
        var b = rng.below(k - 1)
        if b >= a { b += 1 }
        return (a, b, -1)
    }
}
