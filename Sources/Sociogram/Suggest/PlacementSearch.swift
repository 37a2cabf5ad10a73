/// The grade-level optimiser (class placement): the same objective as work groups, for 100–1000
/// pupils in a few large classes.
///
/// A memetic search over keep-together units (``memetic(plan:seed:deadline:)``): a pool of two to
/// four placements (``plan(iterations:units:)``), each a random start improved by simulated
/// annealing (``anneal(_:plan:incumbent:_:deadline:)``) and polished by tabu search
/// (``tabuSearch(_:stall:incumbent:_:)``); then children that inherit whole classes from two pool
/// members (``crossover(_:_:_:)``), annealed from a lower temperature, polished, and kept when
/// better than the pool's worst; a pool that has converged gets a new random start. Annealing lets a pupil without a chosen classmate cost
/// only a few points at first (the penalty rises during the run), so the search can pass through such
/// placements; the polish makes that pupil outweigh any swap, which repairs the placement where one
/// swap can. Every objective term is maintained incrementally (``PlacementState``), so a swap is
/// scored in O(1). Two placements are made at a time, in parallel where the machine has the cores;
/// the result depends only on the seed and the iteration budget. See `docs/groups.md`.
struct PlacementSearch {
    let problem: GroupingProblem
    let eval: GroupEvaluator
    let units: GroupUnits
    let model: PlacementModel

    /// The lexicographically best placement seen by one search (unit → class).
    struct Incumbent: Sendable {
        var score: GroupScore
        var assignment: [Int]
    }

    /// Points one conflict pair costs in every penalised value: more than any placement can win.
    static let hardPenalty = 1_000_000

    init(problem: GroupingProblem, units: GroupUnits) {
        self.problem = problem
        self.units = units
        eval = GroupEvaluator(problem)
        model = PlacementModel(problem: problem, eval: eval, units: units)
    }

    /// Random starts in the pool, annealing proposals per unit for a start (a child gets half), and
    /// the tabu polish's stall.
    static let poolSize = 4
    static let trialsPerUnit = 20_000
    static let polishStall = 200

    /// How the iteration budget is spent: one iteration is one annealing run (a random start or a
    /// child); the pool takes up to ``poolSize`` of them (at least two when the budget allows a
    /// child), the rest are children.
    static func plan(iterations: Int, units m: Int) -> MemeticPlan {
        let runs = max(1, iterations)
        let population = runs < 3 ? runs : max(2, min(poolSize, runs / 6))
        let trials = trialsPerUnit * max(1, m)
        return MemeticPlan(
            population: population, children: runs - population,
            startAnneal: AnnealPlan(
                trials: trials, startTemperature: 5, endTemperature: 0.4, startPenalty: 6, endPenalty: 10,
                finalPenalty: 30, finalShare: 0.05),
            childAnneal: AnnealPlan(
                trials: trials / 2, startTemperature: 2, endTemperature: 0.4, startPenalty: 6, endPenalty: 10,
                finalPenalty: 30, finalShare: 0.05),
            polishStall: polishStall)
    }

    /// - Complexity: O(*n*² + *m*²) for the tables, then O(iterations · ``trialsPerUnit`` · *m*)
    ///   annealing proposals of O(1) each and the polish (see ``tabuSearch(_:stall:incumbent:_:)``).
    func run(limits: SearchLimits) -> (classes: [[Int]], score: GroupScore, timedOut: Bool) {
        let result = memetic(
            plan: Self.plan(iterations: limits.iterations, units: model.m), seed: limits.seed,
            deadline: Deadline(seconds: limits.timeLimit))
        var classes = Array(repeating: [Int](), count: problem.groupCount)
        for u in 0..<units.count {
            for i in units.members[u] { classes[result.incumbent.assignment[u]].append(i) }
        }
        classes = classes.map { $0.sorted() }
        return (classes, eval.score(of: classes), result.timedOut)
    }
}
