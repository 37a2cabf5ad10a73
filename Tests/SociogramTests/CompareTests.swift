import Foundation
import Testing
@testable import Sociogram

/// The `fixtures/waves` class compared with itself a term later; expected numbers in `fixtures/waves/README.md`.
@Suite struct CompareWavesTests {
    let comparison: Comparison

    init() throws {
        let before = try ImportFixtures.load("waves/before.csv").network
        let after = try ImportFixtures.load("waves/after.csv").network
        comparison = try Comparison.run(before: before, after: after, options: CompareOptions(beforeLabel: "høst", afterLabel: "vår"))
    }

    private func pupil(_ name: String) -> WaveComparison.PupilChange? {
        comparison.document.pupils.first { $0.name == name }
    }

    @Test func pupilsAreMatchedJoinedAndLeft() {
        let m = comparison.document.matching
        #expect(m.by == "name")
        #expect(m.matched == 7)
        #expect(m.joined.map(\.name) == ["Ivar Krogh"])
        #expect(m.left.map(\.name) == ["Hanne Juul"])
        #expect(m.loose.count == 1)
        #expect(m.loose.first?.before.name == "Bjørn Dahl" && m.loose.first?.after.name == "Bjorn Dahl")
        #expect(m.loose.first?.method == .closeSpelling)
    }

    @Test func newLostKeptAndJaccardPerQuestionAndUnion() throws {
        let d = comparison.document
        let union = try #require(d.positive)
        #expect([union.kept, union.new, union.lost] == [11, 3, 1] as [Int])
        #expect(union.jaccard == 11.0 / 15.0)
        #expect([union.tiesOfLeavers, union.tiesOfJoiners, union.tiesOfOneWaveRespondents] == [2, 3, 2] as [Int])
        #expect(d.questions.map(\.afterID) == ["q1", "q2"])
        let q1 = d.questions[0].ties, q2 = d.questions[1].ties
        #expect([q1.kept, q1.new, q1.lost, q1.tiesOfLeavers, q1.tiesOfJoiners, q1.tiesOfOneWaveRespondents] == [7, 2, 3, 2, 3, 1] as [Int])
        #expect(q1.jaccard == 7.0 / 12.0)
        #expect([q2.kept, q2.new, q2.lost, q2.tiesOfLeavers, q2.tiesOfJoiners, q2.tiesOfOneWaveRespondents] == [4, 1, 2, 0, 2, 1] as [Int])
        #expect(d.classes.count == 1 && d.classes[0].ties == union)
    }

    @Test func perPupilChange() throws {
        let frida = try #require(pupil("Frida Holm"))
        #expect(frida.status == .stayed)
        #expect(frida.positiveReceived == .init(2, 3))
        #expect(frida.mutual == .init(2, 1))
        #expect(frida.negativeReceived == .init(1, 0))
        #expect(frida.received == WaveComparison.TieCounts(kept: 1, new: 1, lost: 0))
        #expect(frida.given == WaveComparison.TieCounts(kept: 1, new: 0, lost: 1))  // F→E kept, F→G lost, F→I (joined) not compared
        let geir = try #require(pupil("Geir Iversen"))
        #expect(geir.respondedBefore == true && geir.respondedAfter == false)
        #expect(geir.given == nil)
        #expect(pupil("Ivar Krogh")?.status == .joined)
        #expect(pupil("Hanne Juul")?.status == .left)
        #expect(pupil("Hanne Juul")?.mutual == .init(1, nil))
    }

    @Test func differenceSociogramInput() {
        let diff = comparison.difference
        #expect(diff.pupils.count == 9)
        #expect(diff.pupils.filter { $0.status == .joined }.map(\.name) == ["Ivar Krogh"])
        #expect(diff.pupils.filter { $0.status == .left }.map(\.name) == ["Hanne Juul"])
        let count = { (s: DifferenceInput.TieStatus) in diff.ties.filter { $0.status == s }.count }
        // comparable 11 kept, 3 new, 1 lost; plus Ivar's 3 ties new and Hanne's 2 ties lost; Geir's ties
        // as a chooser who did not answer the second time are not drawn.
        #expect([count(.kept), count(.new), count(.lost)] == [11, 6, 3] as [Int])
    }

    @Test func evaluationParagraphInBothLanguages() throws {
        var c = comparison
        let k = try c.pupil(matching: "frida").get()
        c.addEvaluation(pupil: k, language: .nb)
        let nb = try #require(c.document.evaluation?.text)
        #expect(nb.contains("Frida Holm"))
        #expect(nb.contains("valgt av 2 medelever og hadde 2 gjensidige valg"))
        #expect(nb.contains("1 ny, 0 falt bort, 1 beholdt"))
        #expect(nb.contains("øyeblikksbilde"))
        c.addEvaluation(pupil: k, language: .en)
        let en = try #require(c.document.evaluation?.text)
        #expect(en.contains("chosen by 3 classmates and had 1 mutual choice"))
        // a pupil who joined has nothing to compare with
        c.addEvaluation(pupil: try c.pupil(matching: "Ivar Krogh").get(), language: .en)
        #expect(c.document.evaluation?.text.contains("was not in the survey høst") == true)
    }

