import Testing
@testable import Sociogram

/// Rotations against an exact reference: on small classes every seat assignment is tried.
@Suite("Seating rotations against brute force")
struct SeatingRotationExactTests {
    /// Calls `body` with every assignment of pupils 0..<n to distinct seats of `seats` (Heap's algorithm
    /// over the seats; for n == seats every permutation).
    static func everyPlan(pupils n: Int, seats: Int, _ body: ([Int]) -> Void) {
        precondition(n == seats, "only full rooms")
        var a = Array(0..<seats)
        var c = Array(repeating: 0, count: seats)
        body(a)
        var i = 1
        while i < seats {
            if c[i] < i {
                a.swapAt(i % 2 == 0 ? 0 : c[i], i)
                body(a)
                c[i] += 1
                i = 1
            } else {
                c[i] = 0
                i += 1
            }
        }
    }

    static func deskMates(_ plan: SeatingPlan, _ room: Room) -> [GroupingProblem.Pair] {
        plan.neighbourPairs(in: room).filter { $0.kind == .table }.map { GroupingProblem.Pair($0.a, $0.b) }
    }

    static func deskMates(_ seatOf: [Int], _ room: Room) -> [GroupingProblem.Pair] {
        var pupilAt = Array(repeating: -1, count: room.capacity)
        for (i, s) in seatOf.enumerated() { pupilAt[s] = i }
        return room.tables.flatMap { t -> [GroupingProblem.Pair] in
            let who = t.map { pupilAt[$0] }.filter { $0 >= 0 }
            return who.indices.flatMap { x in who[(x + 1)...].map { GroupingProblem.Pair(who[x], $0) } }
        }
    }

    @Test("Each rotation scores what the best plan scores, given the earlier desk-mates", arguments: [
        // 8 pupils are 40 320 plans per rotation; one such case per test keeps the suite fast.
        ("pairs:1x3", 6, 3, UInt64(1)), ("pairs:1x3", 6, 3, 2), ("islands:2x4", 8, 2, 3),
    ])
    func everyRotationIsOptimal(room preset: String, pupils: Int, rotations: Int, seed: UInt64) throws {
        let network = SeatingPlanTests.randomClass(pupils, seed: seed)
        let room = try Room.preset(preset)
        let request = SeatingRequest(rotations: rotations, apart: [GroupingProblem.Pair(0, 1)], search: SeatingSearch(seed: seed))
        let result = try network.suggestSeating(in: room, request)
        var problem = SeatingProblem(network: network, request: request)
        for plan in result.plans {
            var best = Int.min
            Self.everyPlan(pupils: pupils, seats: room.capacity) { seatOf in
                best = max(best, SeatingObjective.score(seatOf, room: room, problem: problem).total)
            }
            #expect(plan.objective.total == best, "rotation score \(plan.objective.total), exact \(best)")
            #expect(plan.objective.violations == 0)
            for pair in Self.deskMates(plan, room) { problem.earlierDeskMates[pair, default: 0] += 1 }
        }
    }

    @Test("With nothing else to weigh, rotations repeat exactly as few desk-mates as the fewest possible", arguments: [
        ("pairs:1x3", 6, 3), ("islands:2x4", 8, 2),
    ])
    func fewestRepeatedDeskMates(room preset: String, pupils: Int, rotations: Int) throws {
        // Nobody chose anybody: the only goal left between rotations is new desk-mates.
        let network = SuggestFixtures.network(pupils, positive: [])
        let room = try Room.preset(preset)
        let result = try network.suggestSeating(in: room, SeatingRequest(rotations: rotations))
        var earlier: [GroupingProblem.Pair: Int] = [:]
        for plan in result.plans {
            // The fewest repeats any plan can have after the plans before it (brute force).
            var fewest = Int.max
            Self.everyPlan(pupils: pupils, seats: room.capacity) { seatOf in
                fewest = min(fewest, Self.deskMates(seatOf, room).reduce(0) { $0 + (earlier[$1] ?? 0) })
            }
            let ours = Self.deskMates(plan, room).reduce(0) { $0 + (earlier[$1] ?? 0) }
            #expect(ours == fewest, "repeated desk-mates \(ours), fewest possible \(fewest)")
            for pair in Self.deskMates(plan, room) { earlier[pair, default: 0] += 1 }
        }
        // islands:2x4 after one plan: each new table of four has two from each old table at best → 4 repeats.
        if preset == "islands:2x4" {
            let second = Self.deskMates(result.plans[1], room).filter { p in Self.deskMates(result.plans[0], room).contains(p) }
            #expect(second.count == 4)
        }
    }
}
