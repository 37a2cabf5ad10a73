import Foundation
import Testing
@testable import Sociogram

@Suite struct ImportRosterTests {
    func roster(_ text: String) throws(ImportError) -> Roster {
        try RosterReader.read(try CSVReader.read(try TextDecoder.decode(Array(text.utf8), file: "r.csv"), file: "r.csv"))
    }

    @Test func norwegianHeadersAndFirstLastName() throws {
        let r = try roster("Fornavn;Etternavn;Kjønn;Klasse;Elevnr\nKari;Nordmann;J;7A;101\nOla;Hansen;gutt;7B;102\n")
        #expect(r.entries.map(\.name) == ["Kari Nordmann", "Ola Hansen"])
        #expect(r.entries.map(\.gender) == [.girl, .boy])
        #expect(r.entries.map(\.className) == ["7A", "7B"])
        #expect(r.entries.map(\.id) == ["101", "102"])
        #expect(r.hasClasses)
    }

    @Test func idOnlyRosterWithBooleanFemaleColumn() throws {
        let r = try roster("\"id\",\"female\"\n\"1003\",FALSE\n\"1006\",TRUE\n")
        #expect(r.entries.map(\.name) == ["1003", "1006"])
        #expect(r.entries.map(\.gender) == [.boy, .girl])
    }

    @Test func unknownGenderIsReportedAndLeftUnknown() throws {
        let r = try roster("navn,kjønn\nKari,J\nOla,kanskje\n")
        #expect(r.entries[1].gender == nil)
        let w = try #require(r.diagnostics.first { $0.code == "unknown-gender" })
        #expect(w.location == SourceLocation(file: "r.csv", line: 3, column: 2))
        #expect(w.message.contains("kanskje"))
    }

    @Test(arguments: [
        ("navn\nKari\nOla\nkari\n", 4, 1),
        ("id,navn\n1,Kari\n2,Ola\n1,Åse\n", 4, 1),
        ("navn,kode\nKari,K1\nOla,K2\nÅse,K2\n", 4, 2),
    ])
    func duplicatesAreErrorsWithLocation(text: String, line: Int, column: Int) {
        expectImportError(.duplicateEntry, line: line, column: column) { () throws(ImportError) in _ = try roster(text) }
    }

    @Test func sameNameInTwoClassesIsAllowed() throws {
        let r = try roster("navn;klasse\nEmma Hansen;7A\nEmma Hansen;7C\n")
        #expect(r.entries.count == 2)
    }

    @Test func rosterWithoutNameOrIdIsMissingColumn() {
        expectImportError(.missingColumn, line: 1, column: nil) { () throws(ImportError) in _ = try roster("kjønn;klasse\nJ;7A\n") }
    }

    @Test func idsAndCodesFromRosterOtherwiseGenerated() throws {
        let ids = ImportFixtures.path("7b/roster.csv")
        let r = try SurveyImporter.load(path: ImportFixtures.path("7b/edges.csv"), options: ImportOptions(rosterPath: ids))
        #expect(r.network.pupils.first?.id == "7b01")
        #expect(r.network.pupils.allSatisfy { $0.code.hasPrefix("K") })
        // without a roster: p1… in order of appearance, E01… in Norwegian alphabetical order
        let plain = try importText("Elev;Hvem vil du være med?\nÅse;Ola\nOla;Ærlig\nAnne;Ola\nØyvind;Anne\n")
        let byName = Dictionary(uniqueKeysWithValues: plain.network.pupils.map { ($0.name, $0) })
        #expect(plain.network.pupils.map(\.id) == ["p1", "p2", "p3", "p4", "p5"])
        #expect(byName["Anne"]?.code == "E01")
        #expect(byName["Ola"]?.code == "E02")
        #expect(byName["Ærlig"]?.code == "E03")
        #expect(byName["Øyvind"]?.code == "E04")
        #expect(byName["Åse"]?.code == "E05")
    }

    @Test func rosterRespondedColumnMarksChoseNobody() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("roster-\(UUID().uuidString).csv").path
        try "navn;svarte\nKari;ja\nOla;ja\nÅse;nei\n".write(toFile: dir, atomically: true, encoding: .utf8)
        let r = try importText("fra;til\nKari;Ola\n", options: ImportOptions(rosterPath: dir))
        #expect(r.network.pupils.map(\.responded) == [true, true, false])
    }
}
