/// Pupils contracted into units: each keep-together chain becomes one unit that the search moves as
/// a whole, so keep-together requests can never be broken.
struct GroupUnits: Sendable {
    /// The pupils of each unit, ascending.
    let members: [[Int]]
    /// `unitOf[pupil]`.
    let unitOf: [Int]

    /// Builds units from the problem's together pairs (union–find).
    ///
    /// - Throws: ``SuggestError`` when a pair is asked to be both together and apart, or a chain of
    ///   together pairs is larger than the largest group.
    /// - Complexity: O(*n* α(*n*) + *t*) for *t* pairs.
    init(_ p: GroupingProblem, describe: (Int) -> String) throws(SuggestError) {
        var parent = Array(0..<p.count)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        for pair in p.togetherPairs {
            let ra = find(pair.a), rb = find(pair.b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        var index = Array(repeating: -1, count: p.count)
        var units: [[Int]] = []
        var unitOf = Array(repeating: 0, count: p.count)
        for i in 0..<p.count {
            let r = find(i)
            if index[r] < 0 {
                index[r] = units.count
                units.append([])
            }
            units[index[r]].append(i)
            unitOf[i] = index[r]
        }
        for pair in p.apartPairs where unitOf[pair.a] == unitOf[pair.b] {
            throw SuggestError(.togetherAndApart(describe(pair.a), describe(pair.b)))
        }
        for unit in units where unit.count > p.maxSize {
            throw SuggestError(.togetherTooLarge(unit.map(describe), maxSize: p.maxSize))
        }
        members = units
        self.unitOf = unitOf
    }

    var count: Int { members.count }

    /// Units made of the given pupil lists (a partition of `0..<count`), e.g. clusters of a coarser level.
    init(members: [[Int]], count: Int) {
        var unitOf = Array(repeating: 0, count: count)
        for (u, list) in members.enumerated() { for i in list { unitOf[i] = u } }
        self.members = members
        self.unitOf = unitOf
    }
}
