import Foundation
import Testing
@testable import Sociogram

/// The comparison of `fixtures/waves` against the independent Python computation in
/// `scripts/reference/compare_reference.py` (its output `scripts/reference/compare_reference.json` is kept in the repository).
@Suite struct CompareReferenceTests {
    struct Change: Decodable { let kept: Int; let new: Int; let lost: Int; let jaccard: Double? }
    struct Received: Decodable { let positiveBefore: Int?; let positiveAfter: Int? }
    struct Fixture: Decodable {
        let positive: Change
        let questions: [String: Change]
        let joined: [String]
        let left: [String]
        let pupils: [String: Received]
    }

    private func reference() throws -> Fixture {
        let url = URL(fileURLWithPath: ImportFixtures.root).deletingLastPathComponent()
            .appendingPathComponent("scripts/reference/compare_reference.json")
        struct Document: Decodable {
            let waves: Fixture
            enum CodingKeys: String, CodingKey { case waves = "fixtures/waves" }
        }
        return try JSONDecoder().decode(Document.self, from: Data(contentsOf: url)).waves
    }

    /// The reference's name key: lower case, ø → o, accents removed.
    private func key(_ name: String) -> String {
        name.replacingOccurrences(of: "ø", with: "o").folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }

    @Test func tieChangesAgreeWithTheReference() throws {
        let ref = try reference()
        let c = try Comparison.run(
            before: try ImportFixtures.load("waves/before.csv").network, after: try ImportFixtures.load("waves/after.csv").network)
        let d = c.document
        func agree(_ t: TieChange?, _ r: Change) {
            #expect(t?.kept == r.kept && t?.new == r.new && t?.lost == r.lost)
            #expect(t?.jaccard == r.jaccard)
        }
        agree(d.positive, ref.positive)
        #expect(d.questions.count == ref.questions.count)
        for q in d.questions {
            guard let r = ref.questions[q.text] else { Issue.record("question \(q.text) not in the reference"); continue }
            agree(q.ties, r)
        }
        #expect(d.matching.joined.compactMap { $0.name.map(key) } == ref.joined)
        #expect(d.matching.left.compactMap { $0.name.map(key) } == ref.left)
        for p in d.pupils {
            let r = try #require(ref.pupils[key(p.name ?? "")], "\(p.name ?? p.id) not in the reference")
            #expect(p.positiveReceived.before == r.positiveBefore && p.positiveReceived.after == r.positiveAfter, "\(p.name ?? "")")
        }
    }
}