    @Test func pupilLookupReportsUnknownAndAmbiguousNames() {
        if case .success = comparison.pupil(matching: "Zacharias") { Issue.record("an unknown name was found") }
        guard case .failure(let e) = comparison.pupil(matching: "Ola") else { return }
        #expect(e.message(.en).contains("Ola"))
        #expect(e.message(.nn).contains("«Ola»") && e.message(.en).contains("\"Ola\""))
    }

    @Test func pseudonymisedDocumentHasNoNames() throws {
        let before = try ImportFixtures.load("waves/before.csv").network
        let after = try ImportFixtures.load("waves/after.csv").network
        var c = try Comparison.run(before: before, after: after, options: CompareOptions(pseudonymised: true))
        c.addEvaluation(pupil: try c.pupil(matching: "Frida Holm").get(), language: .nb)
        let text = String(decoding: try c.document.jsonData(), as: UTF8.self)
        for name in ["Frida", "Anna", "Hanne", "Ivar", "Bjorn", "Bjørn"] { #expect(!text.contains(name)) }
    }

    /// Codes are made per file, so a pupil who left can hold the code another pupil has in the second
    /// wave; the comparison gives every pupil of either wave one code of its own, and the key lists them.
    @Test func pseudonymisedCodesAreUniqueAcrossBothWaves() throws {
        let before = try ImportFixtures.load("waves/before.csv").network
        let after = try ImportFixtures.load("waves/after.csv").network
        let c = try Comparison.run(before: before, after: after, options: CompareOptions(pseudonymised: true))
        let codes = c.document.pupils.map(\.code)
        #expect(Set(codes).count == codes.count)
        #expect(Set(c.difference.pupils.map(\.code)) == Set(codes))
        let hanne = try #require(before.pupils.first { $0.name == "Hanne Juul" })
        #expect(after.pupils.contains { $0.code == hanne.code }, "the fixture should reuse the code of the pupil who left")
        let left = try #require(c.document.matching.left.first)
        #expect(left.code != hanne.code && !after.pupils.map(\.code).contains(left.code))
        for pair in c.document.matching.loose { #expect(pair.before.code == pair.after.code) }
        let key = c.codeKey
        #expect(key.contains("\(left.code);\(left.id);Hanne Juul"))
        #expect(key.split(separator: "\r\n").count == codes.count + 1)
    }
}

@Suite struct CompareMatchingTests {
    private func network(_ people: [(id: String, name: String)], ties: [(Int, Int)] = []) -> ClassNetwork {
        ClassNetwork(
            name: "7A", pupils: people.map { Pupil(id: $0.id, name: $0.name, code: $0.id, responded: true) },
            questions: [Question(id: "q1", text: "Venner", kind: .positive)],
            nominations: ties.map { Nomination(from: $0.0, to: $0.1, question: 0) })
    }

    @Test func rosterIDsMatchEvenWhenNamesChanged() {
        let b = network([("1", "Kari Nordmann"), ("2", "Ola Hansen")])
        let a = network([("2", "Ola Hansen-Berg"), ("1", "Kari N.")])
        let m = WaveMatch(before: b, after: a, byID: true)
        #expect(m.afterOf == [1, 0])
        #expect(m.pairs.allSatisfy { $0.method == .id })
    }

    @Test func twoNamesWantingTheSamePupilAreNotGuessed() {
        let b = network([("p1", "Kari Nordmann"), ("p2", "Ola Hansen")])
        let a = network([("p1", "Kari Nordman"), ("p2", "Kari Nordmannn"), ("p3", "Ola Hansen")])
        let m = WaveMatch(before: b, after: a, byID: false)
        #expect(m.afterOf[1] == 2)
        #expect(m.afterOf[0] == nil)
        #expect(m.ambiguous == [0, 1])
        #expect(m.joined == [0, 1])
    }

    @Test func aGradeComparedWithItselfIsStableInEveryClass() throws {
        let grade = try ImportFixtures.load("grade-7").network
        let c = try Comparison.run(before: grade, after: grade)
        #expect(c.document.matching.matched == grade.count)
        // "Emma Hansen" is in 7A and 7C: matched within her class, not across
        #expect(c.document.matching.loose.isEmpty && c.document.matching.ambiguous.isEmpty)
        #expect(c.document.classes.map(\.name) == ["7A", "7B", "7C", "7D"])
        for cls in c.document.classes {
            #expect(cls.ties.jaccard == 1 && cls.ties.new == 0 && cls.ties.lost == 0 && cls.ties.kept > 0)
        }
        #expect(c.document.positive?.kept == c.document.classes.reduce(0) { $0 + $1.ties.kept })
    }

    @Test func jaccardIsNilWithoutComparableTies() throws {
        let b = network([("p1", "A"), ("p2", "B")])
        let a = network([("p1", "A"), ("p2", "B")])
        let c = try Comparison.run(before: b, after: a)
        #expect(c.document.positive?.jaccard == nil)
        #expect(c.document.positive?.kept == 0)
    }
}
