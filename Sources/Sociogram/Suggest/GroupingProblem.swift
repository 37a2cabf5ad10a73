/// A grouping problem, independent of the survey and of the analysis: pupils `0..<count`, the positive
/// ties between them as weighted arcs, the pairs that must be apart or together, genders, leader
/// candidates and the group sizes. Work groups and class placement are both instances.
///
/// It is also the instance format shared with the exact reference model (`scripts/reference/exact_groups.py`):
/// encoded as JSON, arcs are `[from, to, weight]`, pairs `[a, b]`, repeated pairs `[a, b, count]`.
/// See `docs/groups.md` for the objective it defines.
public struct GroupingProblem: Sendable, Hashable, Codable {
    /// A positive nomination `from` → `to` with its weight in objective points (the least-chosen
    /// weighting already applied).
    public struct Arc: Sendable, Hashable, Codable {
        public let from: Int
        public let to: Int
        public let weight: Int
        public init(from: Int, to: Int, weight: Int) {
            self.from = from
            self.to = to
            self.weight = weight
        }
        public init(from decoder: any Decoder) throws {
            var c = try decoder.unkeyedContainer()
            from = try c.decode(Int.self)
            to = try c.decode(Int.self)
            weight = try c.decode(Int.self)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.unkeyedContainer()
            try c.encode(from)
            try c.encode(to)
            try c.encode(weight)
        }
    }

    /// An unordered pair of pupils, optionally with a count (how often they were grouped before).
    public struct Pair: Sendable, Hashable, Codable {
        public let a: Int
        public let b: Int
        public let count: Int
        public init(_ a: Int, _ b: Int, count: Int = 1) {
            self.a = min(a, b)
            self.b = max(a, b)
            self.count = count
        }
        public init(from decoder: any Decoder) throws {
            var c = try decoder.unkeyedContainer()
            let x = try c.decode(Int.self), y = try c.decode(Int.self)
            let k = c.isAtEnd ? 1 : try c.decode(Int.self)
            self.init(x, y, count: k)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.unkeyedContainer()
            try c.encode(a)
            try c.encode(b)
            if count != 1 { try c.encode(count) }
        }
    }

    /// Which ties give a pupil "a friend in the group".
    public enum Coverage: String, Sendable, Hashable, Codable {
        /// A positive nomination in either direction (work groups).
        case either
        /// A positive nomination the pupil made (class placement: "a chosen friend").
        case ownChoice
    }

    /// Objective points of the soft terms (the third tier); see `docs/groups.md`.
    public struct Weights: Sendable, Hashable, Codable {
        /// Extra points for a mutual pair in the same group (on top of its two arcs).
        public var mutual: Int
        /// Points lost per pupil a group is away from the class's gender share.
        public var gender: Int
        /// Points for a group holding at least one leader candidate.
        public var leader: Int
        /// Points lost per earlier round a pair of the group was already grouped together.
        public var repeated: Int

        public init(mutual: Int = 1, gender: Int = 2, leader: Int = 3, repeated: Int = 2) {
            self.mutual = mutual
            self.gender = gender
            self.leader = leader
            self.repeated = repeated
        }

        /// The defaults for work groups.
        public static let groups = Weights()
        /// The defaults for class placement (no leaders, no rounds; gender balance matters more).
        public static let placement = Weights(mutual: 1, gender: 3, leader: 0, repeated: 0)
        /// The leader points when the teacher chose the leaders (`--leaders NAMES`), at least.
        public static let chosenLeader = 8
    }

    /// An optional name (class or instance), for reports.
    public var name: String
    /// The number of pupils (all present; absent pupils are not part of the problem).
    public var count: Int
    /// How many groups (or classes) to form.
    public var groupCount: Int
    /// The smallest and largest allowed group size.
    public var minSize: Int
    public var maxSize: Int
    public var coverage: Coverage
    /// Positive nominations, at most one per ordered pair.
    public var arcs: [Arc]
    /// Pairs where one named the other negatively: never in the same group (hard).
    public var negativePairs: [Pair]
    /// Pairs the teacher asked to keep apart (hard).
    public var apartPairs: [Pair]
    /// Pairs the teacher asked to keep together (hard; contracted into units).
    public var togetherPairs: [Pair]
    /// Gender per pupil (`nil` = unknown); `other` and unknown do not count in gender balance.
    public var genders: [Gender?]
    /// The pupils who count as leader candidates for this grouping (empty = no leader term).
    public var leaders: [Int]
    /// Pairs already grouped together in earlier rounds, with how often.
    public var repeatPairs: [Pair]
    public var weights: Weights

    public init(
        name: String = "", count: Int, groupCount: Int, minSize: Int, maxSize: Int,
        coverage: Coverage = .either, arcs: [Arc], negativePairs: [Pair] = [], apartPairs: [Pair] = [],
        togetherPairs: [Pair] = [], genders: [Gender?]? = nil, leaders: [Int] = [],
        repeatPairs: [Pair] = [], weights: Weights = .groups
    ) {
        self.name = name
        self.count = count
        self.groupCount = groupCount
        self.minSize = minSize
        self.maxSize = maxSize
        self.coverage = coverage
        self.arcs = arcs
        self.negativePairs = negativePairs
        self.apartPairs = apartPairs
        self.togetherPairs = togetherPairs
        self.genders = genders ?? Array(repeating: nil, count: count)
        self.leaders = leaders
        self.repeatPairs = repeatPairs
        self.weights = weights
    }

    /// Checks that indices, sizes and weights make sense.
    ///
    /// - Throws: ``SuggestError`` naming the first problem found.
    public func validate() throws(SuggestError) {
        guard count > 0 else { throw SuggestError(.noPupilsToPlace) }
        guard groupCount >= 1, minSize >= 1, minSize <= maxSize else {
            throw SuggestError(.groupSizesImpossible(min: minSize, max: maxSize, groups: groupCount))
        }
        guard groupCount * minSize <= count, groupCount * maxSize >= count else {
            throw SuggestError(.cannotSplit(pupils: count, groups: groupCount, min: minSize, max: maxSize))
        }
        guard genders.count == count else {
            throw SuggestError(.genderListLength(entries: genders.count, pupils: count))
        }
        let inRange = { (i: Int) in i >= 0 && i < count }
        for arc in arcs where !inRange(arc.from) || !inRange(arc.to) || arc.from == arc.to || arc.weight < 0 {
            throw SuggestError(.badTie(from: arc.from, to: arc.to))
        }
        for pair in negativePairs + apartPairs + togetherPairs + repeatPairs
        where !inRange(pair.a) || !inRange(pair.b) || pair.a == pair.b {
            throw SuggestError(.badPair(pair.a, pair.b))
        }
        for leader in leaders where !inRange(leader) {
            throw SuggestError(.badLeader(leader))
        }
    }
}
