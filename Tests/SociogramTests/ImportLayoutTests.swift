import Foundation
import Testing
@testable import Sociogram

@Suite struct ImportLayoutTests {
    let q = "Hvem vil du være sammen med?"

    @Test func wideOneColumnPerChoiceWithRanks() throws {
        let csv = """
            Elevnavn;\(q) [Valg 1];\(q) [Valg 2];\(q) - valg 3
            Kari;Ola;Åse;Per
            Ola;Kari;;
            Åse;Per;Kari;
            Per;Ola;;
            """
        let r = try importText(csv)
        #expect(r.report.files[0].layout == .wideColumnPerChoice)
        #expect(r.report.files[0].respondentColumn == "Elevnavn")
        #expect(r.network.questions.map(\.text) == [q])
        #expect(r.network.rankedTies.contains([q, "Kari", "Per", "3"]))
        #expect(r.network.rankedTies.contains([q, "Åse", "Kari", "2"]))
        #expect(r.network.nominations.count == 7)
    }

    @Test func choiceHeaderVariants() {
        #expect(ChoiceHeader("\(q) [Valg 2]") == ChoiceHeader(stem: q, choice: 2, explicit: true))
        #expect(ChoiceHeader("\(q) - valg 3") == ChoiceHeader(stem: q, choice: 3, explicit: true))
        #expect(ChoiceHeader("\(q) (1)") == ChoiceHeader(stem: q, choice: 1, explicit: true))
        #expect(ChoiceHeader("Who do you play with? Choice 3") == ChoiceHeader(stem: "Who do you play with?", choice: 3, explicit: true))
        #expect(ChoiceHeader("1. valg") == ChoiceHeader(stem: "", choice: 1, explicit: true))
        #expect(ChoiceHeader("Valg 2: \(q)") == ChoiceHeader(stem: q, choice: 2, explicit: true))
        #expect(ChoiceHeader("Venn 2") == ChoiceHeader(stem: "Venn", choice: 2, explicit: false))
        #expect(ChoiceHeader(q) == ChoiceHeader(stem: q, choice: nil, explicit: false))
    }

    @Test func bareChoiceColumnsJoinThePreviousQuestion() throws {
        let csv = "Navn;\(q) [Valg 1];Valg 2;Choice 3\nKari;Ola;Åse;Per\nOla;Kari;;\nÅse;Kari;;\nPer;Kari;;\n"
        let r = try importText(csv)
        #expect(r.network.questions.count == 1)
        #expect(r.network.rankedTies.contains([q, "Kari", "Per", "3"]))
        #expect(r.report.diagnostics.contains { $0.code == "respondent-from-form-name" })
    }

    @Test func genericNumberedColumnsGroupOnlyWhenRepeated() throws {
        let csv = "Elev;Venn 1;Venn 2;Hvem er i klasse 7\nKari;Ola;Åse;Per\nOla;Kari;;Åse\nÅse;Kari;;Ola\nPer;Ola;;Kari\n"
        let r = try importText(csv)
        #expect(r.network.questions.map(\.text) == ["Venn", "Hvem er i klasse 7"])
        #expect(r.network.rankedTies.contains(["Venn", "Kari", "Åse", "2"]))
    }

    @Test func microsoftFormsEnglishMetadataDroppedNamesInCell() throws {
        let csv = """
            ID,Start time,Completion time,Email,Name,Last modified time,What is your name?,Who do you want to sit next to?
            1,3/10/25 8:00:00,3/10/25 8:02:00,kari@skole.no,Kari Nordmann,,Kari Nordmann,"Ola Hansen;Åse Lien;"
            2,3/10/25 8:01:00,3/10/25 8:03:00,ola@skole.no,Ola Hansen,,Ola Hansen,"Kari Nordmann;"
            3,3/10/25 8:01:00,3/10/25 8:03:00,ase@skole.no,Åse Lien,,Åse Lien,"Kari Nordmann;Ola Hansen;"
            """
        let r = try importText(csv)
        let f = r.report.files[0]
        #expect(f.layout == .wideNamesInCell)
        #expect(f.droppedColumns.map(\.column) == [1, 2, 3, 4, 5, 6])
        #expect(f.droppedColumns.allSatisfy { $0.reason == .metadata })
        #expect(r.network.nominations.count == 5)
        #expect(r.network.questions[0].kind == .positive)
        let json = String(decoding: try JSONEncoder().encode(r.report), as: UTF8.self)
        #expect(!json.contains("skole.no"))
        #expect(!json.contains("8:02:00"))
    }

