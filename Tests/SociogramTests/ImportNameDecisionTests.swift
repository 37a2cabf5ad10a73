import Testing
@testable import Sociogram

/// The user's decisions about written names (`--name`, `--drop-name`, the web app's menus).
@Suite struct ImportNameDecisionTests {
    /// `fixtures/names/7b-ukjent-navn.csv` with the 7b roster: «Per» is on no roster (2 choices), «Jorgen Bø»
    /// and «Aase Lien» are close spellings.
    private func load(_ decisions: [NameDecision], language: Language = .en) throws(ImportError) -> ImportResult {
        var options = ImportOptions(rosterPath: ImportFixtures.path("7b/roster.csv"), language: language)
        options.nameDecisions = decisions
        return try SurveyImporter.load(path: ImportFixtures.path("names/7b-ukjent-navn.csv"), options: options)
    }

    private func chosen(_ r: ImportResult, by chooser: String) -> [String] {
        let names = r.network.pupils.map(\.name)
        return r.network.nominations.filter { names[$0.from] == chooser }.map { names[$0.to] }
    }

    @Test func repointingALooseMatchMovesTheChoiceAndSaysSo() throws {
        let before = try load([])
        #expect(chosen(before, by: "Bjørn Strand").contains("Jørgen Bø"))
        let r = try load([NameDecision(written: "Jorgen Bø", action: .pupil("Jonas Vik"))])
        #expect(chosen(r, by: "Bjørn Strand").contains("Jonas Vik"))
        #expect(!chosen(r, by: "Bjørn Strand").contains("Jørgen Bø"))
        #expect(!r.report.matches.contains { $0.written == "Jorgen Bø" })
        let note = try #require(r.report.diagnostics.first { $0.code == "name-decided" })
        #expect(note.message == #""Jorgen Bø" is read as Jonas Vik, as you decided (written 1 time)."#)
        #expect(note.location?.line == 4 && note.location?.column == 2)
        #expect(r.report.nameDecisions.first?.pupilName == "Jonas Vik")
    }

    @Test func confirmingALooseMatchKeepsThePupilWithoutAWarning() throws {
        let r = try load([NameDecision(written: " Aase  Lien ", action: .pupil("Åse Lien"))])
        #expect(chosen(r, by: "Emma Dahl").contains("Åse Lien"))
        #expect(!r.report.diagnostics.contains { $0.code == "fuzzy-match" && $0.message.contains("Aase") })
        #expect(r.report.diagnostics.contains { $0.code == "name-decided" && $0.message.contains("Åse Lien") })
    }

    @Test func droppingAnUnknownNameCountsItsChoices() throws {
        let before = try load([])
        #expect(before.report.unknownNames.map(\.written) == ["Per"])
        let r = try load([NameDecision(written: "Per", action: .drop)])
        #expect(!r.report.diagnostics.contains { $0.code == "unmatched-name" })
        #expect(r.report.unknownNames.isEmpty)
        let note = try #require(r.report.diagnostics.first { $0.code == "name-dropped" })
        #expect(note.message == #""Per" is left out, as you decided: 2 choices."#)
        #expect(note.location?.line == 3)
        #expect(r.report.nameDecisions == [
            AppliedNameDecision(written: "Per", pupilID: nil, pupilName: nil, dropped: true, occurrences: 2, location: note.location)
        ])
        #expect(r.network.nominations.count == before.network.nominations.count)
    }

    @Test func droppingARespondentsNameSaysTheAnswerRowIsNotUsed() throws {
        let r = try load([NameDecision(written: "Ola Hansen", action: .drop)], language: .nb)
        let notes = r.report.diagnostics.filter { $0.code == "name-dropped" }.map(\.message)
        #expect(notes == [
            "«Ola Hansen» er utelatt, slik du bestemte: svarraden med dette navnet brukes ikke.",
            "«Ola Hansen» er utelatt, slik du bestemte: 1 valg.",
        ])
        #expect(r.network.pupils.first { $0.name == "Ola Hansen" }?.responded == false)
    }

    @Test func mappingAnUnknownNameAddsItsChoices() throws {
        let before = try load([])
        let r = try load([NameDecision(written: "Per", action: .pupil("Lars Tveit"))])
        #expect(r.network.nominations.count == before.network.nominations.count + 2)
        #expect(chosen(r, by: "André Moe").contains("Lars Tveit"))
    }

    @Test func withoutARosterADroppedNameIsNotAddedAsAPupil() throws {
        // The 7b form export where Lars Tveit's first choice is «Per», who has no row.
        let text = try String(contentsOfFile: ImportFixtures.path("7b/excel-valg-columns.csv"), encoding: .utf8)
        let bytes = Array(text.replacingOccurrences(of: "Lars Tveit;Ola Hansen;", with: "Lars Tveit;Per;").utf8)
        func read(_ decisions: [NameDecision]) throws -> ImportResult {
            var options = ImportOptions()
            options.nameDecisions = decisions
            return try SurveyImporter.load(bytes: bytes, fileName: "7b.csv", options: options)
        }
        let before = try read([])
        #expect(before.network.pupils.contains { $0.name == "Per" })
        #expect(before.report.unknownNames.map(\.written) == ["Per"])
        let r = try read([NameDecision(written: "Per", action: .drop)])
        #expect(!r.network.pupils.contains { $0.name == "Per" })
        #expect(r.report.diagnostics.contains { $0.code == "name-dropped" })
    }

    @Test func aPupilNotInTheClassListIsAnError() {
        let e = importError { () throws(ImportError) in try load([NameDecision(written: "Per", action: .pupil("Per Olsen"))], language: .nb) }
        #expect(e?.kind == .badOption)
        #expect(e?.message.contains("«Per Olsen»") == true)
        #expect(e?.message.contains("navnelisten") == true)
    }

    @Test func aNameTheFileNeverWritesIsAnError() {
        let e = importError { () throws(ImportError) in try load([NameDecision(written: "Pål", action: .drop)], language: .nn) }
        #expect(e?.kind == .badOption)
        #expect(e?.message == "«Pål» står ikkje som namn nokon stad i undersøkinga, så avgjerda om det kan ikkje brukast. Sjekk skrivemåten.")
    }

    @Test func parsingTheOption() throws {
        #expect(try NameDecision(parsing: "Aase Lien = Åse Lien") == NameDecision(written: "Aase Lien", action: .pupil("Åse Lien")))
        #expect(importError { () throws(ImportError) in try NameDecision(parsing: "Per") }?.kind == .badOption)
        #expect(importError { () throws(ImportError) in try NameDecision(parsing: "=Per") }?.kind == .badOption)
    }
}
