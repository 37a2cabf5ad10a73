import Testing
@testable import Sociogram

@Suite struct SuggestPlacementTests {
    typealias F = SuggestFixtures

    /// A grade of 48 pupils from four old classes: mutual pairs (2k, 2k+1), each pupil also choosing
    /// two others in the old class; alternating genders; some conflicts inside the old classes.
    static func grade() -> ClassNetwork {
        var positive: [(Int, Int)] = []
        for i in 0..<48 {
            positive.append((i, i ^ 1))
            let base = i / 12 * 12
            positive.append((i, base + (i + 3) % 12))
            positive.append((i, base + (i + 5) % 12))
        }
        let negative = [(0, 6), (13, 20), (25, 30), (40, 47)]
        let genders: [Gender?] = (0..<48).map { ($0 / 2) % 2 == 0 ? .girl : .boy }
        return F.network(48, positive: positive, negative: negative, genders: genders)
    }

    @Test func placementIsBalancedWithFriendsKeptAndConflictsApart() throws {
        let net = Self.grade()
        let result = try net.suggestPlacement(PlacementRequest(
            classes: 3, apart: [.init(2, 3)], together: [.init(10, 30)],
            limits: SearchLimits(seed: 3, iterations: 6, timeLimit: nil)))
        #expect(result.classes.map(\.members.count) == [16, 16, 16])
        #expect(result.classes.allSatisfy { $0.girls == 8 && $0.boys == 8 })
        #expect(result.classes.allSatisfy { $0.withoutChosenFriend.isEmpty })
        let classOf = Dictionary(uniqueKeysWithValues: result.classes.enumerated().flatMap { c, k in k.members.map { ($0, c) } })
        for (a, b) in [(0, 6), (13, 20), (25, 30), (40, 47), (2, 3)] { #expect(classOf[a] != classOf[b]) }
        #expect(classOf[10] == classOf[30])
        #expect(result.unmet.isEmpty)
        #expect(result.score.hard == 0 && result.score.friendless == 0)
    }

    @Test func placementWithMaxSizeAndImpossibleRequests() throws {
        let net = Self.grade()
        let sizes = try GroupSizes(pupils: 48, classes: 5, maxSize: 11)
        #expect((sizes.minSize, sizes.maxSize) == (9, 11))
        #expect(throws: SuggestError.self) { try net.suggestPlacement(PlacementRequest(classes: 4, maxSize: 10)) }
        #expect(throws: SuggestError.self) { try net.suggestPlacement(PlacementRequest(classes: 0)) }
    }

    @Test func placementIsDeterministicForASeed() throws {
        let request = PlacementRequest(classes: 4, limits: SearchLimits(seed: 9, iterations: 4, timeLimit: nil))
        #expect(try Self.grade().suggestPlacement(request) == Self.grade().suggestPlacement(request))
    }
}
