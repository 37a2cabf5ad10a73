import Testing
@testable import Sociogram

@Suite struct SuggestSupportTests {
    typealias F = SuggestFixtures

    /// Pupil 0 is to be supported. Pupil 5 is the most prosocial pupil of the class but named 0
    /// negatively; 0 named 6 negatively; 0 chose 1, 2 and 3, who form a mutual trio (a subgroup).
    static func network(prosocial: Bool = true) -> ClassNetwork {
        let positive = [(0, 1), (0, 2), (0, 3)] + [(1, 2), (2, 1), (1, 3), (3, 1), (2, 3), (3, 2)]
            + [(4, 7), (7, 4), (8, 9), (9, 8), (4, 0), (10, 11), (11, 10), (9, 5), (7, 5)]
        let helpful = [(1, 5), (2, 5), (3, 5), (4, 5), (7, 5), (8, 4), (9, 4), (10, 4), (11, 8), (1, 8), (2, 9)]
        return F.network(12, positive: positive, negative: [(5, 0), (0, 6)], prosocial: prosocial ? helpful : nil)
    }

    @Test func aPupilWhoNamedPNegativelyIsNeverSuggested() throws {
        let result = try Self.network().suggestSupporters(for: 0, count: 11)
        #expect(!result.supporters.contains { $0.pupil == 5 })
        #expect(!result.supporters.contains { $0.pupil == 6 })
        #expect(result.excluded.contains(ExcludedPupil(pupil: 5, reason: .namedPupilNegatively)))
        #expect(result.excluded.contains(ExcludedPupil(pupil: 6, reason: .namedByPupilNegatively)))
        #expect(result.supporters.count == 9)
    }

    @Test func prosocialPupilsWithTiesToPRankFirst() throws {
        let result = try Self.network().suggestSupporters(for: 0, count: 3)
        // 4 is named helpful by three classmates and chose 0: the best supporter.
        #expect(result.supporters.first?.pupil == 4)
        let reasons = try #require(result.supporters.first).reasons
        #expect(reasons.contains(.namedHelpful(3)))
        #expect(reasons.contains(.chosePupil))
        #expect(result.notes.isEmpty == false)  // no influence question in this survey
        #expect(!result.notes.contains(.noProsocialQuestion))
    }

    @Test func withoutAProsocialQuestionTheRankingSaysSo() throws {
        let result = try Self.network(prosocial: false).suggestSupporters(for: 0)
        #expect(result.notes.contains(.noProsocialQuestion))
        #expect(result.supporters.allSatisfy { !$0.reasons.contains { if case .namedHelpful = $0 { true } else { false } } })
        #expect(SuggestNote.noProsocialQuestion.message(.en).contains("status and ties only"))
    }

    @Test func supportGroupStartsWithPsOwnChoicesButNotAllFromOneSubgroup() throws {
        let group = try Self.network().suggestSupportGroup(for: 0, size: 3)
        #expect(group.design == .chosenPeersWithPupil)
        let members = group.members.map(\.pupil)
        #expect(members.count == 3)
        #expect(Array(members.prefix(2)) == [1, 2])
        #expect(group.members[0].role == .pupilsChoice)
        // 1, 2, 3 would all be P's choices, but they are one mutual clique: the third is replaced.
        #expect(!members.contains(3))
        #expect(group.members[2].role == .prosocialPeer)
        #expect(!members.contains(5) && !members.contains(6))
        #expect(!group.oneSubgroupOnly)
    }

    @Test func supportGroupOfSixFillsWithProsocialPeers() throws {
        let group = try Self.network().suggestSupportGroup(for: 0, size: 6)
        let members = group.members.map(\.pupil)
        #expect(members.prefix(3).sorted() == [1, 2, 3])
        #expect(members.contains(4))
        #expect(Set(members).isDisjoint(with: [0, 5, 6]))
    }

    @Test func unknownPupilAndBadSizeAreErrors() {
        #expect(throws: SuggestError.self) { try Self.network().suggestSupporters(for: 40) }
        #expect(throws: SuggestError.self) { try Self.network().suggestSupportGroup(for: 0, size: 1) }
    }

    @Test func consentReminderInBothLanguages() {
        #expect(SuggestText.consentReminder(.nb).contains("frivillig"))
        #expect(SuggestText.consentReminder(.en).contains("voluntarily"))
        #expect(SuggestText.design(.chosenPeersWithPupil, .en).contains("Support Group Method"))
    }
}

