/// Which pupil of the first wave is which pupil of the second.
///
/// With a roster (the same roster for both waves) pupils are matched by their roster id. Otherwise by
/// name, with the importer's ladder (``NameMatcher``): exact, then ignoring case/spaces/accents, then a
/// unique first name, then a unique close spelling — within the same class when both waves say which
/// class a pupil is in. Matching is one-to-one: better rungs are settled first, and two pupils who would
/// take the same partner on the same rung are both left unmatched and reported, never guessed.
public struct WaveMatch: Sendable, Hashable {
    /// How a pair was matched.
    public enum Method: String, Sendable, Hashable, Codable, Comparable {
        case id, exact, normalised, firstName, closeSpelling

        var order: Int {
            switch self {
            case .id: 0
            case .exact: 1
            case .normalised: 2
            case .firstName: 3
            case .closeSpelling: 4
            }
        }

        public static func < (a: Method, b: Method) -> Bool { a.order < b.order }
    }

    /// A pupil present in both waves (indices into each wave's network).
    public struct Pair: Sendable, Hashable {
        public let before: Int
        public let after: Int
        public let method: Method
    }

    public let pairs: [Pair]
    /// First-wave pupils not in the second wave (they left, or their name could not be matched).
    public let left: [Int]
    /// Second-wave pupils not in the first wave.
    public let joined: [Int]
    /// Second-wave names that fitted several first-wave pupils equally well (reported, not matched).
    public let ambiguous: [Int]

    /// `afterOf[i]`: the second-wave index of first-wave pupil `i`, if matched.
    public let afterOf: [Int?]
    /// `beforeOf[j]`: the first-wave index of second-wave pupil `j`, if matched.
    public let beforeOf: [Int?]

    /// Matches the pupils of two waves.
    ///
    /// - Parameter byID: match by ``Pupil/id`` (both waves read with the same roster) instead of by name.
    /// - Complexity: O(*n*) for ids and the first rungs; the close-spelling rung is O(*n*² · *L*²) in the
    ///   worst case (names of length *L*), only for names no better rung matched.
    public init(before: ClassNetwork, after: ClassNetwork, byID: Bool) {
        var afterOf = [Int?](repeating: nil, count: before.count)
        var beforeOf = [Int?](repeating: nil, count: after.count)
        var pairs: [Pair] = []
        var ambiguous: [Int] = []
        func link(_ i: Int, _ j: Int, _ m: Method) {
            afterOf[i] = j
            beforeOf[j] = i
            pairs.append(Pair(before: i, after: j, method: m))
        }
        if byID {
            for (j, p) in after.pupils.enumerated() {
                if let i = before.index(ofID: p.id), afterOf[i] == nil { link(i, j, .id) }
            }
        } else {
            // Classes matter only when both waves hold several classes with names in common (a grade);
            // one class per wave may well carry two different names (the file names).
            let shared = Set(before.classNames).intersection(after.classNames)
            let scoped = !shared.isEmpty && (before.classNames.count > 1 || after.classNames.count > 1)
            let classKey = { (p: Pupil) in scoped ? Self.classKey(p) : "" }
            // Rung 1: exact name in the same class (unique on both sides).
            var exact: [String: [Int]] = [:]
            for (i, p) in before.pupils.enumerated() { exact[classKey(p) + "\u{1}" + p.name, default: []].append(i) }
            var exactAfter: [String: Int] = [:]
            for p in after.pupils { exactAfter[classKey(p) + "\u{1}" + p.name, default: 0] += 1 }
            for (j, p) in after.pupils.enumerated() {
                let k = classKey(p) + "\u{1}" + p.name
                if let hits = exact[k], hits.count == 1, exactAfter[k] == 1 { link(hits[0], j, .exact) }
            }
            // Rungs 2–4 over the pupils still unmatched, with the importer's matcher.
            let rest = before.pupils.indices.filter { afterOf[$0] == nil }
            var scopes: [String: [Int]] = [:]
            for i in rest { scopes[classKey(before.pupils[i]), default: []].append(i) }
            let wholeMatcher = NameMatcher(rest.map { .init(name: before.pupils[$0].name) })
            var matchers: [String: NameMatcher] = [:]
            for (k, members) in scopes { matchers[k] = NameMatcher(members.map { .init(name: before.pupils[$0].name) }) }
            var proposals: [(after: Int, before: Int, method: Method)] = []
            for j in after.pupils.indices where beforeOf[j] == nil {
                let ck = classKey(after.pupils[j])
                let (matcher, members) = matchers[ck].map { ($0, scopes[ck] ?? []) } ?? (wholeMatcher, rest)
                switch matcher.match(after.pupils[j].name) {
                case .matched(let k, let how): proposals.append((j, members[k], Self.method(how)))
                case .ambiguous: ambiguous.append(j)
                case .unmatched: break
                }
            }
            proposals.sort { ($0.method, $0.after) < ($1.method, $1.after) }
            for p in proposals where afterOf[p.before] == nil && beforeOf[p.after] == nil {
                let rivals = proposals.filter { $0.before == p.before && $0.method == p.method }.count
                if rivals == 1 { link(p.before, p.after, p.method) } else { ambiguous.append(p.after) }
            }
        }
        self.pairs = pairs.sorted { ($0.after, $0.before) < ($1.after, $1.before) }
        self.afterOf = afterOf
        self.beforeOf = beforeOf
        left = before.pupils.indices.filter { afterOf[$0] == nil }
        joined = after.pupils.indices.filter { beforeOf[$0] == nil }
        self.ambiguous = Array(Set(ambiguous)).sorted()
    }

    private static func classKey(_ p: Pupil) -> String { p.className.map(FormMetadata.key) ?? "" }

    private static func method(_ m: MatchMethod) -> Method {
        switch m {
        case .exact: .exact
        case .normalised: .normalised
        case .firstName: .firstName
        case .closeSpelling: .closeSpelling
        }
    }
}
