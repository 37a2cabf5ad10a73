import Testing
@testable import Sociogram

@Suite struct SuggestGroupsTests {
    typealias F = SuggestFixtures

    /// 16 pupils in four circles of four; pupil 16 chose only pupil 3 and nobody chose pupil 16.
    static func lonelyClass() -> ClassNetwork {
        F.network(17, positive: F.circles(16, size: 4) + [(16, 2)])
    }

    @Test func aPupilWhoseOnlyFriendIsXEndsUpWithXInEveryRound() throws {
        let result = try Self.lonelyClass().suggestWorkGroups(WorkGroupRequest(size: 4, rounds: 3, limits: F.fast))
        #expect(result.rounds.count == 3)
        for round in result.rounds {
            #expect(F.sameGroup(16, 2, in: round))
            #expect(round.unmet.isEmpty)
        }
    }

    @Test func apartPairIsNeverTogetherInAnyRound() throws {
        let net = Self.lonelyClass()
        let request = WorkGroupRequest(size: 4, rounds: 4, apart: [.init(0, 1), .init(16, 2)], limits: F.fast)
        let result = try net.suggestWorkGroups(request)
        for round in result.rounds {
            #expect(!F.sameGroup(0, 1, in: round))
            #expect(!F.sameGroup(16, 2, in: round))
            // 16's only friend must be apart from 16: proven impossible, and said so.
            #expect(round.unmet.contains {
                $0.kind == .friendInGroup && $0.pupils == [16] && $0.reason == .infeasible && $0.detail == .allTiesKeptApart
            })
        }
    }

    @Test func negativePairsAreSeparated() throws {
        // Circles of four, but inside the first two circles one pupil named another negatively.
        let net = F.network(16, positive: F.circles(16, size: 4), negative: [(0, 1), (5, 4), (9, 10)])
        let result = try net.suggestWorkGroups(WorkGroupRequest(size: 4, rounds: 2, limits: F.fast))
        for round in result.rounds {
            #expect(!F.sameGroup(0, 1, in: round))
            #expect(!F.sameGroup(4, 5, in: round))
            #expect(!F.sameGroup(9, 10, in: round))
            #expect(!round.unmet.contains { $0.kind == .negativeApart })
        }
    }

    @Test func togetherPairIsKeptAndAbsentPupilsLeftOut() throws {
        let net = Self.lonelyClass()
        let request = WorkGroupRequest(size: 4, together: [.init(0, 12)], absent: [5], limits: F.fast)
        let round = try #require(try net.suggestWorkGroups(request).rounds.first)
        #expect(F.sameGroup(0, 12, in: round))
        #expect(!round.groups.contains { $0.members.contains(5) })
        #expect(round.groups.flatMap(\.members).count == 16)
    }

    @Test func roundsRotateLeaders() throws {
        // Twelve pupils in three circles; six were named as helpful (two per circle), equally often.
        let helpful = [0, 1, 4, 5, 8, 9]
        let prosocial = helpful.flatMap { h in [(h + 2) % 12, (h + 3) % 12].map { ($0, h) } }
        let net = F.network(12, positive: F.circles(12, size: 4), prosocial: prosocial)
        let result = try net.suggestWorkGroups(WorkGroupRequest(size: 4, rounds: 2, limits: F.fast))
        #expect(Set(result.leaderCandidates) == Set(helpful))
        let first = result.rounds[0].groups.compactMap(\.leader), second = result.rounds[1].groups.compactMap(\.leader)
        #expect(first.count == 3 && second.count == 3)
        #expect(Set(first).isDisjoint(with: second), "no pupil leads twice while another candidate has not led")
        #expect(Set(first + second) == Set(helpful))
    }

    @Test func sameSeedGivesTheSameGroups() throws {
        let net = F.network(25, positive: F.circles(25, size: 5) + [(0, 7), (12, 3), (20, 14)], negative: [(1, 2)])
        let request = WorkGroupRequest(size: 4, rounds: 2, limits: SearchLimits(seed: 42, iterations: 60, timeLimit: nil))
        #expect(try net.suggestWorkGroups(request) == net.suggestWorkGroups(request))
    }

    @Test func sizeLargerThanTheClassIsExplained() {
        #expect(throws: SuggestError.self) {
            try Self.lonelyClass().suggestWorkGroups(WorkGroupRequest(size: 30))
        }
        do {
            _ = try Self.lonelyClass().suggestWorkGroups(WorkGroupRequest(size: 30))
        } catch {
            #expect(error.kind == .sizeLargerThanClass)
            #expect(error.message(.en).contains("17"))
        }
    }

    @Test func togetherAndApartForTheSamePairIsExplained() {
        do {
            _ = try Self.lonelyClass().suggestWorkGroups(
                WorkGroupRequest(size: 4, apart: [.init(3, 0)], together: [.init(0, 3)]))
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .contradictoryPairs)
            #expect(error.message(.en).contains("Elev 1") && error.message(.en).contains("Elev 4"))
        }
    }

    @Test func aFriendlessPupilIsReportedAsInfeasible() throws {
        // Pupil 12 neither chose nor was chosen.
        let net = F.network(13, positive: F.circles(12, size: 4))
        let round = try #require(try net.suggestWorkGroups(WorkGroupRequest(size: 4, limits: F.fast)).rounds.first)
        let unmet = round.unmet.filter { $0.kind == .friendInGroup }
        #expect(unmet.count == 1)
        #expect(unmet.first?.pupils == [12])
        #expect(unmet.first?.reason == .infeasible)
        #expect(unmet.first?.detail == .noTieToAnyonePresent)
        let text = try #require(unmet.first).message(labels: net.pupils.map(\.name), language: .en)
        #expect(text.contains("Elev 13") && text.contains("impossible"))
    }

    @Test func groupCountFollowsTheDocumentedRule() throws {
        let a = try GroupSizes(pupils: 26, size: 4)
        #expect((a.groupCount, a.minSize, a.maxSize) == (6, 4, 5))
        let b = try GroupSizes(pupils: 23, size: 5)
        #expect((b.groupCount, b.minSize, b.maxSize) == (5, 4, 5))
        let c = try GroupSizes(pupils: 24, size: 4)
        #expect((c.groupCount, c.minSize, c.maxSize) == (6, 4, 4))
        let d = try GroupSizes(pupils: 7, size: 5)
        #expect(!d.withinOne)
    }

    @Test func withoutAProsocialQuestionNoLeadersAndItSaysSo() throws {
        let result = try Self.lonelyClass().suggestWorkGroups(WorkGroupRequest(size: 4, limits: F.fast))
        #expect(result.notes.contains(.noProsocialQuestion))
        #expect(result.rounds[0].groups.allSatisfy { $0.leader == nil })
    }

    @Test func groupsReportTheTiesThatHoldThemTogether() throws {
        let round = try #require(try Self.lonelyClass().suggestWorkGroups(WorkGroupRequest(size: 4, limits: F.fast)).rounds.first)
        let withLonely = try #require(round.groups.first { $0.members.contains(16) })
        #expect(withLonely.ties.contains(GroupTie(from: 16, to: 2, mutual: false)))
        #expect(round.groups.allSatisfy { $0.withoutFriend.isEmpty })
    }

    @Test func teacherChosenLeadersRotateAndOnlyThey() throws {
        let net = F.network(12, positive: F.circles(12, size: 4), prosocial: [(1, 0), (2, 0), (3, 0)])
        let chosen = [2, 3, 6, 7, 10, 11]
        let result = try net.suggestWorkGroups(
            WorkGroupRequest(size: 4, rounds: 2, leaders: .chosen, leaderPupils: chosen, limits: F.fast))
        #expect(result.leaderCandidates == chosen)
        let first = result.rounds[0].groups.compactMap(\.leader), second = result.rounds[1].groups.compactMap(\.leader)
        #expect(first.count == 3 && second.count == 3)
        #expect(Set(first + second) == Set(chosen), "every chosen pupil leads once, nobody else leads")
        #expect(!result.needsAttention)
    }

    @Test func aPupilWhoDidNotAnswerIsNotPutForwardAsLeader() throws {
        // Pupil 1 is named as helpful by everyone but answered nothing: perhaps away or new.
        let base = F.network(8, positive: F.circles(8, size: 4).filter { $0.0 != 0 }, prosocial: (1..<8).map { ($0, 0) } + [(0, 5)])
        let pupils = base.pupils.enumerated().map { i, p in
            Pupil(id: p.id, name: p.name, code: p.code, gender: p.gender, responded: i != 0)
        }
        let net = ClassNetwork(
            name: base.name, pupils: pupils, questions: base.questions,
            nominations: base.nominations.filter { $0.from != 0 })
        let result = try net.suggestWorkGroups(WorkGroupRequest(size: 4, limits: F.fast))
        #expect(!result.leaderCandidates.contains(0))
    }

    @Test func fewerCandidatesThanGroupsIsSaidOnceAndNeedsAttention() throws {
        let net = F.network(12, positive: F.circles(12, size: 4))
        let result = try net.suggestWorkGroups(
            WorkGroupRequest(size: 4, rounds: 3, leaders: .chosen, leaderPupils: [0], limits: F.fast))
        #expect(result.notes.filter { $0 == .fewerLeaderCandidatesThanGroups }.count == 1)
        #expect(result.needsAttention, "a group without the leader asked for is an unmet wish")
        for round in result.rounds { #expect(round.groups.compactMap(\.leader) == [0]) }
    }
}
