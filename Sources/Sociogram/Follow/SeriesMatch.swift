/// Which pupil of each survey is which person over the whole series.
///
/// Each survey is matched to the one before it exactly as `sociogram compare` matches two surveys
/// (``WaveMatch``: roster ids, else names with the importer's ladder). A pupil that match leaves over is
/// then matched, the same way, against the people missing from the survey before but seen earlier (a
/// pupil absent from one survey file, e.g. ill and named by nobody, is the same person when they come
/// back). Everyone else is a new person. Nobody is guessed: ambiguous names are reported and counted as new.
struct SeriesMatch: Sendable {
    /// A pair matched below the exact rung, or across a gap (check these).
    struct Link: Sendable, Hashable {
        let person: Int
        /// The survey the person was last seen in, and the survey they were matched in.
        let fromWave: Int
        let toWave: Int
        let fromIndex: Int
        let toIndex: Int
        let method: WaveMatch.Method
    }

    /// `persons[p][k]`: the index of person `p` in survey `k`, `nil` where the person was not in it.
    let persons: [[Int?]]
    /// `personOf[k][i]`: the person of pupil `i` of survey `k`.
    let personOf: [[Int]]
    /// Loose and gap matches, in order of survey.
    let links: [Link]
    /// `(survey, pupil)` whose name fitted several earlier pupils equally well (counted as new).
    let ambiguous: [(wave: Int, index: Int)]

    /// - Parameter steps: `steps[k]` matches survey `k` to survey `k + 1`.
    /// - Complexity: O(*w* · *n*) plus the gap matches' name matching (see ``WaveMatch``).
    init(_ waves: [ClassNetwork], steps: [WaveMatch], byID: Bool) {
        var persons: [[Int?]] = []
        var personOf: [[Int]] = waves.map { Array(repeating: -1, count: $0.count) }
        var links: [Link] = []
        var ambiguous: [(wave: Int, index: Int)] = []
        func newPerson(_ k: Int, _ i: Int) {
            personOf[k][i] = persons.count
            var row = [Int?](repeating: nil, count: waves.count)
            row[k] = i
            persons.append(row)
        }
        for i in waves.first?.pupils.indices ?? 0..<0 { newPerson(0, i) }
        for k in waves.indices.dropFirst() {
            let step = steps[k - 1]
            for j in waves[k].pupils.indices {
                guard let i = step.beforeOf[j] else { continue }
                let p = personOf[k - 1][i]
                personOf[k][j] = p
                persons[p][k] = j
                if let pair = step.pairs.first(where: { $0.after == j }), pair.method > .exact {
                    links.append(Link(person: p, fromWave: k - 1, toWave: k, fromIndex: i, toIndex: j, method: pair.method))
                }
            }
            let rest = waves[k].pupils.indices.filter { personOf[k][$0] < 0 }
            let absent = persons.indices.filter { persons[$0][k - 1] == nil }
            var gapAmbiguous = Set<Int>()
            if !rest.isEmpty && !absent.isEmpty {
                // The latest record of each absent person, as a network of its own.
                let seen = absent.map { p in (0..<k).last { persons[p][$0] != nil } ?? 0 }
                let records = zip(absent, seen).map { p, w in waves[w].pupils[persons[p][w] ?? 0] }
                let earlier = ClassNetwork(name: "", pupils: records, questions: [], nominations: [])
                let now = waves[k].subnetwork(name: waves[k].name, pupils: rest)
                let gap = WaveMatch(before: earlier, after: now, byID: byID)
                for pair in gap.pairs {
                    let p = absent[pair.before], j = rest[pair.after], w = seen[pair.before]
                    personOf[k][j] = p
                    persons[p][k] = j
                    links.append(Link(person: p, fromWave: w, toWave: k, fromIndex: persons[p][w] ?? 0, toIndex: j, method: pair.method))
                }
                gapAmbiguous = Set(gap.ambiguous.map { rest[$0] })
            }
            let stepAmbiguous = Set(step.ambiguous)
            for j in rest where personOf[k][j] < 0 {
                if stepAmbiguous.contains(j) || gapAmbiguous.contains(j) { ambiguous.append((k, j)) }
                newPerson(k, j)
            }
        }
        self.persons = persons
        self.personOf = personOf
        self.links = links
        self.ambiguous = ambiguous
    }

    /// The latest survey person `p` was in.
    func lastWave(of p: Int) -> Int { persons[p].lastIndex { $0 != nil } ?? 0 }
}
