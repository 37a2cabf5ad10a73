extension SearchLimits {
    /// The placement default: 12 annealing runs (a pool of two random starts, then ten children or
    /// restarts), about 1–1.5 s for a grade of 250 pupils on two cores (up to 3.4 s measured on a busy
    /// machine); the 30-s time limit only guards very large grades on slow machines. Measured against
    /// the CP-SAT reference in `docs/groups.md`.
    public static let placement = SearchLimits(seed: 1, iterations: 12, timeLimit: 30)
}

/// What the school asks for with `sociogram placement`.
public struct PlacementRequest: Sendable, Hashable, Codable {
    /// How many classes to form.
    public var classes: Int
    /// An upper bound on class size; `nil` = sizes differ by at most one.
    public var maxSize: Int?
    /// Pairs (network indices) never in the same class.
    public var apart: [GroupingProblem.Pair]
    /// Pairs (network indices) always in the same class.
    public var together: [GroupingProblem.Pair]
    /// Pupils (network indices) to leave out (e.g. moved away).
    public var absent: [Int]
    /// Whether classes should follow the grade's share of girls and boys.
    public var balanceGender: Bool
    public var weights: GroupingProblem.Weights
    public var limits: SearchLimits

    public init(
        classes: Int, maxSize: Int? = nil, apart: [GroupingProblem.Pair] = [], together: [GroupingProblem.Pair] = [],
        absent: [Int] = [], balanceGender: Bool = true, weights: GroupingProblem.Weights = .placement,
        limits: SearchLimits = .placement
    ) {
        self.classes = classes
        self.maxSize = maxSize
        self.apart = apart
        self.together = together
        self.absent = absent
        self.balanceGender = balanceGender
        self.weights = weights
        self.limits = limits
    }
}

/// One class of a placement (network indices).
public struct PlacedClass: Sendable, Hashable, Codable {
    public let members: [Int]
    public let girls: Int
    public let boys: Int
    /// Positive nominations between members.
    public let ties: Int
    /// Members none of whose chosen classmates are in the class.
    public let withoutChosenFriend: [Int]
}

/// The result of `sociogram placement`.
public struct PlacementResult: Sendable, Hashable, Codable {
    public let sizes: GroupSizes
    public let classes: [PlacedClass]
    public let score: GroupScore
    public let unmet: [UnmetConstraint]
    public let notes: [SuggestNote]
    public var needsAttention: Bool { !unmet.isEmpty }
}

extension GroupingProblem {
    /// Finds a good placement for a grade-sized problem (see ``PlacementSearch``). Deterministic for
    /// a seed and iteration budget unless the time limit cuts it short. One iteration is one
    /// simulated-annealing run (20,000 proposed unit swaps per unit) and its tabu-search polish.
    ///
    /// - Throws: ``SuggestError`` for an invalid problem or keep-together chains larger than a class.
    /// - Complexity: O(*n*² + *m*²) for the tables, then O(iterations · 20,000 · *m*) annealing
    ///   proposals of O(1) each plus the polish, for *m* units (see ``PlacementSearch``); measured
    ///   times in `docs/groups.md`.
    public func place(limits: SearchLimits = .placement) throws(SuggestError)
        -> GroupingSolution
    {
        try validate()
        let units = try GroupUnits(self) { "Pupil \($0 + 1)" }
        let run = PlacementSearch(problem: self, units: units).run(limits: limits)
        return GroupingSolution(groups: run.classes, score: run.score, timedOut: run.timedOut)
    }
}

extension ClassNetwork {
    /// Suggests how to place the grade's pupils in `request.classes` new classes: balanced size and
    /// gender, each pupil with at least one classmate they chose, conflict pairs apart, keep-together
    /// pairs together (objective in `docs/groups.md`).
    ///
    /// - Throws: ``SuggestError`` for impossible requests (more classes than pupils, a maximum size too
    ///   small, contradictory together/apart pairs, unknown pupils, no positive question).
    public func suggestPlacement(_ request: PlacementRequest) throws(SuggestError) -> PlacementResult {
        guard has(.positive) else {
            throw SuggestError(.noPositiveQuestionForPlacement)
        }
        for i in request.absent + request.apart.flatMap({ [$0.a, $0.b] }) + request.together.flatMap({ [$0.a, $0.b] })
        where i < 0 || i >= count {
            throw SuggestError(.pupilNotIn(number: i + 1, grade: true))
        }
        let absentSet = Set(request.absent)
        let present = (0..<count).filter { !absentSet.contains($0) }
        let sizes = try GroupSizes(pupils: present.count, classes: request.classes, maxSize: request.maxSize)
        let problem = GroupingProblem(
            network: self, present: present, sizes: sizes, coverage: .ownChoice, apart: request.apart,
            together: request.together, balanceGender: request.balanceGender, weights: request.weights)
        try problem.validate()
        let units = try GroupUnits(problem) { self.pupils[present[$0]].name }
        let search = PlacementSearch(problem: problem, units: units)
        let run = search.run(limits: request.limits)
        let groupSearch = GroupSearch(problem: problem, units: units)
        let proven = groupSearch.provenFriendless()
        let eval = search.eval, n = eval.n
        var classes: [PlacedClass] = []
        var unmet: [UnmetConstraint] = []
        for (c, members) in run.classes.enumerated() {
            let set = Set(members)
            var without: [Int] = []
            for i in members where !members.contains(where: { eval.covers[i * n + $0] }) {
                without.append(present[i])
                unmet.append(UnmetConstraint(
                    kind: .chosenFriendInClass, pupils: [present[i]], group: c,
                    reason: proven[i] == nil ? .notFound : .infeasible, detail: proven[i] ?? .searchDidNotFind))
            }
            unmet += groupSearch.brokenPairs(in: set, group: c, present: present)
            let ties = problem.arcs.filter { set.contains($0.from) && set.contains($0.to) }.count
            classes.append(PlacedClass(
                members: members.map { present[$0] }, girls: members.filter { pupils[present[$0]].gender == .girl }.count,
                boys: members.filter { pupils[present[$0]].gender == .boy }.count, ties: ties, withoutChosenFriend: without))
        }
        var notes: [SuggestNote] = []
        if !has(.negative) { notes.append(.noNegativeQuestion) }
        if run.timedOut { notes.append(.timeLimitReached) }
        return PlacementResult(sizes: sizes, classes: classes, score: run.score, unmet: unmet, notes: notes)
    }
}
