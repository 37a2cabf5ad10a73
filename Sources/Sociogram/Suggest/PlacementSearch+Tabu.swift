extension PlacementSearch {
    /// Friendless penalty of the tabu search: it repairs and polishes annealed placements, so a pupil
    /// without a chosen classmate must outweigh the points any single swap can win.
    static let repairPenalty = 1000

    /// Working memory of one search thread.
    final class TabuMemory {
        /// `tabuUntil[u * k + c]`: the step until which `u` may not enter class `c`.
        let tabuUntil: UnsafeMutablePointer<Int>
        /// `gain[u * k + c]`: optimistic value of `u` entering `c` (see `prepare(_:_:)`).
        let gain: UnsafeMutablePointer<Int>
        /// `best[a * k + b]`: the largest `gain` of a unit in class `a` towards `b`.
        let best: UnsafeMutablePointer<Int>
        /// `saved[u * k + c]`: pupils depending on `u` alone who chose someone in class `c`.
        let saved: UnsafeMutablePointer<Int>
        var step = 0
        let count: Int
        let k: Int

        init(units m: Int, classes k: Int) {
            count = m * k
            self.k = k
            tabuUntil = .allocate(capacity: count)
            tabuUntil.initialize(repeating: 0, count: count)
            gain = .allocate(capacity: count)
            gain.initialize(repeating: 0, count: count)
            best = .allocate(capacity: k * k)
            best.initialize(repeating: 0, count: k * k)
            saved = .allocate(capacity: count)
            saved.initialize(repeating: 0, count: count)
        }

        deinit {
            tabuUntil.deallocate()
            gain.deallocate()
            best.deallocate()
            saved.deallocate()
        }

    }

    /// The penalised value the tabu search maximises.
    func tabuValue(_ s: PlacementState) -> Int {
        s.score.points - Self.repairPenalty * s.friendless - Self.hardPenalty * s.hard
    }

    /// Fills `mem.gain` and `mem.best` for the current state. `gain[u][c]` bounds what unit u adds to
    /// the value of any swap or move that sends it to class `c`: its tie gain; plus, per pupil
    /// without a chosen classmate whom it could help (its own lonely members, those in `c` who chose
    /// it, those depending on it alone who chose someone in `c`), the friendless penalty; minus the
    /// penalty for those depending on it alone and its members without a chosen classmate in `c`;
    /// plus the conflicts it would leave.
    ///
    /// - Complexity: O(*m* · *k* + *n* · *d*) for pupils choosing *d* units.
    private func prepare(_ s: PlacementState, _ mem: TabuMemory) {
        let k = model.k, m = model.m
        mem.best.update(repeating: Int.min / 4, count: k * k)
        mem.saved.update(repeating: 0, count: m * k)
        for h in 0..<model.n {
            let u = s.soleCover(h)
            guard u >= 0 else { continue }
            let a = s.classOf[u]
            var seen: UInt64 = 0  // classes already counted for h (k ≤ 64 classes; beyond, rare repeats count twice)
            for e in model.chosenStart[h]..<model.chosenStart[h + 1] {
                let c = s.classOf[model.chosenUnit[e]]
                guard c != a else { continue }
                let bit: UInt64 = c < 64 ? 1 << UInt64(c) : 0
                if bit != 0 && seen & bit != 0 { continue }
                seen |= bit
                mem.saved[u * k + c] += 1
            }
        }
        for u in 0..<m {
            let a = s.classOf[u]
            var lonelyMembers = 0
            for i in model.units.members[u] where s.isLonely(i) { lonelyMembers += 1 }
            let base = -Int(s.tie[u * k + a]) + Self.repairPenalty * (lonelyMembers - Int(s.dependents[u]))
                + Self.hardPenalty * Int(s.clashes(u, a))
            for c in 0..<k where c != a {
                var uncovered = 0
                for i in model.units.members[u] where !model.selfCovered[i] && s.chosen(i, in: c) == 0 { uncovered += 1 }
                let g = base + Int(s.tie[u * k + c])
                    + Self.repairPenalty * (Int(s.rescueCount(u, c)) + mem.saved[u * k + c] - uncovered)
                mem.gain[u * k + c] = g
                if g > mem.best[a * k + c] { mem.best[a * k + c] = g }
            }
        }
    }

    /// One tabu step: applies the best admissible swap or move (a move is tabu when it puts a unit
    /// back into a class it left less than the tenure ago, unless it reaches a new best value; ties
    /// broken at random). Returns false when there is none.
    ///
    /// - Complexity: O(*m* · *k*) plus the candidates that survive the bound, O(1) each.
    func tabuStep(
        _ s: PlacementState, _ mem: TabuMemory, current: inout Int, runBest: Int, _ rng: inout SuggestRandom
    ) -> Bool {
        let k = model.k, m = model.m
        prepare(s, mem)
        mem.step += 1
        let now = mem.step
        let tenure = max(5, model.m / 15)
        var bestDelta = Int.min, ties = 0
        var chosenU = -1, chosenV = -1, chosenClass = -1
        let pairSlack = model.minPairPoints < 0 ? -2 * Int(model.minPairPoints) : 0
        let maxUnit = model.unitSize.max() ?? 1
        let canMove = model.minSize < model.maxSize || model.unitSize.contains { $0 != 1 }
        @inline(__always) func consider(_ delta: Int, _ u: Int, _ v: Int, _ c: Int) {
            if delta > bestDelta {
                bestDelta = delta
                ties = 1
                chosenU = u
                chosenV = v
                chosenClass = c
            } else if delta == bestDelta {
                ties += 1
                if rng.below(ties) == 0 {
                    chosenU = u
                    chosenV = v
                    chosenClass = c
                }
            }
        }
        for a in 0..<k {
            let unitsA = UnsafeBufferPointer(start: s.classUnits + a * m, count: s.classCount[a])
            for b in 0..<k where b != a {
                let genderSlack = model.genderWeight * min(s.deviation(a) + s.deviation(b), 2 * maxUnit)
                if canMove {
                    for u in unitsA {
                        let su = model.unitSize[u]
                        guard s.size[a] - su >= model.minSize, s.size[b] + su <= model.maxSize,
                            mem.gain[u * k + b] + genderSlack >= bestDelta
                        else { continue }
                        let d = s.moveDelta(u, to: b)
                        let delta = d.points - Self.repairPenalty * d.friendless - Self.hardPenalty * d.hard
                        if mem.tabuUntil[u * k + b] > now && current + delta <= runBest { continue }
                        consider(delta, u, -1, b)
                    }
                }
                guard a < b else { continue }
                let unitsB = UnsafeBufferPointer(start: s.classUnits + b * m, count: s.classCount[b])
                let bestFromB = mem.best[b * k + a]
                for u in unitsA {
                    let gu = mem.gain[u * k + b] + genderSlack
                    if gu + bestFromB + pairSlack < bestDelta { continue }
                    let su = model.unitSize[u]
                    let uTabu = mem.tabuUntil[u * k + b] > now
                    for v in unitsB {
                        if gu + mem.gain[v * k + a] - 2 * Int(model.points[u * m + v]) < bestDelta { continue }
                        let sv = model.unitSize[v]
                        if su != sv {
                            let na = s.size[a] - su + sv, nb = s.size[b] - sv + su
                            guard na >= model.minSize, na <= model.maxSize, nb >= model.minSize, nb <= model.maxSize
                            else { continue }
                        }
                        let d = s.swapDelta(u, v)
                        #if PLACEMENT_DEBUG
                        debugEvals += 1
                        #endif
                        let delta = d.points - Self.repairPenalty * d.friendless - Self.hardPenalty * d.hard
                        if (uTabu || mem.tabuUntil[v * k + a] > now) && current + delta <= runBest { continue }
                        consider(delta, u, v, b)
                    }
                }
            }
        }
        guard chosenU >= 0 else { return false }
        let a = s.classOf[chosenU]
        s.move(chosenU, to: chosenClass)
        mem.tabuUntil[chosenU * k + a] = now + tenure + rng.below(tenure)
        if chosenV >= 0 {
            s.move(chosenV, to: a)
            mem.tabuUntil[chosenV * k + chosenClass] = now + tenure + rng.below(tenure)
        }
        current += bestDelta
        #if PLACEMENT_DEBUG
        debugSteps += 1
        debugBest[max(-20, min(20, bestDelta)) + 20] += 1
        #endif
        return true
    }

    /// Tabu search from `s` until `stall` steps pass without a new best penalised value (at most
    /// `20 · stall` steps); updates `incumbent` with every lexicographically better state.
    ///
    /// The search maximises points − ``repairPenalty`` per pupil without a chosen classmate −
    /// ``hardPenalty`` per conflict pair. Each step takes the best admissible swap (or move, where
    /// class sizes allow) of the whole neighbourhood; candidate swaps are pruned with an upper bound
    /// built from per-unit gains, so most of the O(*m*²) swaps are never scored in full.
    ///
    /// - Complexity: O(steps · (*m* · *k* + surviving candidates)).
    func tabuSearch(_ s: PlacementState, stall: Int, incumbent: inout Incumbent, _ rng: inout SuggestRandom) {
        let mem = TabuMemory(units: model.m, classes: model.k)
        let maxSteps = stall * 20
        var current = tabuValue(s)
        var runBest = current
        var sinceBest = 0, steps = 0
        while sinceBest < stall && steps < maxSteps {
            guard tabuStep(s, mem, current: &current, runBest: runBest, &rng) else { break }
            steps += 1
            sinceBest += 1
            if current > runBest {
                runBest = current
                sinceBest = 0
            }
            if s.score.isBetter(than: incumbent.score) {
                incumbent = Incumbent(score: s.score, assignment: s.assignment)
            }
        }
    }
}

#if PLACEMENT_DEBUG
nonisolated(unsafe) var debugEvals = 0
nonisolated(unsafe) var debugSteps = 0
nonisolated(unsafe) var debugBest = Array(repeating: 0, count: 41)
#endif
