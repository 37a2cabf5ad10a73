/// Dyad census: every unordered pair of pupils is mutual, asymmetric or null.
public struct DyadCensus: Sendable, Hashable, Codable {
    public let mutual: Int
    public let asymmetric: Int
    public let null: Int
}

/// Network numbers of one question (or of the union of the positive questions).
public struct TieMeasures: Sendable, Hashable {
    /// Arcs (nominations).
    public let arcs: Int
    /// arcs / (respondents · (n − 1)): the share of the possible choices the respondents made. Equals
    /// networkx's `density(G)` when everyone answered. `nil` without respondents or with fewer than 2 pupils.
    public let density: Double?
    /// Arc reciprocity: the share of arcs whose reverse arc also exists (networkx `reciprocity(G)`).
    /// `nil` without arcs.
    public let reciprocity: Double?
    /// Arc reciprocity among arcs between two respondents only (an arc to a non-respondent cannot be
    /// returned). `nil` without such arcs.
    public let respondentReciprocity: Double?
    public let dyadCensus: DyadCensus
    /// Freeman's in-degree centralisation Σ (max − kᵢ) / (n − 1)², as igraph's
    /// `centralization_degree(mode="in", loops=False, normalized=True)`. `nil` for fewer than 2 pupils.
    public let inDegreeCentralisation: Double?
}

extension Digraph {
    /// Density, reciprocity, dyad census and in-degree centralisation of this graph.
    ///
    /// - Parameter responded: whether each node answered the survey.
    /// - Complexity: O(*n* + *m* log *d*).
    public func tieMeasures(responded: [Bool]) -> TieMeasures {
        let n = nodeCount
        let m = arcCount
        var reciprocated = 0, respondentArcs = 0, respondentReciprocated = 0
        for v in 0..<n {
            for w in successors(of: v) {
                let back = hasArc(Int(w), v)
                if back { reciprocated += 1 }
                if responded[v] && responded[Int(w)] {
                    respondentArcs += 1
                    if back { respondentReciprocated += 1 }
                }
            }
        }
        let mutualPairs = reciprocated / 2
        let asymmetric = m - reciprocated
        let pairs = n * (n - 1) / 2
        let respondents = responded.filter { $0 }.count
        let density: Double? =
            respondents > 0 && n >= 2 ? Double(m) / (Double(respondents) * Double(n - 1)) : nil
        var centralisation: Double? = nil
        if n >= 2 {
            let degrees = (0..<n).map { inDegree($0) }
            let top = degrees.max() ?? 0
            let sum = degrees.reduce(0) { $0 + (top - $1) }
            centralisation = Double(sum) / (Double(n - 1) * Double(n - 1))
        }
        return TieMeasures(
            arcs: m, density: density, reciprocity: m > 0 ? Double(reciprocated) / Double(m) : nil,
            respondentReciprocity: respondentArcs > 0
                ? Double(respondentReciprocated) / Double(respondentArcs) : nil,
            dyadCensus: DyadCensus(mutual: mutualPairs, asymmetric: asymmetric, null: pairs - mutualPairs - asymmetric),
            inDegreeCentralisation: centralisation)
    }
}

/// How positive ties fall within and between groups (genders, or classes in a grade).
public struct GroupSplit: Sendable, Hashable {
    /// Positive arcs whose two ends both have a known group.
    public let arcs: Int
    /// Arcs within a group.
    public let within: Int
    /// Arcs between groups.
    public let between: Int
    /// Krackhardt & Stern's E–I index (E − I) / (E + I): −1 all ties within groups, +1 all between.
    /// `nil` without arcs.
    public let eiIndex: Double?
    /// within / arcs; `nil` without arcs.
    public let withinShare: Double?
    /// Arc counts by (chooser's group → chosen's group), e.g. `girl→boy`.
    public let byPair: [String: Int]

    /// Counts the arcs of `graph` by the groups of their ends (`nil` = unknown, left out).
    ///
    /// - Complexity: O(*n* + *m*).
    public init(graph: Digraph, group: [String?]) {
        // number the groups first so that the arc loop only touches integers
        var index: [String: Int] = [:]
        var names: [String] = []
        let label = group.map { g -> Int in
            guard let g else { return -1 }
            if let k = index[g] { return k }
            index[g] = names.count
            names.append(g)
            return names.count - 1
        }
        var counts: [Int: Int] = [:]
        var within = 0, between = 0
        for v in 0..<graph.nodeCount where label[v] >= 0 {
            let a = label[v]
            for w in graph.successors(of: v) {
                let b = label[Int(w)]
                guard b >= 0 else { continue }
                if a == b { within += 1 } else { between += 1 }
                counts[a * names.count + b, default: 0] += 1
            }
        }
        let total = within + between
        arcs = total
        self.within = within
        self.between = between
        eiIndex = total > 0 ? Double(between - within) / Double(total) : nil
        withinShare = total > 0 ? Double(within) / Double(total) : nil
        var pairs: [String: Int] = [:]
        for (key, count) in counts { pairs["\(names[key / names.count])→\(names[key % names.count])"] = count }
        byPair = pairs
    }
}
