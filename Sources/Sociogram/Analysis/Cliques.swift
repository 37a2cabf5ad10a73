/// Maximal cliques of an undirected graph (the subgroups, "subgrupper", of the mutual-choice graph).
public enum Cliques {
    /// Every maximal clique with at least `minimumSize` members, by Bron–Kerbosch with Tomita pivoting
    /// inside a degeneracy ordering (Eppstein, Löffler & Strash 2010).
    ///
    /// - Parameters:
    ///   - adjacency: symmetric neighbour lists, each sorted ascending, without self-loops.
    ///   - minimumSize: smallest clique reported (3 for subgroups).
    /// - Returns: each clique ascending; cliques by size (largest first), then lexicographically.
    /// - Complexity: O(*d* *n* 3^(*d*/3)) for degeneracy *d* (worst case); near-linear on sparse
    ///   friendship graphs, whose degeneracy is small.
    public static func maximal(adjacency: [[Int]], minimumSize: Int = 3) -> [[Int]] {
        let n = adjacency.count
        let order = degeneracyOrder(adjacency)
        var position = [Int](repeating: 0, count: n)
        for (k, v) in order.enumerated() { position[v] = k }
        var found: [[Int]] = []
        for v in order {
            let later = adjacency[v].filter { position[$0] > position[v] }
            let earlier = adjacency[v].filter { position[$0] < position[v] }
            extend(r: [v], p: later, x: earlier, adjacency: adjacency, minimumSize: minimumSize, into: &found)
        }
        for k in found.indices { found[k].sort() }
        found.sort { a, b in a.count != b.count ? a.count > b.count : a.lexicographicallyPrecedes(b) }
        return found
    }

    private static func extend(
        r: [Int], p: [Int], x: [Int], adjacency: [[Int]], minimumSize: Int, into found: inout [[Int]]
    ) {
        if p.isEmpty {
            if x.isEmpty, r.count >= minimumSize { found.append(r) }
            return
        }
        if r.count + p.count < minimumSize { return }
        // pivot: the vertex of P ∪ X with most neighbours in P
        var pivot = p[0], best = -1
        for u in p + x {
            let c = intersectionCount(p, adjacency[u])
            if c > best {
                best = c
                pivot = u
            }
        }
        var p = p, x = x
        for v in p where !contains(adjacency[pivot], v) {
            let nv = adjacency[v]
            extend(
                r: r + [v], p: intersection(p, nv), x: intersection(x, nv), adjacency: adjacency,
                minimumSize: minimumSize, into: &found)
            if let k = p.firstIndex(of: v) { p.remove(at: k) }
            let insertAt = x.firstIndex { $0 > v } ?? x.count
            x.insert(v, at: insertAt)
        }
    }

    /// A degeneracy (smallest-last) order by bucket queue.
    ///
    /// - Complexity: O(*n* + *m*).
    static func degeneracyOrder(_ adjacency: [[Int]]) -> [Int] {
        let n = adjacency.count
        var degree = adjacency.map(\.count)
        let maxDegree = degree.max() ?? 0
        var buckets = [[Int]](repeating: [], count: maxDegree + 1)
        for v in 0..<n { buckets[degree[v]].append(v) }
        var removed = [Bool](repeating: false, count: n)
        var order: [Int] = []
        order.reserveCapacity(n)
        var d = 0
        while order.count < n {
            d = max(0, d - 1)
            while d <= maxDegree && buckets[d].isEmpty { d += 1 }
            guard d <= maxDegree, let v = buckets[d].popLast() else { break }
            if removed[v] || degree[v] != d { continue }  // stale entry
            removed[v] = true
            order.append(v)
            for w in adjacency[v] where !removed[w] {
                degree[w] -= 1
                buckets[degree[w]].append(w)
            }
        }
        return order
    }

    static func intersection(_ a: [Int], _ b: [Int]) -> [Int] {
        var result: [Int] = []
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                result.append(a[i])
                i += 1
                j += 1
            } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return result
    }

    static func intersectionCount(_ a: [Int], _ b: [Int]) -> Int {
        var count = 0, i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                count += 1
                i += 1
                j += 1
            } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return count
    }

    static func contains(_ sorted: [Int], _ v: Int) -> Bool {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if sorted[mid] < v { lo = mid + 1 } else { hi = mid }
        }
        return lo < sorted.count && sorted[lo] == v
    }
}
