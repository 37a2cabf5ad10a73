/// A directed graph over node indices `0..<nodeCount` in compressed sparse row form, with both
/// out- and in-neighbour lists. Simple: no self-loops, no parallel arcs.
///
/// The analysis builds one for each question and one for the union of the positive questions
/// (the "positive graph"); betweenness and PageRank run on it.
public struct Digraph: Sendable, Hashable {
    /// The number of nodes.
    public let nodeCount: Int
    /// `outNeighbours[outOffsets[v]..<outOffsets[v+1]]` are the heads of the arcs leaving `v`, ascending.
    let outOffsets: [Int]
    let outNeighbours: [Int32]
    /// `inNeighbours[inOffsets[v]..<inOffsets[v+1]]` are the tails of the arcs entering `v`, ascending.
    let inOffsets: [Int]
    let inNeighbours: [Int32]

    /// Builds the graph from arcs; self-loops, out-of-range endpoints and duplicates are dropped.
    ///
    /// - Complexity: O(*n* + *m*) (counting sort, then per-node sort of short lists).
    public init(nodeCount n: Int, arcs: [(from: Int, to: Int)]) {
        nodeCount = n
        var outDeg = Array(repeating: 0, count: n + 1)
        var inDeg = Array(repeating: 0, count: n + 1)
        for (a, b) in arcs where a != b && a >= 0 && b >= 0 && a < n && b < n {
            outDeg[a + 1] += 1
            inDeg[b + 1] += 1
        }
        for v in 0..<n {
            outDeg[v + 1] += outDeg[v]
            inDeg[v + 1] += inDeg[v]
        }
        var outAdj = [Int32](repeating: 0, count: outDeg[n])
        var inAdj = [Int32](repeating: 0, count: inDeg[n])
        var outFill = outDeg, inFill = inDeg
        for (a, b) in arcs where a != b && a >= 0 && b >= 0 && a < n && b < n {
            outAdj[outFill[a]] = Int32(b)
            outFill[a] += 1
            inAdj[inFill[b]] = Int32(a)
            inFill[b] += 1
        }
        (outOffsets, outNeighbours) = Digraph.sortAndDeduplicate(offsets: outDeg, adjacency: outAdj)
        (inOffsets, inNeighbours) = Digraph.sortAndDeduplicate(offsets: inDeg, adjacency: inAdj)
    }

    private static func sortAndDeduplicate(offsets: [Int], adjacency: [Int32]) -> ([Int], [Int32]) {
        let n = offsets.count - 1
        var newOffsets = Array(repeating: 0, count: n + 1)
        var result = [Int32]()
        result.reserveCapacity(adjacency.count)
        for v in 0..<n {
            let list = adjacency[offsets[v]..<offsets[v + 1]].sorted()
            var last: Int32 = -1
            for w in list where w != last {
                result.append(w)
                last = w
            }
            newOffsets[v + 1] = result.count
        }
        return (newOffsets, result)
    }

    /// The number of arcs.
    public var arcCount: Int { outNeighbours.count }

    /// The heads of the arcs leaving `v`, ascending.
    public func successors(of v: Int) -> ArraySlice<Int32> { outNeighbours[outOffsets[v]..<outOffsets[v + 1]] }

    /// The tails of the arcs entering `v`, ascending.
    public func predecessors(of v: Int) -> ArraySlice<Int32> { inNeighbours[inOffsets[v]..<inOffsets[v + 1]] }

    /// Out-degree of `v`.
    public func outDegree(_ v: Int) -> Int { outOffsets[v + 1] - outOffsets[v] }

    /// In-degree of `v`.
    public func inDegree(_ v: Int) -> Int { inOffsets[v + 1] - inOffsets[v] }

    /// Whether the arc `a → b` exists.
    ///
    /// - Complexity: O(log *d*) for out-degree *d* of `a`.
    public func hasArc(_ a: Int, _ b: Int) -> Bool {
        var lo = outOffsets[a], hi = outOffsets[a + 1]
        let target = Int32(b)
        while lo < hi {
            let mid = (lo + hi) >> 1
            if outNeighbours[mid] < target { lo = mid + 1 } else { hi = mid }
        }
        return lo < outOffsets[a + 1] && outNeighbours[lo] == target
    }

    /// For each node, the neighbours `w` with both `v → w` and `w → v`, ascending.
    ///
    /// - Complexity: O(*n* + *m*) (merge of the sorted out- and in-lists).
    public func reciprocatedNeighbours() -> [[Int]] {
        (0..<nodeCount).map { v in
            var result: [Int] = []
            var i = outOffsets[v], j = inOffsets[v]
            let iEnd = outOffsets[v + 1], jEnd = inOffsets[v + 1]
            while i < iEnd && j < jEnd {
                let a = outNeighbours[i], b = inNeighbours[j]
                if a == b {
                    result.append(Int(a))
                    i += 1
                    j += 1
                } else if a < b { i += 1 } else { j += 1 }
            }
            return result
        }
    }
}
