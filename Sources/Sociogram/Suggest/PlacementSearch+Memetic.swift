import Dispatch

extension PlacementSearch {
    /// Settings of the memetic search.
    struct MemeticPlan: Sendable {
        /// Placements kept in the pool (each from a random start).
        var population: Int
        /// Children bred after the pool is full.
        var children: Int
        /// Simulated annealing of a random start, and of a child.
        var startAnneal: AnnealPlan
        var childAnneal: AnnealPlan
        /// Steps without progress that end the tabu search after each annealing run.
        var polishStall: Int
        /// Children bred at the same time, each with its own random stream: a fixed number, not the
        /// machine's core count, so the result is the same on every machine.
        var lanes: Int = 2
        /// After this many placements (since the last restart) that only reproduced the score of a
        /// pool member, the next one is a new random start instead of a child: the pool has
        /// converged on one local optimum that crossover cannot leave.
        var restartAfter: Int = 2
    }

    /// One annealed and polished placement.
    private struct Offspring: Sendable {
        var incumbent: Incumbent
        var timedOut: Bool
    }

    /// Memetic search: a pool of placements, each a random start improved by simulated annealing and
    /// a tabu-search polish; then children that inherit whole classes from two random pool members
    /// (``crossover(_:_:_:)``), each annealed from a lower temperature and polished, which replace the
    /// pool's worst member when they are better and their score is not in the pool yet. After
    /// `restartAfter` offspring that only reproduce a pool member's score, the next run is a new
    /// random start (the pool has converged on one local optimum).
    ///
    /// The `lanes` placements of a generation are made in parallel (on as many cores as the machine
    /// has), each with a random stream drawn from the seed's stream; the pool is updated in lane
    /// order afterwards. So the result depends only on the seed and the plan, unless the deadline
    /// stops the search.
    ///
    /// - Complexity: O((population · start trials + children · child trials) + polish steps · *m* · *k*)
    ///   work, spread over the cores.
    func memetic(plan: MemeticPlan, seed: UInt64, deadline: Deadline) -> (incumbent: Incumbent, timedOut: Bool) {
        let lanes = max(1, plan.lanes)
        var master = SuggestRandom(seed: seed)
        var pool: [Incumbent] = []
        var best: Incumbent? = nil
        var timedOut = false, made = 0, stale = 0
        let total = max(1, plan.population) + max(0, plan.children)
        while made < total && !timedOut {
            // Parents (or random starts while the pool fills), drawn from the master stream.
            var jobs: [(first: [Int], second: [Int]?, seed: UInt64)] = []
            for _ in 0..<min(lanes, total - made) {
                let laneSeed = master.next()
                let restart = stale >= plan.restartAfter
                if restart { stale = 0 }
                if pool.count + jobs.count < plan.population || pool.count < 2 || restart {
                    var rng = SuggestRandom(seed: laneSeed)
                    jobs.append((randomStart(&rng), nil, laneSeed))
                } else {
                    let a = master.below(pool.count)
                    var b = master.below(pool.count - 1)
                    if b >= a { b += 1 }
                    jobs.append((pool[a].assignment, pool[b].assignment, laneSeed))
                }
            }
            let work = jobs
            let results = parallel(work.count) { lane in
                var rng = SuggestRandom(seed: work[lane].seed)
                let isChild = work[lane].second != nil
                let start = work[lane].second.map { crossover(work[lane].first, $0, &rng) } ?? work[lane].first
                let s = PlacementState(model: model, assignment: start)
                var incumbent = Incumbent(score: s.score, assignment: s.assignment)
                let stopped = anneal(
                    s, plan: isChild ? plan.childAnneal : plan.startAnneal, incumbent: &incumbent, &rng, deadline: deadline)
                if !stopped { tabuSearch(s, stall: plan.polishStall, incumbent: &incumbent, &rng) }
                return Offspring(incumbent: incumbent, timedOut: stopped)
            }
            for child in results {
                made += 1
                timedOut = timedOut || child.timedOut
                let score = child.incumbent.score
                if best.map({ score.isBetter(than: $0.score) }) ?? true { best = child.incumbent }
                if pool.count < plan.population {
                    pool.append(child.incumbent)
                } else if let worst = pool.indices.min(by: { pool[$1].score.isBetter(than: pool[$0].score) }),
                    score.isBetter(than: pool[worst].score), !pool.contains(where: { $0.score == score })
                {
                    pool[worst] = child.incumbent
                } else if pool.contains(where: { $0.score == score }) {
                    stale += 1
                }
            }
        }
        if let best { return (best, timedOut) }
        var rng = master
        let start = randomStart(&rng)
        return (Incumbent(score: PlacementState(model: model, assignment: start).score, assignment: start), timedOut)
    }

    /// Runs `body(0..<count)` on the available cores and returns the results in index order.
    private func parallel<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] { parallelMap(count, body) }
}
