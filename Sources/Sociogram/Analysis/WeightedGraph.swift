/// An undirected graph with positive edge weights and optional self-loops, in compressed sparse row
/// form (each edge stored in both directions). Community detection and modularity use it.
public struct WeightedGraph: Sendable {
    public let nodeCount: Int
    let offsets: [Int]
    let neighbours: [Int32]
    let weights: [Double]
    /// Self-loop weight per node (arises when communities are aggregated into nodes).
    let selfLoops: [Double]
    /// Strength kᵥ = Σ w(v, u) over u ≠ v, plus twice the self-loop (networkx's convention).
    let strength: [Double]
    /// m = total edge weight, each edge counted once, self-loops included.
    let totalWeight: Double

    init(nodeCount: Int, offsets: [Int], neighbours: [Int32], weights: [Double], selfLoops: [Double]) {
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.neighbours = neighbours
        self.weights = weights
        self.selfLoops = selfLoops
        var k = [Double](repeating: 0, count: nodeCount)
        var twice = 0.0
        for v in 0..<nodeCount {
            var s = 2 * selfLoops[v]
            for e in offsets[v]..<offsets[v + 1] { s += weights[e] }
            k[v] = s
            twice += s
        }
        strength = k
        totalWeight = twice / 2
    }

    /// The undirected graph of a digraph where an edge {u, v} weighs the number of arcs between u and v:
    /// 1 for a one-way choice, 2 for a mutual one.
    ///
    /// - Complexity: O(*n* + *m*).
    public init(symmetrising g: Digraph) {
        let n = g.nodeCount
        var offsets = [Int](repeating: 0, count: n + 1)
        var adj: [Int32] = []
        var w: [Double] = []
        adj.reserveCapacity(2 * g.arcCount)
        w.reserveCapacity(2 * g.arcCount)
        for v in 0..<n {
            // merge the sorted out- and in-lists
            let out = g.successors(of: v), inc = g.predecessors(of: v)
            var i = out.startIndex, j = inc.startIndex
            while i < out.endIndex || j < inc.endIndex {
                if j == inc.endIndex || (i < out.endIndex && out[i] < inc[j]) {
                    adj.append(out[i])
                    w.append(1)
                    i += 1
                } else if i == out.endIndex || inc[j] < out[i] {
                    adj.append(inc[j])
                    w.append(1)
                    j += 1
                } else {
                    adj.append(out[i])
                    w.append(2)
                    i += 1
                    j += 1
                }
            }
            offsets[v + 1] = adj.count
        }
        self.init(
            nodeCount: n, offsets: offsets, neighbours: adj, weights: w,
            selfLoops: [Double](repeating: 0, count: n))
    }

    /// Newman–Girvan modularity Q = Σ_c [L_c / m − γ (K_c / 2m)²] of a partition (`membership[v]` =
    /// community of v, values in `0..<communityCount`); `nil` when the graph has no edges.
    ///
    /// Matches networkx's `community.modularity(G, communities, weight="weight", resolution=γ)`.
    ///
    /// - Complexity: O(*n* + *m*).
    public func modularity(membership: [Int], resolution: Double = 1) -> Double? {
        guard totalWeight > 0 else { return nil }
        let count = (membership.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: count)
        var total = [Double](repeating: 0, count: count)
        for v in 0..<nodeCount {
            let c = membership[v]
            total[c] += strength[v]
            inside[c] += selfLoops[v]
            for e in offsets[v]..<offsets[v + 1] where membership[Int(neighbours[e])] == c {
                inside[c] += weights[e] / 2
            }
        }
        let m = totalWeight
        var q = 0.0
        for c in 0..<count { q += inside[c] / m - resolution * (total[c] / (2 * m)) * (total[c] / (2 * m)) }
        return q
    }
}
