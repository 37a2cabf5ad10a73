import Foundation
import Testing
@testable import Sociogram

/// The suggestion documents (`--json`) and their plain-text form.
@Suite struct SuggestionDocumentTests {
    typealias F = SuggestFixtures

    /// Pupil 0 is to be supported; 5 named 0 negatively, 0 named 6 negatively; 0 chose 1, 2, 3.
    static func supportNetwork() -> ClassNetwork {
        let positive = [(0, 1), (0, 2), (0, 3), (1, 2), (2, 1), (4, 7), (7, 4), (4, 0), (9, 5), (7, 5)]
        let helpful = [(1, 5), (2, 5), (3, 4), (4, 5), (7, 4), (8, 4)]
        return F.network(10, positive: positive, negative: [(5, 0), (0, 6)], prosocial: helpful)
    }

    static func encoded<B>(_ doc: SuggestionDocument<B>) throws -> String {
        String(decoding: try doc.jsonData(), as: UTF8.self)
    }

    @Test func supportersDocumentGivesCountsNotNamesOfExcludedClassmatesByDefault() throws {
        let network = Self.supportNetwork()
        let context = SuggestionContext(network: network, language: .en, labels: .names)
        let result = try network.suggestSupporters(for: 0, count: 3)
        let doc = SupportersDocument(SupportersBody(result, requestedCount: 3, context: context), context: context)
        #expect(doc.kind == .supporters)
        #expect(doc.body.excluded.count == 2)
        #expect(doc.body.excluded.pupils == nil)
        let json = try Self.encoded(doc)
        #expect(json.contains("\"pupils\" : null"))
        #expect(!json.contains("Elev 6\""), "the pupil who named 0 negatively is not in the document")
        #expect(doc.body.consentReminder == SuggestText.consentReminder(.en))
        #expect(doc.body.supporters.map(\.rank) == [1, 2, 3])
        let own = SupportersDocument(
            SupportersBody(result, requestedCount: 3, showExcluded: true, context: context), context: context)
        #expect(own.body.excluded.pupils?.map(\.pupil.id) == ["p6", "p7"])
        #expect(own.body.excluded.pupils?.first?.reason == .namedPupilNegatively)
    }

    @Test func reasonsCarryCodeNumberAndWords() throws {
        let network = Self.supportNetwork()
        let context = SuggestionContext(network: network, language: .nb, labels: .names)
        let body = SupportersBody(try network.suggestSupporters(for: 0, count: 1), requestedCount: 1, context: context)
        let first = try #require(body.supporters.first)
        #expect(first.pupil.id == "p5")  // 4: named helpful by three, chose 0
        let helpful = try #require(first.reasons.first { $0.code == .namedHelpful })
        #expect(helpful.count == 3)
        #expect(helpful.zSP == nil)
        #expect(helpful.text == SupportReason.namedHelpful(3).message(.nb))
        #expect(first.reasons.contains { $0.code == .chosePupil && $0.count == nil })
    }

    @Test func pseudonymisedDocumentsHoldNoName() throws {
        let network = Self.supportNetwork()
        let context = SuggestionContext(network: network, language: .en, labels: .codes)
        #expect(context.pseudonymised)
        let supporters = SupportersDocument(
            SupportersBody(try network.suggestSupporters(for: 0, count: 9), requestedCount: 9, showExcluded: true, context: context),
            context: context)
        let group = SupportGroupDocument(
            SupportGroupBody(try network.suggestSupportGroup(for: 0, size: 4), requestedSize: 4, showExcluded: true, context: context),
            context: context)
        let request = WorkGroupRequest(size: 3, rounds: 2, apart: [.init(1, 2)], absent: [9], limits: F.fast)
        let groups = WorkGroupsDocument(
            WorkGroupsBody(try network.suggestWorkGroups(request), request: request, context: context), context: context)
        let texts = [try Self.encoded(supporters), try Self.encoded(group), try Self.encoded(groups)]
            + [SuggestionText.lines(supporters, context: context), SuggestionText.lines(group, context: context),
               SuggestionText.lines(groups, context: context)].map { $0.joined(separator: "\n") }
        for text in texts {
            #expect(!text.contains("Elev "), "a name in: \(text.prefix(300))")
            #expect(text.contains("E1") || text.contains("E2"))
        }
        #expect(supporters.body.pupil == SuggestionPupil(id: "p1", code: "E1", name: "E1"))
    }

