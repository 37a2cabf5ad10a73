extension GroupSearch {
    /// Local tables for the pupils of a two-group union, indexed by bit position.
    struct UnionTables {
        var cover: [UInt64]
        var conflict: [UInt64]
        var points: [Int32]
        var girls: UInt64 = 0
        var boys: UInt64 = 0
        var leaders: UInt64 = 0
        let m: Int
    }

    /// The best split of a union of units into two groups of allowed sizes, by complete enumeration
    /// (the first unit stays in the first group, which removes mirror images).
    ///
    /// - Complexity: O(2^(*u*−1) · *m*²) for *u* units holding *m* ≤ 64 pupils.
    func bestSplit(_ union: [Int]) -> (first: [Int], second: [Int], score: GroupScore)? {
        let u = union.count
        guard u >= 1 else { return nil }
        var local: [Int] = []
        var unitMask = Array(repeating: UInt64(0), count: u)
        for (x, unit) in union.enumerated() {
            for p in units.members[unit] {
                unitMask[x] |= UInt64(1) << UInt64(local.count)
                local.append(p)
            }
        }
        let t = tables(for: local)
        let full: UInt64 = local.count == 64 ? ~0 : (UInt64(1) << UInt64(local.count)) - 1
        let half = 1 << (u - 1)
        var sizeOf = Array(repeating: 0, count: half)
        var maskOf = Array(repeating: UInt64(0), count: half)
        sizeOf[0] = units.members[union[0]].count
        maskOf[0] = unitMask[0]
        var bestSubset = -1
        var bestScore = GroupScore()
        for s in 0..<half {
            if s > 0 {
                let bit = s.trailingZeroBitCount
                let rest = s & (s - 1)
                sizeOf[s] = sizeOf[rest] + units.members[union[bit + 1]].count
                maskOf[s] = maskOf[rest] | unitMask[bit + 1]
            }
            let first = sizeOf[s], second = local.count - first
            guard first >= problem.minSize, first <= problem.maxSize,
                second >= problem.minSize, second <= problem.maxSize
            else { continue }
            let score = score(mask: maskOf[s], t) + score(mask: full ^ maskOf[s], t)
            if bestSubset < 0 || score.isBetter(than: bestScore) {
                bestSubset = s
                bestScore = score
            }
        }
        guard bestSubset >= 0 else { return nil }
        var first = [union[0]], second: [Int] = []
        for x in 1..<max(1, u) {
            if bestSubset & (1 << (x - 1)) != 0 { first.append(union[x]) } else { second.append(union[x]) }
        }
        return (first, second, bestScore)
    }

    /// - Complexity: O(*m*²).
    func tables(for local: [Int]) -> UnionTables {
        let m = local.count
        var t = UnionTables(
            cover: Array(repeating: 0, count: m), conflict: Array(repeating: 0, count: m),
            points: Array(repeating: 0, count: m * m), m: m)
        let n = eval.n
        for (x, i) in local.enumerated() {
            let bit = UInt64(1) << UInt64(x)
            if eval.gender[i] == 1 { t.girls |= bit } else if eval.gender[i] == 2 { t.boys |= bit }
            if eval.isLeader[i] { t.leaders |= bit }
            for (y, j) in local.enumerated() where x != y {
                let other = UInt64(1) << UInt64(y)
                if eval.covers[i * n + j] { t.cover[x] |= other }
                if eval.conflict[i * n + j] { t.conflict[x] |= other }
                t.points[x * m + y] = eval.pairPoints[i * n + j]
            }
        }
        return t
    }

    /// The score of the group made of the pupils in `mask`.
    ///
    /// - Complexity: O(*s*²) for *s* set bits.
    @inline(__always)
    func score(mask: UInt64, _ t: UnionTables) -> GroupScore {
        var s = GroupScore()
        var rest = mask
        var points: Int32 = 0
        while rest != 0 {
            let x = rest.trailingZeroBitCount
            rest &= rest - 1
            if t.cover[x] & mask == 0 { s.friendless += 1 }
            s.hard += (t.conflict[x] & rest).nonzeroBitCount
            var others = rest
            let row = x * t.m
            while others != 0 {
                let y = others.trailingZeroBitCount
                others &= others - 1
                points += t.points[row + y]
            }
        }
        s.points = Int(points)
            - eval.weights.gender * eval.genderDeviation(
                girls: (mask & t.girls).nonzeroBitCount, boys: (mask & t.boys).nonzeroBitCount)
        if eval.hasLeaders && mask & t.leaders != 0 { s.points += eval.weights.leader }
        return s
    }
}
