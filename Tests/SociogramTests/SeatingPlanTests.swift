import Testing
@testable import Sociogram

@Suite("Seating plans")
struct SeatingPlanTests {
    static let fast = SeatingSearch(seed: 3, iterations: 4_000, starts: 2, kicks: 20)

    /// A random class of `n` with 2–3 choices each, some negative choices and genders.
    static func randomClass(_ n: Int, seed: UInt64) -> ClassNetwork {
        var random = SuggestRandom(seed: seed)
        var positive: [(Int, Int)] = [], negative: [(Int, Int)] = []
        for i in 0..<n {
            for _ in 0..<(2 + random.below(2)) {
                let j = random.below(n)
                if j != i { positive.append((i, j)) }
            }
            if random.below(4) == 0 {
                let j = random.below(n)
                if j != i { negative.append((i, j)) }
            }
        }
        let genders: [Gender?] = (0..<n).map { _ in random.below(2) == 0 ? .girl : .boy }
        return SuggestFixtures.network(n, positive: positive, negative: negative, genders: genders)
    }

    @Test("Hard rules are never broken on random classes and rooms when they can be kept", arguments: 0..<12)
    func hardRulesKept(_ trial: Int) throws {
        let rooms = ["pairs:4x4", "rows:4x7", "islands:6x5", "horseshoe:30", "pairs:5x3", "islands:8x4"]
        let room = try Room.preset(rooms[trial % rooms.count])
        let n = min(room.capacity, 18 + trial)
        let network = Self.randomClass(n, seed: UInt64(100 + trial))
        let request = SeatingRequest(rotations: 2, apart: [GroupingProblem.Pair(0, 1), GroupingProblem.Pair(2, 3)],
                                     negativeApart: true, fixed: [4: .front, 5: .seat(room.capacity - 1)], search: Self.fast)
        let result = try network.suggestSeating(in: room, request)
        for plan in result.plans {
            #expect(Set(plan.seatOf).count == n, "one seat per pupil")
            #expect(plan.seatOf.allSatisfy { $0 >= 0 && $0 < room.capacity })
            for pair in result.problem.apart {
                #expect(room.neighbours.kind(plan.seatOf[pair.a], plan.seatOf[pair.b]) == nil, "\(pair) are neighbours in \(room.name)")
            }
            #expect(plan.seatOf[5] == room.capacity - 1)
            #expect(room.frontSeats.contains(plan.seatOf[4]))
            #expect(!plan.unmet.contains { $0.hard })
            Self.expectLocalTermsAddUp(plan, room: room, problem: result.problem)
        }
    }

    /// The search's local terms add up to the objective (the result's problem has no earlier
    /// desk-mates, so the repeat term is left out of the comparison).
    static func expectLocalTermsAddUp(_ plan: SeatingPlan, room: Room, problem: SeatingProblem) {
        let scorer = SeatingScorer(room: room, problem: problem)
        var pupilAt = Array(repeating: -1, count: room.capacity)
        for (i, s) in plan.seatOf.enumerated() { pupilAt[s] = i }
        #expect(scorer.total(plan.seatOf, pupilAt) == plan.objective.total - plan.objective.repeated, "local terms add up to the objective")
    }

    @Test("An impossible rule is reported as a hard unmet rule, with the best plan keeping the others")
    func impossible() throws {
        // One island of four: everyone is everyone's neighbour, so no apart pair can be kept.
        let network = SuggestFixtures.network(4, positive: [(0, 2), (2, 0), (1, 3)])
        let room = try Room.preset("islands:1x4")
        let result = try network.suggestSeating(in: room, SeatingRequest(apart: [GroupingProblem.Pair(0, 1)], search: Self.fast))
        #expect(result.needsAttention)
        #expect(result.plans[0].unmet.contains { $0.kind == .apart && $0.pupils == [0, 1] })
        #expect(Set(result.plans[0].seatOf).count == 4)
    }

    @Test("More pupils than seats is refused, naming both numbers")
    func roomTooSmall() throws {
        let network = Self.randomClass(10, seed: 1)
        #expect(throws: SuggestError.self) { try network.suggestSeating(in: try Room.preset("pairs:2x2"), SeatingRequest()) }
    }

    @Test("Mutual friends sit together when nothing stands in the way; the same seed gives the same plan")
    func friendsTogether() throws {
        let network = SuggestFixtures.network(8, positive: [(0, 1), (1, 0), (2, 3), (3, 2), (4, 5), (5, 4), (6, 7), (7, 6)])
        let room = try Room.preset("pairs:2x2")
        let a = try network.suggestSeating(in: room, SeatingRequest(search: Self.fast))
        #expect(a.plans[0].unmet.isEmpty)
        for (x, y) in [(0, 1), (2, 3), (4, 5), (6, 7)] {
            #expect(room.neighbours.kind(a.plans[0].seatOf[x], a.plans[0].seatOf[y]) == .table)
        }
        let b = try network.suggestSeating(in: room, SeatingRequest(search: Self.fast))
        #expect(a.plans == b.plans)
    }

    @Test("Rotations change desk-mates when the class allows it")
    func rotations() throws {
        // Everyone chose everyone: any pairing is equally good, so no pair need repeat.
        var arcs: [(Int, Int)] = []
        for i in 0..<8 { for j in 0..<8 where i != j { arcs.append((i, j)) } }
        let network = SuggestFixtures.network(8, positive: arcs)
        let room = try Room.preset("pairs:2x2")
        let result = try network.suggestSeating(in: room, SeatingRequest(rotations: 3, search: Self.fast))
        var seen = Set<GroupingProblem.Pair>()
        for plan in result.plans {
            for pair in plan.neighbourPairs(in: room) where pair.kind == .table {
                #expect(seen.insert(GroupingProblem.Pair(pair.a, pair.b)).inserted, "desk-mates \(pair.a),\(pair.b) repeated")
            }
        }
    }
}
