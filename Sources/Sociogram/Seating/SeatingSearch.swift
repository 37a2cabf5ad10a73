import Foundation

/// The seating optimiser: simulated annealing over swaps of two seats (either may be empty), from
/// several seeded starts, each finished by improving swaps, then iterated local search from the best
/// plan (random kicks of a few swaps, each followed by improving swaps). Pupils with a fixed seat
/// never move. Deterministic for a seed: the same seed and iterations give the same plan everywhere.
///
/// The assignment is quadratic-assignment-like (the score of a pupil depends on who sits around them),
/// so it is searched, not solved; `scripts/reference/exact_seating.py` checks it on small instances.
public struct SeatingSearch: Sendable, Hashable {
    public var seed: UInt64
    /// Swaps tried per start.
    public var iterations: Int
    public var starts: Int
    /// Rounds of iterated local search after the starts (a few random swaps, then improving swaps).
    public var kicks: Int

    /// `kicks` defaults to one per 150 iterations (200 for the default 30,000), so `iterations` sets the
    /// effort of both phases: measured on the 26-pupil 7B class, 200 kicks put every seed's plan within
    /// 0.8 % of CP-SAT's best in three rooms (docs/seating.md).
    public init(seed: UInt64 = 1, iterations: Int = 30_000, starts: Int = 4, kicks: Int? = nil) {
        self.seed = seed
        self.iterations = iterations
        self.starts = starts
        self.kicks = kicks ?? max(10, iterations / 150)
    }

    /// The best seat per pupil found.
    ///
    /// - Complexity: O((starts · iterations + kicks · *s*² · passes) · *m* · *d*) for *s* free seats, *m*
    ///   choices and *d* neighbours per seat.
    public func run(room: Room, problem: SeatingProblem) -> [Int] {
        var random = SuggestRandom(seed: seed)
        let scorer = SeatingScorer(room: room, problem: problem)
        var bestPlan: [Int] = []
        var bestScore = Int.min
        let movable = Set((0..<problem.count).filter {
            if case .seat = problem.fixed[$0] { return false }
            return true
        })
        let fixedSeats = Set(problem.fixed.values.compactMap { f -> Int? in if case .seat(let s) = f { s } else { nil } })
        let freeSeats = (0..<room.capacity).filter { !fixedSeats.contains($0) }
        for _ in 0..<max(1, starts) {
            var pupilAt = Array(repeating: -1, count: room.capacity)
            var seatOf = Array(repeating: -1, count: problem.count)
            for (i, f) in problem.fixed { if case .seat(let s) = f { seatOf[i] = s; pupilAt[s] = i } }
            var order = freeSeats
            order.shuffle(using: &random)
            let front = Set(room.frontSeats)
            // Front pupils first into front seats, then the others.
            let pupils = (0..<problem.count).filter { movable.contains($0) }
                .sorted { (problem.fixed[$0] == .front ? 0 : 1, $0) < (problem.fixed[$1] == .front ? 0 : 1, $1) }
            let seatsLeft = order.filter { front.contains($0) } + order.filter { !front.contains($0) }
            for (k, i) in pupils.enumerated() { seatOf[i] = seatsLeft[k]; pupilAt[seatsLeft[k]] = i }
            var current = scorer.total(seatOf, pupilAt)
            if current > bestScore { bestScore = current; bestPlan = seatOf }
            let t0 = 12.0, t1 = 0.2
            for step in 0..<iterations where freeSeats.count >= 2 {
                let x = freeSeats[random.below(freeSeats.count)], y = freeSeats[random.below(freeSeats.count)]
                let a = pupilAt[x], b = pupilAt[y]
                guard x != y, a >= 0 || b >= 0 else { continue }
                let touched = scorer.touched(x, y, seatOf, pupilAt)
                let before = scorer.local(touched, seatOf, pupilAt)
                Self.swap(x, y, &pupilAt, &seatOf)
                let score = current + scorer.local(touched, seatOf, pupilAt) - before
                let temperature = t0 * pow(t1 / t0, Double(step) / Double(max(1, iterations)))
                let delta = Double(score - current)
                if delta >= 0 || Double(random.below(1_000_000)) / 1_000_000 < exp(delta / temperature) {
                    current = score
                    if score > bestScore { bestScore = score; bestPlan = seatOf }
                } else {
                    Self.swap(x, y, &pupilAt, &seatOf)
                }
            }
            // Finish from the best plan so far with improving swaps until none is left.
            seatOf = bestPlan
            pupilAt = Self.pupilAt(seatOf, capacity: room.capacity)
            current = bestScore
            Self.descend(&seatOf, &pupilAt, &current, freeSeats, scorer)
            if current >= bestScore { bestScore = current; bestPlan = seatOf }
        }
        // Iterated local search from the best plan: a few random swaps, then improving swaps; kept when
        // no worse. Annealing alone stopped 1–1.5 % below CP-SAT's best plan on a 26-pupil class
        // (docs/seating.md); the kicks leave the local optimum the annealing ends in.
        if freeSeats.count >= 2 {
            for _ in 0..<kicks {
                var seatOf = bestPlan
                var pupilAt = Self.pupilAt(seatOf, capacity: room.capacity)
                var current = bestScore
                for _ in 0..<(2 + random.below(4)) {
                    let x = freeSeats[random.below(freeSeats.count)], y = freeSeats[random.below(freeSeats.count)]
                    guard x != y, pupilAt[x] >= 0 || pupilAt[y] >= 0 else { continue }
                    let touched = scorer.touched(x, y, seatOf, pupilAt)
                    let before = scorer.local(touched, seatOf, pupilAt)
                    Self.swap(x, y, &pupilAt, &seatOf)
                    current += scorer.local(touched, seatOf, pupilAt) - before
                }
                Self.descend(&seatOf, &pupilAt, &current, freeSeats, scorer)
                if current >= bestScore { bestScore = current; bestPlan = seatOf }
            }
        }
        return bestPlan
    }

    /// Improving swaps of two free seats until none is left (a local optimum).
    private static func descend(
        _ seatOf: inout [Int], _ pupilAt: inout [Int], _ current: inout Int, _ freeSeats: [Int], _ scorer: SeatingScorer
    ) {
        var improved = true
        while improved {
            improved = false
            for (u, x) in freeSeats.enumerated() {
                for y in freeSeats[(u + 1)...] where pupilAt[x] >= 0 || pupilAt[y] >= 0 {
                    let touched = scorer.touched(x, y, seatOf, pupilAt)
                    let before = scorer.local(touched, seatOf, pupilAt)
                    Self.swap(x, y, &pupilAt, &seatOf)
                    let score = current + scorer.local(touched, seatOf, pupilAt) - before
                    if score > current { current = score; improved = true } else { Self.swap(x, y, &pupilAt, &seatOf) }
                }
            }
        }
    }

    /// The pupil in each seat (-1: empty) of a plan.
    private static func pupilAt(_ seatOf: [Int], capacity: Int) -> [Int] {
        var pupilAt = Array(repeating: -1, count: capacity)
        for (i, s) in seatOf.enumerated() where s >= 0 { pupilAt[s] = i }
        return pupilAt
    }

    private static func swap(_ x: Int, _ y: Int, _ pupilAt: inout [Int], _ seatOf: inout [Int]) {
        let a = pupilAt[x], b = pupilAt[y]
        pupilAt[x] = b
        pupilAt[y] = a
        if a >= 0 { seatOf[a] = y }
        if b >= 0 { seatOf[b] = x }
    }
}
