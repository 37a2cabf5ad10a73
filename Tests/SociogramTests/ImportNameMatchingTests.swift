import Foundation
import Testing
@testable import Sociogram

@Suite struct ImportNameMatcherTests {
    let matcher = NameMatcher([
        "Kari Nordmann", "André Moe", "Åse Lien", "Jørgen Bø", "Bjørn Strand", "Emma Dahl", "Emma Berg",
        "Ola Hansen", "Ole Hansen", "Sigrid Øverland", "Mia Solberg",
    ].map { NameMatcher.Candidate(name: $0) })

    func name(_ o: NameMatcher.Outcome) -> String? {
        if case .matched(let i, _) = o { return matcher.candidates[i].name }
        return nil
    }

    func method(_ o: NameMatcher.Outcome) -> MatchMethod? {
        if case .matched(_, let m) = o { return m }
        return nil
    }

    @Test func exact() {
        #expect(matcher.match("Kari Nordmann") == .matched(0, .exact))
    }

    @Test func normalisedCaseSpacesAccents() {
        for written in ["kari  nordmann", "KARI NORDMANN", " Kari\u{00A0}Nordmann"] {
            #expect(name(matcher.match(written)) == "Kari Nordmann")
            #expect(method(matcher.match(written)) == .normalised)
        }
        #expect(matcher.match("Andre Moe") == .matched(1, .normalised))
        // å is a letter of its own in Norwegian: "Ase" is a close spelling, not an accent variant
        #expect(method(matcher.match("Ase Lien")) == .closeSpelling)
    }

    @Test func uniqueFirstNameAndInitial() {
        #expect(matcher.match("Sigrid") == .matched(9, .firstName))
        #expect(matcher.match("mia") == .matched(10, .firstName))
        #expect(matcher.match("Emma D.") == .matched(5, .firstName))
        if case .ambiguous(let hits) = matcher.match("Emma") {
            #expect(Set(hits) == [5, 6])
        } else {
            Issue.record("\"Emma\" must be ambiguous")
        }
    }

    @Test func closeSpellingWithNorwegianFolds() {
        #expect(name(matcher.match("Aase Lien")) == "Åse Lien")
        #expect(name(matcher.match("Jorgen Bø")) == "Jørgen Bø")
        #expect(name(matcher.match("Jorgen Bo")) == "Jørgen Bø")
        #expect(name(matcher.match("Bjorn Strand")) == "Bjørn Strand")
        #expect(name(matcher.match("Kari Nordman")) == "Kari Nordmann")  // one letter missing
        #expect(name(matcher.match("Kari Nrodmann")) == "Kari Nordmann")  // transposition
        #expect(name(matcher.match("Sigird")) == "Sigrid Øverland")  // first name, transposed
        #expect(method(matcher.match("Jorgen")) == .closeSpelling)
    }

    @Test func closeSpellingMustBeUniqueAndNear() {
        // one edit from both Ola Hansen and Ole Hansen: reported, never guessed
        if case .ambiguous = matcher.match("Oly Hansen") {} else { Issue.record("expected ambiguous") }
        #expect(matcher.match("Kari Nilsen") == .unmatched)  // 4 edits
        #expect(matcher.match("Per") == .unmatched)
        #expect(matcher.match("Mio") == .unmatched)  // 3 letters: only exact folds count
    }

    @Test func editDistanceIsDamerauLevenshteinOSA() {
        func d(_ a: String, _ b: String) -> Int {
            EditDistance.osa(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: 10)
        }
        #expect(d("kari", "kari") == 0)
        #expect(d("kari", "karl") == 1)
        #expect(d("jonas", "jnoas") == 1)
        #expect(d("ca", "abc") == 3)  // OSA, not unrestricted Damerau
        #expect(d("", "abc") == 3)
        #expect(EditDistance.osa(Array("abcdef".unicodeScalars), Array("uvwxyz".unicodeScalars), limit: 2) == 3)
    }

    @Test func rosterIdsAndCodesCountAsExact() {
        let m = NameMatcher([NameMatcher.Candidate(name: "Kari Nordmann", identifiers: ["1003", "E07"])])
        #expect(m.match("1003") == .matched(0, .exact))
        #expect(m.match("E07") == .matched(0, .exact))
    }

    @Test func norwegianAlphabeticalOrder() {
        let names = ["Åse", "Ola", "Øystein", "Ærlig", "Anne", "Émile", "Zara"]
        #expect(names.sorted(by: NameKey.norwegianOrder) == ["Anne", "Émile", "Ola", "Zara", "Ærlig", "Øystein", "Åse"])
    }
}

@Suite struct ImportNameRulesTests {
    let q = "Hvem vil du være sammen med?"

