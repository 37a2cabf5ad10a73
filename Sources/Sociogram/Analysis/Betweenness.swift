import Dispatch

extension Digraph {
    /// Betweenness centrality of every node (Brandes 2001, *J. Math. Sociol.* 25, 163–177), on the
    /// directed, unweighted graph, normalised like networkx's `betweenness_centrality(G,
    /// normalized=True)` for directed graphs: divided by (*n* − 1)(*n* − 2), so values lie in [0, 1].
    ///
    /// Sources are split into a fixed number of chunks (independent of the machine's core count) that run
    /// in parallel with `DispatchQueue.concurrentPerform`; chunk results are added in chunk order, so the
    /// numbers are identical on every machine.
    ///
    /// - Complexity: O(*n m*) time for *n* nodes and *m* arcs, spread over the available cores;
    ///   O(*n* + *m*) memory per running chunk.
    public func betweenness() -> [Double] {
        let n = nodeCount
        guard n > 2 else { return Array(repeating: 0, count: n) }
        let chunkCount = Swift.min(n, 64)
        let partials = UnsafeMutableBufferPointer<[Double]>.allocate(capacity: chunkCount)
        partials.initialize(repeating: [])
        defer { partials.deinitialize().deallocate() }
        let slots = ChunkSlots(buffer: partials)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let start = chunk * n / chunkCount, end = (chunk + 1) * n / chunkCount
            slots.store(brandes(sources: start..<end), at: chunk)
        }
        var total = Array(repeating: 0.0, count: n)
        for c in 0..<chunkCount {
            let part = partials[c]
            for v in 0..<n { total[v] += part[v] }
        }
        let scale = 1 / (Double(n - 1) * Double(n - 2))
        return total.map { $0 * scale }
    }

    /// Unnormalised dependency sums from the given sources (Brandes' accumulation).
    private func brandes(sources: Range<Int>) -> [Double] {
        let n = nodeCount
        var cb = [Double](repeating: 0, count: n)
        var sigma = [Double](repeating: 0, count: n)
        var dist = [Int32](repeating: -1, count: n)
        var delta = [Double](repeating: 0, count: n)
        var order = [Int32](repeating: 0, count: n)  // BFS order (stack when read backwards)
        outOffsets.withUnsafeBufferPointer { off in
            outNeighbours.withUnsafeBufferPointer { adj in
                for s in sources {
                    var head = 0, tail = 0
                    order[tail] = Int32(s)
                    tail += 1
                    sigma[s] = 1
                    dist[s] = 0
                    while head < tail {
                        let v = Int(order[head])
                        head += 1
                        let dv = dist[v] + 1
                        let sv = sigma[v]
                        for e in off[v]..<off[v + 1] {
                            let w = Int(adj[e])
                            if dist[w] < 0 {
                                dist[w] = dv
                                order[tail] = Int32(w)
                                tail += 1
                            }
                            if dist[w] == dv { sigma[w] += sv }
                        }
                    }
                    // Accumulate in reverse BFS order; predecessors are recognised by distance.
                    var k = tail - 1
                    while k > 0 {
                        let w = Int(order[k])
                        let coefficient = (1 + delta[w]) / sigma[w]
                        let dw = dist[w] - 1
                        // predecessors of w: in-neighbours at distance d(w) − 1
                        for e in inOffsets[w]..<inOffsets[w + 1] {
                            let v = Int(inNeighbours[e])
                            if dist[v] == dw { delta[v] += sigma[v] * coefficient }
                        }
                        cb[w] += delta[w]
                        k -= 1
                    }
                    for k in 0..<tail {
                        let v = Int(order[k])
                        sigma[v] = 0
                        dist[v] = -1
                        delta[v] = 0
                    }
                }
            }
        }
        return cb
    }
}

/// Per-chunk result slots written by parallel workers; each worker writes only its own slot, and the
/// slots are read only after `concurrentPerform` has returned.
private struct ChunkSlots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<[Double]>
    func store(_ value: [Double], at index: Int) { buffer[index] = value }
}
