import Foundation
import Testing
@testable import Sociogram

/// `follow`'s numbers against the independent Python computation in `scripts/reference/follow_reference.py`
/// (networkx; its output `scripts/reference/follow_reference.json` is kept in the repository), for the small
/// fixture `fixtures/follow` and for Knecht's real class in `fixtures/knecht`, and against the Knecht
/// sociomatrices themselves (`fixtures/knecht/expected.json`, written from the `.dat` files by
/// `scripts/fixtures/knecht_waves.py`).
@Suite struct FollowReferenceTests {
    struct Change: Decodable {
        let kept: Int, new: Int, lost: Int
        let jaccard: Double?
        let joined: [String], left: [String]
    }
    struct Wave: Decodable {
        let pupils: Int, respondents: Int, arcs: Int, mutualPairs: Int
        let density: Double, reciprocity: Double
        let isolated: [String], noMutual: [String]
    }
    struct Pupil: Decodable {
        let received: [Int?], given: [Int?], mutual: [Int?], isolated: [Bool?], negativeReceived: [Int?]
    }
    struct Fixture: Decodable {
        let waves: [Wave]
        let changes: [Change]
        let overall: Change
        let pupils: [String: Pupil]
    }

    static let knecht = ["kartlegging-1-september.csv", "kartlegging-2-november.csv", "kartlegging-3-februar.csv", "kartlegging-4-mai.csv"]
        .map { "knecht/" + $0 }
    static let small = ["1-host.csv", "2-vinter.csv", "3-var.csv"].map { "follow/" + $0 }

    private func reference(_ folder: String) throws -> Fixture {
        let url = URL(fileURLWithPath: ImportFixtures.root).deletingLastPathComponent().appendingPathComponent("scripts/reference/follow_reference.json")
        let all = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
        let part = try JSONSerialization.data(withJSONObject: all[folder] ?? [:])
        return try JSONDecoder().decode(Fixture.self, from: part)
    }

    static func follow(_ files: [String], _ options: FollowOptions = FollowOptions()) throws -> FollowUp {
        let waves = try files.map { FollowWave(try ImportFixtures.load($0), fileName: $0) }
        return try FollowUp.run(waves: waves, options: options)
    }

    @Test(arguments: [("fixtures/follow", small), ("fixtures/knecht", knecht)])
    func numbersAgreeWithTheReference(folder: String, files: [String]) throws {
        let ref = try reference(folder)
        let d = try Self.follow(files).document
        #expect(d.waves.count == ref.waves.count)
        for (w, r) in zip(d.waves, ref.waves) {
            #expect(w.pupils == r.pupils && w.respondents == r.respondents, "\(w.label)")
            #expect(abs((w.density ?? -1) - r.density) < 1e-12, "\(w.label) density")
            #expect(abs((w.reciprocity ?? -1) - r.reciprocity) < 1e-12, "\(w.label) reciprocity")
            #expect(w.mutualPairs == r.mutualPairs, "\(w.label) mutual pairs")
            #expect(w.isolated.compactMap(\.name).sorted() == r.isolated, "\(w.label) isolated")
            #expect(w.noMutual.compactMap(\.name).sorted() == r.noMutual, "\(w.label) no mutual")
        }
        func agree(_ c: FollowDocument.Change, _ r: Change) {
            #expect(c.positive?.kept == r.kept && c.positive?.new == r.new && c.positive?.lost == r.lost, "\(c.from)→\(c.to)")
            #expect(c.positive?.jaccard == r.jaccard, "\(c.from)→\(c.to) Jaccard")
            #expect(c.joined.compactMap(\.name).sorted() == r.joined && c.left.compactMap(\.name).sorted() == r.left, "\(c.from)→\(c.to)")
        }
        #expect(d.changes.count == ref.changes.count)
        for (c, r) in zip(d.changes, ref.changes) { agree(c, r) }
        agree(d.overall, ref.overall)
        #expect(d.pupils.count == ref.pupils.count)
        for p in d.pupils {
            let r = try #require(ref.pupils[p.name ?? ""], "\(p.name ?? p.code) not in the reference")
            #expect(p.received == r.received && p.given == r.given && p.mutual == r.mutual, "\(p.name ?? "")")
            #expect(p.isolated == r.isolated && p.negativeReceived == r.negativeReceived, "\(p.name ?? "")")
        }
    }

    struct Expected: Decodable {
        struct Entry: Decodable { let answered: Bool; let received: Int; let given: Int? }
        struct Wave: Decodable { let date: String; let pupils: [String: Entry] }
        struct Step: Decodable { let kept: Int; let new: Int; let lost: Int; let jaccard: Double? }
        let pupils: [String]
        let waves: [Wave]
        let steps: [Step]
    }

    /// The Knecht class against its sociomatrices: received choices per pupil and survey, `null` (not 0)
    /// where a pupil was not in the class, `given` unknown where a pupil did not answer, Jaccard per step.
    @Test func knechtAgreesWithTheSociomatrices() throws {
        let url = URL(fileURLWithPath: ImportFixtures.path("knecht/expected.json"))
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: url))
        let d = try Self.follow(Self.knecht).document
        #expect(d.pupils.count == expected.pupils.count)
        for p in d.pupils {
            let name = try #require(p.name)
            for (k, wave) in expected.waves.enumerated() {
                if let e = wave.pupils[name] {
                    #expect(p.received[k] == e.received, "\(name) survey \(k + 1)")
                    #expect(p.responded[k] == e.answered && p.given[k] == e.given, "\(name) survey \(k + 1)")
                } else {
                    #expect(p.received[k] == nil && p.responded[k] == nil && p.mutual[k] == nil, "\(name) is not in survey \(k + 1)")
                }
            }
        }
        for (c, e) in zip(d.changes, expected.steps) {
            #expect(c.positive?.kept == e.kept && c.positive?.new == e.new && c.positive?.lost == e.lost)
            #expect(c.positive?.jaccard == e.jaccard)
        }
        // The pupil who left after survey 2 is null afterwards, and the labels are the surveys' dates.
        let left = try #require(d.pupils.first { $0.name == "Julie Hagen" })
        #expect(left.received == [2, 2, nil, nil] && left.isolated[2] == nil)
        #expect(d.waves.map(\.date) == ["2024-09-16", "2024-11-25", "2025-02-10", "2025-05-12"])
        #expect(d.waves.map(\.labelSource) == Array(repeating: "surveyDate", count: 4))
    }
}
