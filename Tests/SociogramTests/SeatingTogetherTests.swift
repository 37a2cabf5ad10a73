import Testing
@testable import Sociogram

/// Pairs to seat beside each other (`--together`, the web app's «Skal sitte ved siden av hverandre»):
/// a hard rule, like `--apart`, in the objective, the local terms, the unmet list and the texts.
@Suite("Seating plans: pairs kept together")
struct SeatingTogetherTests {
    @Test("Together pairs sit at one table or beside each other, in every rotation and room; the local terms still add up", arguments: 0..<6)
    func togetherKept(_ trial: Int) throws {
        let rooms = ["pairs:4x4", "rows:4x7", "islands:6x5", "horseshoe:30", "pairs:5x3", "islands:8x4"]
        let room = try Room.preset(rooms[trial])
        let n = min(room.capacity, 20 + trial)
        let network = SeatingPlanTests.randomClass(n, seed: UInt64(300 + trial))
        let together = [GroupingProblem.Pair(0, 9), GroupingProblem.Pair(3, 7)]
        let request = SeatingRequest(
            rotations: 2, apart: [GroupingProblem.Pair(0, 1)], fixed: [4: .front], search: SeatingPlanTests.fast, together: together)
        let result = try network.suggestSeating(in: room, request)
        for plan in result.plans {
            for pair in together {
                let kind = room.neighbours.kind(plan.seatOf[pair.a], plan.seatOf[pair.b])
                #expect(kind == .table || kind == .beside, "\(pair) are not beside each other in \(room.name)")
            }
            #expect(!plan.unmet.contains { $0.hard })
            SeatingPlanTests.expectLocalTermsAddUp(plan, room: room, problem: result.problem)
        }
    }

    @Test("A pair that cannot sit together is a hard unmet rule, worded in every language")
    func impossible() throws {
        // Single desks in one column: nobody sits beside anybody.
        let network = SuggestFixtures.network(3, positive: [(0, 1)])
        let room = try Room.preset("rows:3x1")
        let result = try network.suggestSeating(in: room, SeatingRequest(search: SeatingPlanTests.fast, together: [GroupingProblem.Pair(0, 2)]))
        #expect(result.needsAttention)
        let unmet = try #require(result.plans[0].unmet.first { $0.kind == .together })
        #expect(unmet.pupils == [0, 2] && unmet.hard)
        #expect(Strings(.en).seatingUnmet(unmet, who: ["Kari", "Ola"]) == "Not kept: Kari and Ola do not sit beside each other but must sit together.")
        #expect(Strings(.nn).seatingUnmet(unmet, who: ["Kari", "Ola"]).hasPrefix("Ikkje halde: Kari og Ola sit ikkje ved sida av kvarandre"))
    }

    @Test("A pair both apart and together is refused")
    func contradictory() throws {
        let network = SuggestFixtures.network(4, positive: [])
        let pair = GroupingProblem.Pair(1, 2)
        #expect(throws: SuggestError.self) {
            try network.suggestSeating(in: try Room.preset("pairs:2x2"), SeatingRequest(apart: [pair], together: [pair]))
        }
    }
}