    @Test func googleFormsCommaSeparatedNamesInCell() throws {
        let csv = "Tidsmerke,E-postadresse,Hva heter du?,\(q)\n2025/03/10 8:00,a@b.no,Kari,\"Ola, Åse\"\n2025/03/10 8:01,c@d.no,Ola,Kari\n2025/03/10 8:02,e@f.no,Åse,\"Kari, Ola\"\n"
        let r = try importText(csv)
        #expect(r.network.namedTies == [[q, "Kari", "Ola"], [q, "Kari", "Åse"], [q, "Ola", "Kari"], [q, "Åse", "Kari"], [q, "Åse", "Ola"]])
        #expect(r.network.nominations.allSatisfy { $0.rank == nil })
    }

    @Test func freeTextIsNeverImportedNorQuoted() throws {
        let csv = """
            Hva heter du?;\(q);Hvorfor?;Hvor mange venner har du?
            Kari;Ola;Ola er hemmelig snill;3
            Ola;Kari;fordi;2
            Åse;Kari;Kari deler godteri;5
            """
        let r = try importText(csv)
        let dropped = r.report.files[0].droppedColumns
        #expect(dropped.map(\.header) == ["Hvorfor?", "Hvor mange venner har du?"])
        #expect(dropped.allSatisfy { $0.reason == .freeText })
        #expect(r.network.questions.map(\.text) == [q])
        let json = String(decoding: try JSONEncoder().encode(r.report), as: UTF8.self)
        for secret in ["hemmelig", "godteri", "fordi"] { #expect(!json.contains(secret)) }
        #expect(r.network.pupils.map(\.name).sorted() == ["Kari", "Ola", "Åse"])
    }

    @Test func formNameColumnOnlyWhenItHoldsNames() throws {
        let anonymous = "ID;Starttidspunkt;Navn;\(q)\n1;x;anonymous;Kari\n2;y;anonymous;Ola\n"
        let e = importError { () throws(ImportError) in try importText(anonymous) }
        #expect(e?.kind == .missingColumn)
        #expect(e?.location == SourceLocation(file: "test.csv", line: 1))
        let named = "ID;Starttidspunkt;Navn;\(q)\n1;x;Kari;Ola\n2;y;Ola;Kari\n"
        let r = try importText(named)
        #expect(r.report.files[0].respondentColumn == "Navn")
        #expect(r.report.diagnostics.contains { $0.code == "respondent-from-form-name" })
        #expect(r.network.nominations.count == 2)
    }

    @Test func formExportRowWithoutChoicesIsRespondentTypedSheetRowIsMissing() throws {
        let form = "Tidsmerke;Hva heter du?;\(q)\nx;Kari;Ola\ny;Ola;\n"
        #expect(try importText(form).network.respondents.count == 2)
        let typed = "Elev;\(q)\nKari;Ola\nOla;\n"
        let r = try importText(typed)
        #expect(r.network.respondents.count == 1)
        #expect(r.report.diagnostics.contains { $0.code == "no-answers" && $0.location?.line == 3 })
    }

    @Test func edgeListHeadersInThreeLanguages() throws {
        for header in ["from,to,question,rank", "fra,til,spørsmål,rangering", "source,target,relation,rang"] {
            let r = try importText("\(header)\nKari,Ola,play,1\nOla,Kari,play,\nKari,Åse,notplay,\n")
            #expect(r.report.files[0].layout == .edgeList)
            #expect(r.network.questions.map(\.id) == ["play", "notplay"])
            #expect(r.network.questions.map(\.kind) == [.positive, .negative])
            #expect(r.network.rankedTies.contains(["play", "Kari", "Ola", "1"]))
            #expect(r.network.respondents.count == 2)  // Åse only appears as chosen
        }
    }

    @Test func morenoSourceTargetWithoutQuestion() throws {
        let r = try importText("Source;Target\nGO1;LP\nPR;WO\nLP;GO1\n", file: "Sociogram1.csv")
        #expect(r.network.count == 4)
        #expect(r.network.questions.map(\.text) == ["Sociogram1"])
        #expect(r.network.questions[0].kindSource == .defaulted)
        #expect(r.network.pupils.filter(\.responded).map(\.name) == ["GO1", "PR", "LP"])
    }

    @Test func edgeListClassColumnMakesGradeAndEmptyTargetMeansChoseNobody() throws {
        let csv = "from;to;klasse\nKari;Ola;7A\nOla;;7A\nKari;Per;7B\nPer;Kari;7B\n"
        let r = try importText(csv)
        #expect(r.network.classNames == ["7A", "7B"])
        #expect(r.network.count == 4)  // Kari in 7A and Kari in 7B are two pupils
        #expect(r.network.respondents.count == 4)
        #expect(r.network.nominations.count == 3)
    }

    @Test func matrixWithRanksMissingRowAndColumnsInOtherOrder() throws {
        let csv = """
            Hvem vil du sitte ved siden av?;Åse;Kari;Ola;Per
            Kari;2;;1;0
            Ola;0;1;;0
            Åse;;1;0;0
            Per;NA;NA;NA;
            """
        let r = try importText(csv)
        let n = r.network
        #expect(r.report.files[0].layout == .matrix)
        #expect(n.questions.map(\.text) == ["Hvem vil du sitte ved siden av?"])
        #expect(n.rankedTies == [
            ["Hvem vil du sitte ved siden av?", "Kari", "Åse", "2"], ["Hvem vil du sitte ved siden av?", "Kari", "Ola", "1"],
            ["Hvem vil du sitte ved siden av?", "Ola", "Kari", "1"], ["Hvem vil du sitte ved siden av?", "Åse", "Kari", "1"],
        ])
        #expect(n.pupils.first { $0.name == "Per" }?.responded == false)
        #expect(n.pupils.first { $0.name == "Ola" }?.responded == true)
    }

    @Test func matrixOfOnesHasNoRanksAndCornerNameMeansFileName() throws {
        let r = try importText(",Kari,Ola,Åse\nKari,,1,x\nOla,1,,0\nÅse,0,0,\n", file: "klasse/venner.csv")
        #expect(r.network.nominations.allSatisfy { $0.rank == nil })
        #expect(r.network.nominations.count == 3)
        #expect(r.network.questions[0].text == "venner")
        #expect(r.network.respondents.count == 3)  // Åse chose nobody: zeros, not missing
    }

    @Test func headerlessNumericEdgeList() throws {
        let r = try importText("1 1 2 1\n1 2 1 1\n2 1 3 1\n2 3 1 1\n1 3 2 1\n", file: "multiplex.edges")
        #expect(r.report.files[0].layout == .edgeList)
        #expect(r.report.files[0].delimiter == "space")
        #expect(r.network.questions.count == 2)
        #expect(r.network.nominations.count == 5)
        #expect(r.report.diagnostics.contains { $0.code == "headerless-edge-list" && $0.message.contains("column 1 = question") })
    }

    @Test func ingenMeansChoseNobodyAndAlleIsNotNames() throws {
        let csv = "Tidsmerke;Hva heter du?;\(q)\nx;Kari;Ingen\ny;Ola;Kari;\nz;Åse;Alle\n"
        let r = try importText(csv)
        #expect(r.network.count == 3)  // no pupil called "Ingen" or "Alle"
        #expect(r.network.respondents.count == 3)
        #expect(r.network.nominations.count == 1)
        #expect(r.report.diagnostics.contains { $0.code == "no-one-answer" && $0.location?.line == 2 })
        #expect(r.report.diagnostics.contains { $0.code == "everyone-answer" && $0.severity == .warning })
    }

    @Test func numbersWithoutHeaderOrNamesAreUnknownLayout() {
        let matrix = (0..<6).map { i in (0..<6).map { $0 == i ? "0" : String(($0 + i) % 2) }.joined(separator: " ") }
        expectImportError(.unknownLayout, line: 1, column: nil) { () throws(ImportError) in
            _ = try importText(matrix.joined(separator: "\n"), file: "klas12b-net-1.dat")
        }
    }

    @Test func titleLineAboveHeaderIsSkipped() throws {
        let csv = "Sosiogram 7B, mars 2025;;\n;;\nElev;\(q) [Valg 1];\(q) [Valg 2]\nKari;Ola;Åse\nOla;Kari;\nÅse;Kari;Ola\n"
        let r = try importText(csv)
        #expect(r.report.files[0].respondentColumn == "Elev")
        #expect(r.network.nominations.count == 5)
        #expect(r.report.diagnostics.contains { $0.code == "title-line" && $0.location?.line == 1 })
    }

    @Test func rosterGivenAsSurveyIsExplained() {
        let e = importError { () throws(ImportError) in try importText("navn;kjønn\nKari;J\nOla;G\n") }
        #expect(e?.kind == .unknownLayout)
        #expect(e?.message.contains("--roster") == true)
    }
}
