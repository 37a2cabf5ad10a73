extension Digraph {
    /// PageRank of every node (Brin & Page 1998) with damping `alpha`, uniform teleportation, and the
    /// rank of dangling nodes (no out-arcs) spread uniformly over all nodes — the same model as networkx's
    /// `pagerank(G, alpha=0.85)` with default arguments. Power iteration until the L1 change is below
    /// `tolerance` · *n*; the values sum to 1.
    ///
    /// - Complexity: O(*k* (*n* + *m*)) for *k* iterations (typically 50–150 for `tolerance` = 1e-12).
    public func pageRank(alpha: Double = 0.85, tolerance: Double = 1e-12, maxIterations: Int = 1000) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        let uniform = 1 / Double(n)
        var rank = [Double](repeating: uniform, count: n)
        var next = [Double](repeating: 0, count: n)
        var outDegreeInverse = [Double](repeating: 0, count: n)
        var dangling: [Int] = []
        for v in 0..<n {
            let d = outDegree(v)
            if d == 0 { dangling.append(v) } else { outDegreeInverse[v] = 1 / Double(d) }
        }
        for _ in 0..<maxIterations {
            var danglingSum = 0.0
            for v in dangling { danglingSum += rank[v] }
            let teleport = (1 - alpha) * uniform + alpha * danglingSum * uniform
            // pull formulation: next[w] = teleport + alpha * Σ_{v→w} rank[v] / outdeg(v)
            inOffsets.withUnsafeBufferPointer { off in
                inNeighbours.withUnsafeBufferPointer { adj in
                    for w in 0..<n {
                        var s = 0.0
                        for e in off[w]..<off[w + 1] {
                            let v = Int(adj[e])
                            s += rank[v] * outDegreeInverse[v]
                        }
                        next[w] = teleport + alpha * s
                    }
                }
            }
            var change = 0.0
            for v in 0..<n { change += abs(next[v] - rank[v]) }
            swap(&rank, &next)
            if change < tolerance * Double(n) { break }
        }
        let total = rank.reduce(0, +)
        return total > 0 ? rank.map { $0 / total } : rank
    }
}
