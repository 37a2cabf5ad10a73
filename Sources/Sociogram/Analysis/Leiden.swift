/// Communities found by the Leiden algorithm.
public struct Communities: Sendable, Hashable {
    /// `membership[v]` = community of node v; communities are numbered 0, 1, … by size (largest
    /// first), ties by their smallest member.
    public let membership: [Int]
    /// The members of each community, ascending.
    public let members: [[Int]]
    /// Modularity Q of the partition; `nil` when the graph has no edges.
    public let modularity: Double?
    /// The seed that produced the partition.
    public let seed: UInt64
}

extension WeightedGraph {
    /// Communities maximising modularity by the Leiden algorithm (Traag, Waltman & van Eck 2019,
    /// *Scientific Reports* 9, 5233): fast local moving, refinement of every community into
    /// well-connected sub-communities (randomness θ = 0.01), aggregation on the refined partition, repeated
    /// until nothing moves; the whole algorithm is iterated from its own result until modularity stops
    /// improving. Deterministic for a fixed `seed` (``SplitMix64``).
    ///
    /// - Complexity: O(*m*) per pass of local moving over *m* edges; in practice a few passes per level and
    ///   O(log *n*) levels, so near-linear in *m*. Memory O(*n* + *m*).
    public func leiden(seed: UInt64, resolution: Double = 1, maxIterations: Int = 20) -> Communities {
        var rng = SplitMix64(seed: seed)
        var membership = Array(0..<nodeCount)
        var bestQ = modularity(membership: membership, resolution: resolution) ?? 0
        if totalWeight > 0 {
            for _ in 0..<maxIterations {
                let candidate = leidenPass(start: membership, resolution: resolution, rng: &rng)
                let q = modularity(membership: candidate, resolution: resolution) ?? 0
                if q > bestQ + 1e-12 {
                    bestQ = q
                    membership = candidate
                } else {
                    break
                }
            }
        }
        return Self.canonical(membership: membership, graph: self, seed: seed)
    }

    /// Renumbers communities by size and smallest member.
    static func canonical(membership raw: [Int], graph: WeightedGraph, seed: UInt64) -> Communities {
        var groups: [Int: [Int]] = [:]
        for (v, c) in raw.enumerated() { groups[c, default: []].append(v) }
        let sorted = groups.values.sorted { a, b in a.count != b.count ? a.count > b.count : a[0] < b[0] }
        var membership = [Int](repeating: 0, count: raw.count)
        for (k, group) in sorted.enumerated() { for v in group { membership[v] = k } }
        return Communities(
            membership: membership, members: sorted, modularity: graph.modularity(membership: membership),
            seed: seed)
    }

    /// One run of Leiden from `start` (a partition of this graph's nodes).
    private func leidenPass(start: [Int], resolution: Double, rng: inout SplitMix64) -> [Int] {
        var graph = self
        var partition = Self.compact(start)
        // original node -> node of the current aggregate graph
        var level = Array(0..<nodeCount)
        while true {
            partition = graph.moveNodesFast(partition, resolution: resolution, twoM: 2 * totalWeight, rng: &rng)
            let communityCount = (partition.max() ?? -1) + 1
            if communityCount == graph.nodeCount { break }
            let refined = graph.refine(partition, resolution: resolution, twoM: 2 * totalWeight, rng: &rng)
            let refinedCount = (refined.max() ?? -1) + 1
            if refinedCount == graph.nodeCount && communityCount == graph.nodeCount { break }
            // aggregate on the refined partition; the aggregate's start partition is the unrefined one
            var aggregateStart = [Int](repeating: 0, count: refinedCount)
            for v in 0..<graph.nodeCount { aggregateStart[refined[v]] = partition[v] }
            let aggregate = graph.aggregate(refined, count: refinedCount)
            for v in 0..<nodeCount { level[v] = refined[level[v]] }
            if refinedCount == graph.nodeCount {
                // refinement could not merge anything: no smaller graph to work on
                partition = aggregateStart
                break
            }
            graph = aggregate
            partition = aggregateStart
        }
        return Self.compact((0..<nodeCount).map { partition[level[$0]] })
    }

    /// Renumbers labels to 0..<k in order of first appearance.
    static func compact(_ labels: [Int]) -> [Int] {
        var map: [Int: Int] = [:]
        return labels.map { c in
            if let k = map[c] { return k }
            let k = map.count
            map[c] = k
            return k
        }
    }

    /// Leiden's fast local moving: visit nodes from a queue (random initial order); move each to the
    /// neighbouring community (or an empty one) with the largest modularity gain; re-queue neighbours
    /// outside the new community.
    ///
    /// - Complexity: O(*m*) per sweep.
    func moveNodesFast(_ start: [Int], resolution: Double, twoM: Double, rng: inout SplitMix64) -> [Int] {
        let n = nodeCount
        var community = start
        var total = [Double](repeating: 0, count: n)
        var size = [Int](repeating: 0, count: n)
        for v in 0..<n {
            total[community[v]] += strength[v]
            size[community[v]] += 1
        }
        var empty = (0..<n).filter { size[$0] == 0 }
        var queue = Array(0..<n)
        rng.shuffle(&queue)
        var inQueue = [Bool](repeating: true, count: n)
        var head = 0, count = n
        var toCommunity = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        while count > 0 {
            let v = queue[head]
            head = (head + 1) % n
            count -= 1
            inQueue[v] = false
            let old = community[v]
            let kv = strength[v]
            for e in offsets[v]..<offsets[v + 1] {
                let c = community[Int(neighbours[e])]
                if toCommunity[c] == 0 { touched.append(c) }
                toCommunity[c] += weights[e]
            }
            total[old] -= kv
            size[old] -= 1
            let factor = resolution * kv / twoM
            var best = old
            var bestGain = toCommunity[old] - factor * total[old]
            for c in touched where c != old {
                let gain = toCommunity[c] - factor * total[c]
                if gain > bestGain + 1e-12 {
                    bestGain = gain
                    best = c
                }
            }
            if bestGain < -1e-12 {
                // an empty community (gain 0) is better
                if size[old] == 0 { best = old } else if let e = empty.popLast() { best = e }
            }
            if size[old] == 0 && best != old { empty.append(old) }
            community[v] = best
            total[best] += kv
            size[best] += 1
            for c in touched { toCommunity[c] = 0 }
            touched.removeAll(keepingCapacity: true)
            if best != old {
                for e in offsets[v]..<offsets[v + 1] {
                    let w = Int(neighbours[e])
                    if !inQueue[w] && community[w] != best {
                        inQueue[w] = true
                        queue[(head + count) % n] = w
                        count += 1
                    }
                }
            }
        }
        return Self.compact(community)
    }
}
