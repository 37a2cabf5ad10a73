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

    /// Unnormalised dependency sums from the given sources (Brandes' accumulation, in the successor form:
    /// δ(v) = Σ over successors w on a shortest path of σ(v)/σ(w) · (1 + δ(w)), so only out-lists are read).
    private func brandes(sources: Range<Int>) -> [Double] {
        let n = nodeCount
        var cb = [Double](repeating: 0, count: n)
        let sigma = UnsafeMutablePointer<Double>.allocate(capacity: n)
        let delta = UnsafeMutablePointer<Double>.allocate(capacity: n)
        let dist = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        let order = UnsafeMutablePointer<Int32>.allocate(capacity: n)  // BFS order
        sigma.initialize(repeating: 0, count: n)
        delta.initialize(repeating: 0, count: n)
        dist.initialize(repeating: -1, count: n)
        order.initialize(repeating: 0, count: n)
        defer {
            sigma.deallocate()
            delta.deallocate()
            dist.deallocate()
            order.deallocate()
        }
        outOffsets.withUnsafeBufferPointer { off in
            outNeighbours.withUnsafeBufferPointer { adj in
                cb.withUnsafeMutableBufferPointer { cb in
                    for s in sources {
                        var head = 0, tail = 1
                        order[0] = Int32(s)
                        sigma[s] = 1
                        dist[s] = 0
                        while head < tail {
                            let v = Int(order[head])
                            head += 1
                            let dv = dist[v] &+ 1
                            let sv = sigma[v]
                            for e in off[v]..<off[v &+ 1] {
                                let w = Int(adj[e])
                                let dw = dist[w]
                                if dw < 0 {
                                    dist[w] = dv
                                    order[tail] = Int32(truncatingIfNeeded: w)
                                    tail += 1
                                    sigma[w] = sv
                                } else if dw == dv {
                                    sigma[w] += sv
                                }
                            }
                        }
                        var k = tail - 1
                        while k >= 0 {
                            let v = Int(order[k])
                            let next = dist[v] &+ 1
                            var sum = 0.0
                            for e in off[v]..<off[v &+ 1] {
                                let w = Int(adj[e])
                                if dist[w] == next { sum += (1 + delta[w]) / sigma[w] }
                            }
                            let dv = sigma[v] * sum
                            delta[v] = dv
                            if v != s { cb[v] += dv }
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
