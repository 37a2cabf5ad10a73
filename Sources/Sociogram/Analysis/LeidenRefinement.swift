import Foundation

extension WeightedGraph {
    /// Leiden's refinement: inside every community of `partition`, start from singletons and merge each
    /// still-singleton, well-connected node into a well-connected sub-community of the same community,
    /// chosen at random with probability ∝ exp(gain / θ) among non-negative gains (θ = 0.01).
    /// Returns the refined partition, labels compacted to 0..<k.
    ///
    /// - Complexity: O(*n* + *m*).
    func refine(_ partition: [Int], resolution: Double, twoM: Double, rng: inout SplitMix64) -> [Int] {
        let n = nodeCount
        let theta = 0.01
        let communityCount = (partition.max() ?? -1) + 1
        var membersOf = [[Int]](repeating: [], count: communityCount)
        for v in 0..<n { membersOf[partition[v]].append(v) }
        var communityTotal = [Double](repeating: 0, count: communityCount)
        for v in 0..<n { communityTotal[partition[v]] += strength[v] }
        var refined = Array(0..<n)
        var refinedTotal = strength
        var refinedSize = [Int](repeating: 1, count: n)
        // external[r] = weight from refined community r to the rest of its community
        var external = [Double](repeating: 0, count: n)
        for v in 0..<n {
            for e in offsets[v]..<offsets[v + 1] where partition[Int(neighbours[e])] == partition[v] {
                external[v] += weights[e]
            }
        }
        let ownInternal = external  // w(v, C − v) for singletons
        var toRefined = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        var candidates: [(community: Int, gain: Double)] = []
        for c in 0..<communityCount {
            var nodes = membersOf[c]
            if nodes.count < 2 { continue }
            rng.shuffle(&nodes)
            let kC = communityTotal[c]
            for v in nodes {
                guard refinedSize[refined[v]] == 1 else { continue }
                let kv = strength[v]
                // v must be well connected to its community
                guard ownInternal[v] >= resolution * kv * (kC - kv) / twoM else { continue }
                for e in offsets[v]..<offsets[v + 1] {
                    let w = Int(neighbours[e])
                    guard partition[w] == c else { continue }
                    let r = refined[w]
                    if toRefined[r] == 0 { touched.append(r) }
                    toRefined[r] += weights[e]
                }
                candidates.removeAll(keepingCapacity: true)
                let own = refined[v]
                for r in touched where r != own {
                    let kR = refinedTotal[r]
                    guard external[r] >= resolution * kR * (kC - kR) / twoM else { continue }
                    let gain = toRefined[r] - resolution * kv * kR / twoM
                    if gain >= 0 { candidates.append((r, gain)) }
                }
                if !candidates.isEmpty {
                    let top = candidates.map(\.gain).max() ?? 0
                    let scores = candidates.map { exp(($0.gain - top) / theta) }
                    let sum = scores.reduce(0, +)
                    var pick = rng.nextUnit() * sum
                    var chosen = candidates[candidates.count - 1].community
                    for (k, s) in scores.enumerated() {
                        if pick < s {
                            chosen = candidates[k].community
                            break
                        }
                        pick -= s
                    }
                    // merge v into chosen
                    external[chosen] += ownInternal[v] - 2 * toRefined[chosen]
                    refinedTotal[chosen] += kv
                    refinedSize[chosen] += 1
                    refinedSize[own] -= 1
                    refinedTotal[own] = 0
                    refined[v] = chosen
                }
                for r in touched { toRefined[r] = 0 }
                touched.removeAll(keepingCapacity: true)
            }
        }
        return Self.compact(refined)
    }

    /// The graph whose nodes are the groups of `labels` (0..<count): edge weights summed, internal
    /// weight kept as self-loops, so modularity is unchanged by aggregation.
    ///
    /// - Complexity: O(*n* + *m*).
    func aggregate(_ labels: [Int], count: Int) -> WeightedGraph {
        var membersOf = [[Int]](repeating: [], count: count)
        for v in 0..<nodeCount { membersOf[labels[v]].append(v) }
        var offsets = [Int](repeating: 0, count: count + 1)
        var adj: [Int32] = []
        var w: [Double] = []
        var loops = [Double](repeating: 0, count: count)
        var acc = [Double](repeating: 0, count: count)
        var touched: [Int] = []
        for r in 0..<count {
            for v in membersOf[r] {
                loops[r] += selfLoops[v]
                for e in offsets_(v) {
                    let s = labels[Int(neighbours[e])]
                    if s == r {
                        loops[r] += weights[e] / 2
                    } else {
                        if acc[s] == 0 { touched.append(s) }
                        acc[s] += weights[e]
                    }
                }
            }
            touched.sort()
            for s in touched {
                adj.append(Int32(s))
                w.append(acc[s])
                acc[s] = 0
            }
            touched.removeAll(keepingCapacity: true)
            offsets[r + 1] = adj.count
        }
        return WeightedGraph(nodeCount: count, offsets: offsets, neighbours: adj, weights: w, selfLoops: loops)
    }

    private func offsets_(_ v: Int) -> Range<Int> { offsets[v]..<offsets[v + 1] }
}
