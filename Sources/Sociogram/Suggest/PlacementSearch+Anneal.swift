import Foundation

extension PlacementSearch {
    /// Settings of one simulated-annealing run.
    struct AnnealPlan: Sendable {
        var trials: Int
        var startTemperature: Double
        var endTemperature: Double
        /// Share of proposals that pair a unit with a unit of a class it has ties with.
        var guided: Double = 0.8
        /// The friendless penalty rises linearly from `startPenalty` to `endPenalty`: low at first, so
        /// the search can pass through placements where someone lacks a chosen classmate.
        var startPenalty: Int = 30
        var endPenalty: Int = 30
        /// The last `finalShare` of the trials use `finalPenalty`, so the run ends among placements
        /// where everyone has a chosen classmate.
        var finalPenalty: Int = 30
        var finalShare: Double = 0
    }

    /// Simulated annealing over unit swaps (and unit moves where class sizes allow) that maximises
    /// points − penalty per pupil without a chosen classmate − ``Self.hardPenalty`` per conflict pair, the
    /// penalty rising as in `plan`; the temperature falls geometrically. A proposal takes a random
    /// unit and, mostly, the class of a random unit it has ties with, and a random unit there.
    /// Updates `incumbent` with every lexicographically better state. Returns whether the deadline
    /// stopped it.
    ///
    /// A proposal costs O(1) (``PlacementState/swapPointsDelta(_:_:)``; the friendless change only
    /// when the points leave a chance of acceptance), an accepted one O(degree).
    ///
    /// - Complexity: O(trials + accepted · degree).
    func anneal(
        _ s: PlacementState, plan: AnnealPlan, incumbent: inout Incumbent, _ rng: inout SuggestRandom, deadline: Deadline
    ) -> Bool {
        let k = model.k, m = model.m
        guard k >= 2, m >= 2 else { return false }
        var t = plan.startTemperature
        let cool = pow(plan.endTemperature / plan.startTemperature, 1 / Double(max(1, plan.trials)))
        // Acceptance of a change by −d points (d > 0): a random 64-bit number below accept[d];
        // the table is recomputed for each block of trials (the temperature changes slowly).
        let block = 4096, tableSize = 512
        var accept = Array(repeating: UInt64(0), count: tableSize)
        let canMove = model.minSize < model.maxSize || model.unitSize.contains { $0 != 1 }
        let guidedCut = UInt64(plan.guided * Double(UInt64.max >> 11)) << 11
        var trial = 0
        while trial < plan.trials {
            if deadline.passed { return true }
            let blockEnd = min(plan.trials, trial + block)
            for d in 0..<tableSize {
                let p = exp(-Double(d) / t)
                accept[d] = p >= 1 ? .max : UInt64(p * 0x1p64)
            }
            t *= pow(cool, Double(blockEnd - trial))
            let finalStart = Int(Double(plan.trials) * (1 - plan.finalShare))
            let penalty = trial >= finalStart ? plan.finalPenalty
                : plan.startPenalty + (plan.endPenalty - plan.startPenalty) * trial / max(1, finalStart)
            while trial < blockEnd {
                trial += 1
                let u = rng.below(m)
                let a = s.classOf[u]
                var b: Int
                if rng.next() < guidedCut && model.neighbourStart[u + 1] > model.neighbourStart[u] {
                    let e = model.neighbourStart[u] + rng.below(model.neighbourStart[u + 1] - model.neighbourStart[u])
                    b = s.classOf[model.neighbourUnit[e]]
                    if b == a { continue }
                } else {
                    b = rng.below(k - 1)
                    if b >= a { b += 1 }
                }
                let count = s.classCount[b]
                guard count > 0 else { continue }
                // A move when sizes allow it and a coin says so; otherwise a swap with a random unit of b.
                var v = -1
                if !(canMove && rng.below(2) == 0 && s.size[a] - model.unitSize[u] >= model.minSize
                    && s.size[b] + model.unitSize[u] <= model.maxSize)
                {
                    v = s.classUnits[b * m + rng.below(count)]
                    if model.unitSize[u] != model.unitSize[v] {
                        let na = s.size[a] - model.unitSize[u] + model.unitSize[v]
                        let nb = s.size[b] - model.unitSize[v] + model.unitSize[u]
                        if na < model.minSize || na > model.maxSize || nb < model.minSize || nb > model.maxSize {
                            // Keep-together units of different sizes: exchange groups of equal size.
                            exchange(s, u, v, penalty: penalty, accept: accept, &incumbent, &rng)
                            continue
                        }
                    }
                }
                let partial = v >= 0 ? s.swapPointsDelta(u, v) : s.movePointsDelta(u, to: b)
                let r = rng.next()
                // Reject early when even the best friendless change could not make it acceptable.
                let optimistic = partial.points - Self.hardPenalty * partial.hard + penalty * s.friendlessGainBound(u, to: b, v)
                if optimistic < 0 && (optimistic <= -tableSize || r >= accept[-optimistic]) { continue }
                let df = s.friendlessDelta(u, from: a, to: b, v >= 0 ? v : nil)
                let delta = partial.points - penalty * df - Self.hardPenalty * partial.hard
                if delta < 0 && (delta <= -tableSize || r >= accept[-delta]) { continue }
                s.move(u, to: b)
                if v >= 0 { s.move(v, to: a) }
                if delta > 0 && s.score.isBetter(than: incumbent.score) {
                    incumbent = Incumbent(score: s.score, assignment: s.assignment)
                }
            }
        }
        return false
    }

    /// Exchanges unit `u` (class a) and unit `v` (class b) together with further random units of
    /// b or a until both sides hold equally many pupils, if the annealing rule accepts the change.
    /// Only keep-together units of different sizes need this (class sizes fixed exactly).
    ///
    /// - Complexity: O(degree of the units moved).
    func exchange(
        _ s: PlacementState, _ u: Int, _ v: Int, penalty: Int, accept: [UInt64], _ incumbent: inout Incumbent,
        _ rng: inout SuggestRandom
    ) {
        let m = model.m, a = s.classOf[u], b = s.classOf[v]
        var out = [u], back = [v]
        var outSize = model.unitSize[u], backSize = model.unitSize[v]
        for _ in 0..<8 where outSize != backSize {
            let (c, need) = outSize > backSize ? (b, outSize - backSize) : (a, backSize - outSize)
            let w = s.classUnits[c * m + rng.below(s.classCount[c])]
            guard model.unitSize[w] <= need, !out.contains(w), !back.contains(w) else { continue }
            if c == b {
                back.append(w)
                backSize += model.unitSize[w]
            } else {
                out.append(w)
                outSize += model.unitSize[w]
            }
        }
        guard outSize == backSize else { return }
        func value() -> Int { s.score.points - penalty * s.friendless - Self.hardPenalty * s.hard }
        let before = value()
        for w in out { s.move(w, to: b) }
        for w in back { s.move(w, to: a) }
        let delta = value() - before
        if delta < 0 && (delta <= -accept.count || rng.next() >= accept[-delta]) {
            for w in out { s.move(w, to: a) }
            for w in back { s.move(w, to: b) }
        } else if delta > 0 && s.score.isBetter(than: incumbent.score) {
            incumbent = Incumbent(score: s.score, assignment: s.assignment)
        }
    }
}