    @Test func workGroupsAreNumberedFromOneInGroupsUnmetAndText() throws {
        // 0–2 and 3–5 are friendship circles; 6 has no tie to anyone: proven impossible.
        let network = F.network(7, positive: F.circles(6, size: 3))
        let context = SuggestionContext(network: network, language: .en, labels: .names)
        let request = WorkGroupRequest(size: 3, leaders: .none, limits: F.fast)
        let result = try network.suggestWorkGroups(request)
        let doc = WorkGroupsDocument(WorkGroupsBody(result, request: request, context: context), context: context)
        let round = try #require(doc.body.rounds.first)
        #expect(round.groups.map(\.number) == [1, 2])
        #expect(doc.body.needsAttention)
        let unmet = try #require(round.unmet.first { $0.kind == .friendInGroup })
        #expect(round.unmet.count == 1)
        #expect(unmet.reason == .infeasible && unmet.detail == .noTieToAnyonePresent)
        #expect(unmet.pupils.map(\.id) == ["p7"])
        let home = try #require(round.groups.first { $0.members.contains { $0.id == "p7" } })
        #expect(unmet.group == home.number)
        #expect(unmet.text.hasPrefix("Elev 7 has no friend in group \(home.number)"))
        #expect(home.withoutFriend.map(\.id) == ["p7"])
        let lines = SuggestionText.lines(doc, context: context)
        #expect(lines.contains { $0.hasPrefix("  Group \(home.number): ") && $0.contains("Elev 7") })
        #expect(lines.contains("    - " + unmet.text))
    }

    @Test func tiesAreWrittenWithArrowsMutualOnce() throws {
        // 0 ↔ 1 mutual, 2 → 0 one way; all three in one group.
        let network = F.network(3, positive: [(0, 1), (1, 0), (2, 0)])
        let context = SuggestionContext(network: network, language: .en, labels: .names)
        let request = WorkGroupRequest(size: 3, leaders: .none, limits: F.fast)
        let doc = WorkGroupsDocument(
            WorkGroupsBody(try network.suggestWorkGroups(request), request: request, context: context), context: context)
        let ties = try #require(doc.body.rounds.first?.groups.first?.ties)
        #expect(ties.count == 2)
        let lines = SuggestionText.lines(doc, context: context)
        #expect(lines.contains("    Ties that hold it together: Elev 1 ↔ Elev 2, Elev 3 → Elev 1"))
    }

    @Test func documentRoundTripsAndKeepsHeaderAndBodyKeysAtTheTop() throws {
        let network = Self.supportNetwork()
        let context = SuggestionContext(network: network, language: .nb, labels: .initials)
        let doc = SupportGroupDocument(
            SupportGroupBody(try network.suggestSupportGroup(for: 0), requestedSize: 6, context: context), context: context)
        let data = try doc.jsonData()
        let top = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["schemaVersion", "kind", "tool", "language", "pseudonymised", "className", "caveat", "members", "design", "consentReminder"] {
            #expect(top[key] != nil, "missing \(key)")
        }
        #expect(top["kind"] as? String == "supportGroup")
        #expect(top["schemaVersion"] as? Int == 1)
        let decoded = try JSONDecoder().decode(SupportGroupDocument.self, from: data)
        #expect(decoded == doc)
        #expect(try doc.jsonData() == data, "the same input gives byte-identical output")
    }

    @Test func placementTellsWhereClassesComeFromAndWhoDidNotAnswer() throws {
        var pupils = (0..<8).map { i in
            Pupil(id: "p\(i + 1)", name: "Elev \(i + 1)", code: "E\(i + 1)", gender: i % 2 == 0 ? .girl : .boy,
                  className: i < 4 ? "7A" : "7B", responded: i != 7)
        }
        pupils[0] = Pupil(id: "p1", name: "Emma Hansen", code: "E1", gender: .girl, className: "7A", responded: true)
        pupils[4] = Pupil(id: "p5", name: "Emma Hansen", code: "E5", gender: .girl, className: "7B", responded: true)
        let arcs = [(0, 1), (1, 0), (2, 3), (3, 2), (4, 5), (5, 4), (6, 4)]
        let network = ClassNetwork(
            name: "7", pupils: pupils, questions: [Question(id: "q1", text: "Venner?", kind: .positive)],
            nominations: arcs.map { Nomination(from: $0.0, to: $0.1, question: 0) })
        let context = SuggestionContext(network: network, language: .en, labels: .names)
        #expect(context.labels[0] == "Emma Hansen (7A)" && context.labels[4] == "Emma Hansen (7B)")
        let request = PlacementRequest(classes: 2, limits: SearchLimits(seed: 1, iterations: 4, timeLimit: nil))
        let doc = PlacementDocument(
            PlacementBody(try network.suggestPlacement(request), request: request, context: context), context: context)
        #expect(doc.body.classes.map(\.size) == [4, 4])
        for c in doc.body.classes {
            #expect(c.fromClasses.reduce(0) { $0 + $1.pupils } == c.size)
            #expect(c.girls + c.boys + c.otherOrUnknown == c.size)
        }
        let silent = try #require(doc.body.unmet.first { $0.pupils.map(\.id) == ["p8"] })
        #expect(silent.reason == .infeasible)
        #expect(silent.text.hasPrefix("Elev 8 did not answer the survey"))
        #expect(doc.body.needsAttention)
    }

    @Test func codesAsNamesKeepsEverythingButTheNames() {
        let network = Self.supportNetwork()
        let coded = network.withCodesAsNames()
        #expect(coded.pupils.map(\.name) == network.pupils.map(\.code))
        #expect(coded.pupils.map(\.id) == network.pupils.map(\.id))
        #expect(coded.nominations == network.nominations)
    }
}