    func writeRoster(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("roster-\(UUID().uuidString).csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func looseMatchesAreReportedWithCountsAndFirstPlace() throws {
        let csv = "Elev;\(q)\nKari Nordmann;ola hansen\nOla Hansen;Kari\nÅse Lien;kari nordmann\nPer Moe;ola hansen\n"
        let r = try importText(csv)
        let m = r.report.matches
        #expect(m.count == 3)
        let ola = try #require(m.first { $0.written == "ola hansen" })
        #expect(ola.method == .normalised)
        #expect(ola.occurrences == 2)
        #expect(ola.location == SourceLocation(file: "test.csv", line: 2, column: 2))
        #expect(ola.pupilName == "Ola Hansen")
        #expect(ola.pupilID == r.network.pupils[try #require(r.network.pupil(named: "Ola Hansen"))].id)
        #expect(m.contains { $0.written == "Kari" && $0.method == .firstName })
        #expect(r.network.nominations.count == 4)
    }

    @Test func strictTurnsTheFirstLooseMatchIntoAnError() {
        let csv = "Elev;\(q)\nKari Nordmann;Ola Hansen\nOla Hansen;Kari\nÅse Lien;kari nordmann\n"
        let e = importError { () throws(ImportError) in try importText(csv, options: ImportOptions(strict: true)) }
        #expect(e?.kind == .unknownName)
        #expect(e?.location == SourceLocation(file: "test.csv", line: 3, column: 2))
        #expect(e?.message.contains("Kari") == true)
    }

    @Test func unknownNameWithoutRosterBecomesNonRespondentWithWarning() throws {
        let csv = "Elev;\(q)\nKari Nordmann;Per Olsen\nOla Hansen;Per Olsen\nÅse Lien;Kari Nordmann\n"
        let r = try importText(csv)
        let per = try #require(r.network.pupil(named: "Per Olsen"))
        #expect(r.network.pupils[per].responded == false)
        #expect(r.network.choosers(of: per, in: 0).count == 2)
        let w = r.report.diagnostics.filter { $0.code == "added-pupil" }
        #expect(w.count == 1)
        #expect(w.first?.severity == .warning)
        #expect(w.first?.location == SourceLocation(file: "test.csv", line: 2, column: 2))
        #expect(w.first?.message.contains("2 times") == true)
        let e = importError { () throws(ImportError) in try importText(csv, options: ImportOptions(strict: true)) }
        #expect(e?.kind == .unknownName)
        #expect(e?.location?.line == 2)
    }

    @Test func unknownNameWithRosterIsWarnedAndNotUsed() throws {
        let roster = try writeRoster("navn;kjønn\nKari Nordmann;J\nOla Hansen;G\nÅse Lien;J\nPer Moe;G\n")
        let csv = "Elev;\(q)\nKari Nordmann;Ola Hansen\nOla Hansen;Knut Knutsen\nÅse Lien;Kari Nordmann\n"
        let r = try importText(csv, options: ImportOptions(rosterPath: roster))
        #expect(r.network.count == 4)
        #expect(r.network.nominations.count == 2)
        let w = try #require(r.report.diagnostics.first { $0.code == "unmatched-name" })
        #expect(w.location == SourceLocation(file: "test.csv", line: 3, column: 2))
        #expect(w.message.contains("Knut Knutsen"))
        // Per Moe is on the roster but did not answer: missing, not "chose nobody"
        let per = try #require(r.network.pupil(named: "Per Moe"))
        #expect(r.network.pupils[per].responded == false)
        #expect(r.network.pupils[per].gender == .boy)
        #expect(r.network.respondents.count == 3)
    }

    @Test func moreThanHalfUnknownIsWrongRosterEvenWithoutStrict() throws {
        let roster = try writeRoster("navn\nPer Olsen\nPål Larsen\nEspen Askeladd\n")
        let csv = "Elev;\(q)\nKari Nordmann;Ola Hansen\nOla Hansen;Kari Nordmann\nPer Olsen;Kari Nordmann\n"
        let e = importError { () throws(ImportError) in try importText(csv, options: ImportOptions(rosterPath: roster)) }
        #expect(e?.kind == .unknownName)
        #expect(e?.message.contains("right roster") == true)
        #expect(e?.location == SourceLocation(file: "test.csv", line: 2, column: 1))
    }

    @Test func selfAndDuplicateNominationsAreDroppedWithWarnings() throws {
        let csv = "Elev;\(q) [Valg 1];\(q) [Valg 2];\(q) [Valg 3]\nKari;Kari;Ola;ola\nOla;Kari;;\n"
        let r = try importText(csv)
        #expect(r.network.nominations.count == 2)
        let selfNom = try #require(r.report.diagnostics.first { $0.code == "self-nomination" })
        #expect(selfNom.location == SourceLocation(file: "test.csv", line: 2, column: 2))
        let dup = try #require(r.report.diagnostics.first { $0.code == "duplicate-nomination" })
        #expect(dup.location == SourceLocation(file: "test.csv", line: 2, column: 4))
        #expect(r.network.rankedTies.contains([q, "Kari", "Ola", "2"]))
    }

    @Test func respondentTwiceIsAnErrorNamingBothLines() {
        let csv = "Tidsmerke;Hva heter du?;\(q)\nx;Kari;Ola\ny;Ola;Kari\nz;kari;Ola\n"
        let e = importError { () throws(ImportError) in try importText(csv) }
        #expect(e?.kind == .duplicateRespondent)
        #expect(e?.location == SourceLocation(file: "test.csv", line: 4, column: 2))
        #expect(e?.message.contains("lines 2 and 4") == true)
    }

    @Test func ambiguousFirstNameIsReportedNotGuessed() throws {
        let csv = "Elev;\(q)\nEmma Dahl;Ola\nEmma Berg;Ola\nOla;Emma\n"
        let r = try importText(csv)
        #expect(r.network.count == 3)
        let w = try #require(r.report.diagnostics.first { $0.code == "unmatched-name" })
        #expect(w.message.contains("Emma Dahl") && w.message.contains("Emma Berg"))
        #expect(w.location?.line == 4)
    }

    @Test func tenThousandRowEdgeListImports() throws {
        var text = "from;to;question;rank\n"
        for i in 0..<10_000 {
            text += "elev\(i % 400);elev\((i * 7 + 1) % 400);q\(i % 3);\n"
        }
        let r = try importText(text)
        #expect(r.network.count == 400)
        #expect(r.network.questions.count == 3)
        #expect(r.report.files[0].rows == 10_000)
    }
}
