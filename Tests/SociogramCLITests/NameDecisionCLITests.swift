import Foundation
import Testing

/// `--name "WRITTEN=PUPIL"` and `--drop-name WRITTEN` on the commands that read a survey.
@Suite struct NameDecisionCLITests {
    private let survey = CLIRunner.fixture("7b/excel-valg-columns.csv")
    private let roster = CLIRunner.fixture("7b/roster.csv")
    private let unknown = CLIRunner.fixture("names/7b-ukjent-navn.csv")

    @Test func inspectShowsARepointedLooseMatchAsDecided() throws {
        let r = try CLIRunner.run(["inspect", survey, "--roster", roster, "--name", "Tobias Myre=Tobias Myhre", "--name", "Sigrid=Sofie Haugland"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains(#"excel-valg-columns.csv:25:4: "Tobias Myre" is read as Tobias Myhre, as you decided (written 1 time)."#))
        #expect(r.stdout.contains(#""Sigrid" is read as Sofie Haugland, as you decided"#))
        #expect(!r.stdout.contains("“Sigrid” → Sigrid Øverland"))
        #expect(r.stdout.contains("“Aase Lien” → Åse Lien"))
    }

    @Test func analyzeCountsADroppedNameInTheImportReport() throws {
        let folder = try CLIRunner.temporaryFolder().appendingPathComponent("ut")
        let r = try CLIRunner.run(["analyze", unknown, "--roster", roster, "--drop-name", "Per", "--lang", "nb", "--out", folder.path])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try String(contentsOf: folder.appendingPathComponent("analysis.json"), encoding: .utf8)
        #expect(json.contains("\"name-dropped\""))
        #expect(json.contains("«Per» er utelatt, slik du bestemte: 2 valg."))
        #expect(!json.contains("\"unmatched-name\""))
    }

    @Test func aDecisionAboutANameNotInTheFileIsExitTwo() throws {
        let r = try CLIRunner.run(["inspect", survey, "--roster", roster, "--drop-name", "Per"])
        #expect(r.status == 2)
        #expect(r.stderr.contains(#""Per" is not written as a name anywhere in the survey"#))
    }

    @Test func aPupilNotOnTheRosterIsExitTwo() throws {
        let r = try CLIRunner.run(["inspect", unknown, "--roster", roster, "--name", "Per=Per Olsen", "--lang", "nn"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("«Per Olsen», som ikkje er ein elev i namnelista"))
    }

    @Test func aBadNameOptionIsExitTwo() throws {
        let r = try CLIRunner.run(["inspect", unknown, "--name", "Per"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--name expects WRITTEN=PUPIL"))
    }
}

extension NameDecisionCLITests {
    @Test func compareAppliesADecisionToTheFileThatWritesTheName() throws {
        let r = try CLIRunner.run(["compare", survey, unknown, "--roster", roster, "--drop-name", "Per"])
        #expect(r.status == 0 || r.status == 1, "\(r.stderr)")
        #expect(!r.stderr.contains("not written as a name"))
    }
}