@Suite struct SuggestPupilLookupTests {
    @Test func namesMatchLooselyAndUnknownNamesOfferTheClosest() throws {
        let net = SuggestFixtures.network(12, positive: [])
        #expect(try net.pupilIndex(matching: "elev  3") == 2)
        #expect(try net.pupilIndex(matching: "E5") == 4)
        #expect(try net.pupilIndex(matching: "ELEV 7") == 6)
        do {
            _ = try net.pupilIndex(matching: "Elev 99")
            Issue.record("expected an error")
        } catch {
            #expect(!error.ambiguous)
            #expect(error.closest.first == "Elev 9")
        }
    }

    /// Issue 20's class: 16 pupils in circles of four; only pupils 4 and 8 are named as helpful; pupil 12
    /// is named as influential by everyone and negatively by ten classmates; pupil 0 chose 1, 2 and 12.
    static func concentratedClass() -> ClassNetwork {
        let circles: [(Int, Int)] = SuggestFixtures.circles(16, size: 4).filter { $0.0 != 0 }
        let own: [(Int, Int)] = [(0, 1), (0, 2), (0, 12)]
        let base = SuggestFixtures.network(16, positive: circles + own)
        let prosocial = (0..<16).filter { $0 != 4 && $0 != 8 }.flatMap { [($0, 4), ($0, 8)] }
        let influence = (0..<16).filter { $0 != 12 }.map { ($0, 12) }
        let negative = (3..<16).filter { $0 != 12 && $0 != 8 && $0 != 4 }.prefix(10).map { ($0, 12) }
        var questions = base.questions
        questions.append(Question(id: "q3", text: "Hvem hjelper andre?", kind: .prosocial))
        questions.append(Question(id: "q4", text: "Hvem bestemmer mest?", kind: .influence))
        let noms = base.nominations + negative.map { Nomination(from: $0.0, to: $0.1, question: 1) }
            + prosocial.map { Nomination(from: $0.0, to: $0.1, question: 2) }
            + influence.map { Nomination(from: $0.0, to: $0.1, question: 3) }
        return ClassNetwork(name: "7A", pupils: base.pupils, questions: questions, nominations: noms)
    }

    @Test func helpfulMeansNamedAsHelpfulAndInfluenceIsNotAReasonOnItsOwn() throws {
        let net = Self.concentratedClass()
        let group = try net.suggestSupportGroup(for: 0, size: 6)
        let added = group.members.filter { $0.role == .prosocialPeer }
        #expect(Set(added.map(\.pupil)).isSubset(of: [4, 8]), "only classmates named as helpful are added as helpful")
        #expect(group.notes.contains(.fewHelpfulClassmates), "a smaller group, said so, rather than filled up")
        #expect(group.members.count < 6)
        let supporters = try net.suggestSupporters(for: 0, count: 15)
        for s in supporters.supporters {
            let helpful = s.reasons.contains { if case .namedHelpful = $0 { true } else { false } }
            let influential = s.reasons.contains { if case .influential = $0 { true } else { false } }
            #expect(!influential || helpful, "pupil \(s.pupil): influence only alongside prosocial evidence")
        }
    }

    @Test func aClassmateNamedNegativelyByManyIsNotPutForward() throws {
        let net = Self.concentratedClass()
        #expect(net.namedNegativelyOften()[12] == 10)
        let supporters = try net.suggestSupporters(for: 1, count: 15)
        #expect(!supporters.supporters.contains { $0.pupil == 12 })
        #expect(supporters.excluded.contains(ExcludedPupil(pupil: 12, reason: .namedNegativelyOften)))
        #expect(!(try net.suggestSupportGroup(for: 1, size: 6)).members.contains { $0.pupil == 12 })
        // Pupil 0 chose 12 themselves: 12 stays in 0's group, with the caution among the reasons.
        let own = try #require(try net.suggestSupportGroup(for: 0, size: 6).members.first { $0.pupil == 12 })
        #expect(own.role == .pupilsChoice)
        #expect(own.reasons.contains(.namedNegativelyOften(10)))
        #expect(Strings(.nb).reason(.namedNegativelyOften(10)).contains("klart flere enn tilfeldig"))
    }
}
