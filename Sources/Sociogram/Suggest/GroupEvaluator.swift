/// The objective of a ``GroupingProblem`` as dense lookup tables, so that one group's score costs
/// O(*s*²) for *s* members. Shared by the class-level and the grade-level search.
struct GroupEvaluator: Sendable {
    let n: Int
    /// `pairPoints[i * n + j]`: points when `i` and `j` share a group (arcs both ways, mutual bonus,
    /// repeat penalty); symmetric.
    let pairPoints: [Int32]
    /// `covers[i * n + j]`: `j` gives `i` a friend in the group (per the coverage rule).
    let covers: [Bool]
    /// `conflict[i * n + j]`: `i` and `j` must be apart (negative or `apart` pair).
    let conflict: [Bool]
    /// 1 girl, 2 boy, 0 other/unknown.
    let gender: [UInt8]
    let girls: Int
    let boys: Int
    let isLeader: [Bool]
    let hasLeaders: Bool
    let weights: GroupingProblem.Weights

    /// - Complexity: O(*n*² + *m*) for *m* arcs and pairs.
    init(_ p: GroupingProblem) {
        n = p.count
        var points = Array(repeating: Int32(0), count: n * n)
        var arcWeight = Array(repeating: Int32(-1), count: n * n)
        for arc in p.arcs { arcWeight[arc.from * n + arc.to] = max(arcWeight[arc.from * n + arc.to], Int32(arc.weight)) }
        var cov = Array(repeating: false, count: n * n)
        for i in 0..<n {
            for j in 0..<n where i != j {
                let ij = arcWeight[i * n + j], ji = arcWeight[j * n + i]
                if ij >= 0 { points[i * n + j] += ij }
                if ji >= 0 { points[i * n + j] += ji }
                if ij >= 0 && ji >= 0 { points[i * n + j] += Int32(p.weights.mutual) }
                cov[i * n + j] = p.coverage == .either ? (ij >= 0 || ji >= 0) : ij >= 0
            }
        }
        for pair in p.repeatPairs {
            let penalty = Int32(p.weights.repeated * pair.count)
            points[pair.a * n + pair.b] -= penalty
            points[pair.b * n + pair.a] -= penalty
        }
        var con = Array(repeating: false, count: n * n)
        for pair in p.negativePairs + p.apartPairs {
            con[pair.a * n + pair.b] = true
            con[pair.b * n + pair.a] = true
        }
        pairPoints = points
        covers = cov
        conflict = con
        gender = p.genders.map { $0 == .girl ? 1 : $0 == .boy ? 2 : 0 }
        girls = gender.filter { $0 == 1 }.count
        boys = gender.filter { $0 == 2 }.count
        var lead = Array(repeating: false, count: n)
        for l in p.leaders { lead[l] = true }
        isLeader = lead
        hasLeaders = !p.leaders.isEmpty && p.weights.leader != 0
        weights = p.weights
    }

    /// How many pupils a group with `g` girls and `b` boys is away from the class's share of girls:
    /// the distance of `g` from [⌊share⌋, ⌈share⌉] where share = girls in class × (g + b) / (girls + boys).
    ///
    /// - Complexity: O(1).
    func genderDeviation(girls g: Int, boys b: Int) -> Int {
        let known = girls + boys
        guard known > 0 else { return 0 }
        let num = girls * (g + b)
        let lo = num / known
        let hi = lo + (num % known == 0 ? 0 : 1)
        return g < lo ? lo - g : (g > hi ? g - hi : 0)
    }

    /// The score of one group.
    ///
    /// - Complexity: O(*s*²) for *s* members.
    func score(of members: [Int]) -> GroupScore {
        var s = GroupScore()
        var g = 0, b = 0, leader = false
        for (x, i) in members.enumerated() {
            var covered = false
            for (y, j) in members.enumerated() where y != x {
                if covers[i * n + j] { covered = true }
                if y > x {
                    s.points += Int(pairPoints[i * n + j])
                    if conflict[i * n + j] { s.hard += 1 }
                }
            }
            if !covered { s.friendless += 1 }
            if gender[i] == 1 { g += 1 } else if gender[i] == 2 { b += 1 }
            if isLeader[i] { leader = true }
        }
        s.points -= weights.gender * genderDeviation(girls: g, boys: b)
        if hasLeaders && leader { s.points += weights.leader }
        return s
    }

    /// The score of a whole grouping.
    ///
    /// - Complexity: O(Σ *s*²).
    func score(of groups: [[Int]]) -> GroupScore {
        groups.reduce(.zero) { $0 + score(of: $1) }
    }
}

extension GroupingProblem {
    /// The score of a grouping of this problem's pupils (each inner array one group), as
    /// `docs/groups.md` defines it. Does not check that the grouping is a partition.
    ///
    /// - Complexity: O(*n*² + Σ *s*²).
    public func score(of groups: [[Int]]) -> GroupScore {
        GroupEvaluator(self).score(of: groups)
    }
}
