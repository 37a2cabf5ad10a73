extension PlacementSearch {
    /// Clusters of units placed together by the construction: keep-together units, mutual friends
    /// paired (those with fewest mutual options first), and pupils without a mutual friend attached
    /// to a cluster of someone they chose. Clusters hold at most 3 pupils.
    ///
    /// - Complexity: O(*n*² ) for the tables, O(*n* log *n*) for the pairing.
    func clusters(_ rng: inout SuggestRandom) -> [[Int]] {
        let n = eval.n
        func mutual(_ i: Int, _ j: Int) -> Bool { eval.covers[i * n + j] && eval.covers[j * n + i] }
        func compatible(_ x: [Int], _ y: [Int]) -> Bool {
            x.count + y.count <= min(3, problem.maxSize) && !x.contains { i in y.contains { eval.conflict[i * n + $0] } }
        }
        var clusterOf = Array(repeating: -1, count: units.count)
        var clusters: [[Int]] = []  // lists of units
        let pupilsOf = { (c: [Int]) in c.flatMap { units.members[$0] } }
        var order = Array(0..<units.count)
        order.shuffle(using: &rng)
        let options = (0..<units.count).map { u in
            (0..<units.count).filter { v in v != u && units.members[u].contains { i in units.members[v].contains { mutual(i, $0) } } }
        }
        order.sort { options[$0].count < options[$1].count }
        for u in order where clusterOf[u] < 0 {
            let partner = options[u].filter { clusterOf[$0] < 0 && compatible(units.members[u], units.members[$0]) }
                .min { options[$0].count < options[$1].count }
            clusterOf[u] = clusters.count
            if let partner {
                clusterOf[partner] = clusters.count
                clusters.append([u, partner])
            } else {
                clusters.append([u])
            }
        }
        // Singles without a friend in their cluster join the cluster of someone they chose.
        for (c, members) in clusters.enumerated() where members.count == 1 {
            let u = members[0]
            let mine = units.members[u]
            if mine.contains(where: { i in mine.contains { eval.covers[i * n + $0] } }) { continue }
            var target = -1
            for i in mine {
                for j in 0..<n where eval.covers[i * n + j] {
                    let t = clusterOf[units.unitOf[j]]
                    if t != c, compatible(pupilsOf(clusters[t]), mine) { target = t }
                }
            }
            if target >= 0 {
                clusters[target].append(u)
                clusters[c] = []
                clusterOf[u] = target
            }
        }
        return clusters.filter { !$0.isEmpty }
    }

    /// Packs the clusters into classes: largest and most constrained first, each into the class it has
    /// most ties with among those with room (size and per-class share of girls and boys) and without
    /// a pupil it must be apart from; capacities are relaxed only when nothing fits.
    func construct(_ clusters: [[Int]], _ rng: inout SuggestRandom) -> [Int] {
        let n = eval.n, k = problem.groupCount
        let girlCap = (eval.girls + k - 1) / k, boyCap = (eval.boys + k - 1) / k
        var classOf = Array(repeating: -1, count: n)
        var size = Array(repeating: 0, count: k), girls = size, boys = size
        var tie = Array(repeating: 0, count: n * k)
        let order = clusters.indices.sorted { clusters[$0].count > clusters[$1].count }
        for ci in order {
            let members = clusters[ci]
            let g = members.filter { eval.gender[$0] == 1 }.count, b = members.filter { eval.gender[$0] == 2 }.count
            var best = -1, bestKey = (Int.min, Int.min, Int.min)
            for c in 0..<k where size[c] + members.count <= problem.maxSize {
                let fits = girls[c] + g <= girlCap && boys[c] + b <= boyCap ? 1 : 0
                let clash = members.contains { i in (0..<n).contains { classOf[$0] == c && eval.conflict[i * n + $0] } }
                let key = ((clash ? 0 : 2) + fits, members.reduce(0) { $0 + tie[$1 * k + c] }, -size[c])
                if best < 0 || key > bestKey {
                    best = c
                    bestKey = key
                }
            }
            guard best >= 0 else { continue }
            for i in members {
                classOf[i] = best
                for j in 0..<n where eval.pairPoints[i * n + j] != 0 { tie[j * k + best] += Int(eval.pairPoints[i * n + j]) }
            }
            size[best] += members.count
            girls[best] += g
            boys[best] += b
        }
        // Anything left (no room for a whole cluster): hard unit by hard unit into the smallest class.
        for u in 0..<units.count where classOf[units.members[u][0]] < 0 {
            let c = (0..<k).min { size[$0] < size[$1] } ?? 0
            for i in units.members[u] { classOf[i] = c }
            size[c] += units.members[u].count
        }
        return classOf
    }

    /// Moves units out of classes above the maximum and into classes below the minimum, each time
    /// the move that costs least.
    func repairSizes(_ state: inout PlacementState) {
        let k = problem.groupCount
        for _ in 0..<(eval.n * 2) {
            guard let small = (0..<k).first(where: { state.size[$0] < problem.minSize })
                ?? (0..<k).first(where: { state.size[$0] > problem.maxSize })
            else { return }
            let tooSmall = state.size[small] < problem.minSize
            var best: (u: Int, to: Int, score: GroupScore)?
            for u in 0..<units.count {
                let a = state.classOf[units.members[u][0]]
                let targets = tooSmall ? (a == small || state.size[a] - units.members[u].count < problem.minSize ? [] : [small])
                    : (a == small ? (0..<k).filter { $0 != a && state.size[$0] + units.members[u].count <= problem.maxSize } : [])
                for c in targets {
                    moveUnit(&state, u, to: c)
                    if best.map({ state.score.isBetter(than: $0.score) }) ?? true { best = (u, c, state.score) }
                    moveUnit(&state, u, to: a)
                }
            }
            guard let best else { return }
            moveUnit(&state, best.u, to: best.to)
        }
    }

    /// One coarsening step: units are visited in random order and each unmatched unit merges with the
    /// unmatched unit it has most tie points with, if together they hold at most `maxPupils` pupils and
    /// no pair that must be apart.
    ///
    /// - Complexity: O(*n* · *d* + *u*) for *n* pupils of degree *d* and *u* units.
    func coarsen(_ level: GroupUnits, maxPupils: Int, _ rng: inout SuggestRandom) -> GroupUnits {
        let n = eval.n
        var order = Array(0..<level.count)
        order.shuffle(using: &rng)
        var mate = Array(repeating: -1, count: level.count)
        for u in order where mate[u] < 0 {
            var weight: [Int: Int] = [:]
            for i in level.members[u] {
                for j in 0..<n where eval.pairPoints[i * n + j] != 0 {
                    weight[level.unitOf[j], default: 0] += Int(eval.pairPoints[i * n + j])
                }
            }
            var best = -1, bestWeight = 0
            for (v, w) in weight.sorted(by: { $0.key < $1.key }) where v != u && mate[v] < 0 && w > bestWeight {
                guard level.members[u].count + level.members[v].count <= maxPupils,
                    !level.members[u].contains(where: { i in level.members[v].contains { eval.conflict[i * n + $0] } })
                else { continue }
                best = v
                bestWeight = w
            }
            if best >= 0 {
                mate[u] = best
                mate[best] = u
            }
        }
        var merged: [[Int]] = []
        for u in 0..<level.count where mate[u] < 0 || mate[u] > u {
            merged.append(level.members[u] + (mate[u] >= 0 ? level.members[mate[u]] : []))
        }
        return GroupUnits(members: merged, count: n)
    }
}
