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

/// In commands that read several surveys, a decision that fits none of the files is an error (exit 2),
/// as it is for one survey; one that fits some of them applies there.
extension NameDecisionCLITests {
    @Test func compareRefusesADecisionThatFitsNeitherSurvey() throws {
        let r = try CLIRunner.run(["compare", survey, survey, "--roster", roster, "--drop-name", "Nobody", "--lang", "nb"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("«Nobody» står ikke som navn noe sted i noen av de 2 undersøkelsene"), "\(r.stderr)")
    }

    @Test func followRefusesADecisionThatFitsNoSurveyAndAppliesOneThatFitsSome() throws {
        let refused = try CLIRunner.run(["follow", survey, survey, survey, "--roster", roster, "--name", "Zed=André Moe", "--lang", "nn"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("«Zed» står ikkje som namn nokon stad i nokon av dei 3 undersøkingane"), "\(refused.stderr)")
        let applied = try CLIRunner.run(["follow", survey, unknown, "--roster", roster, "--drop-name", "Per", "--lang", "nb"])
        #expect(applied.status == 0 || applied.status == 1, "\(applied.stderr)")
    }

    @Test func reportBeforeRefusesADecisionThatFitsNoSurveyAndAppliesOneThatFitsTheEarlierOnly() throws {
        let folder = try CLIRunner.temporaryFolder()
        let out = folder.appendingPathComponent("report.html").path
        let refused = try CLIRunner.run(["report", survey, "--before", survey, "--roster", roster, "--drop-name", "Nobody", "--lang", "en", "-o", out])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains(#""Nobody" is not written as a name anywhere in any of the 2 surveys"#), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        // «Per» is written only in the earlier survey: it applies there.
        let applied = try CLIRunner.run(["report", survey, "--before", unknown, "--roster", roster, "--drop-name", "Per", "--lang", "en", "-o", out])
        #expect(applied.status == 0, "\(applied.stderr)")
    }

    @Test func batchRefusesADecisionThatFitsNoClassFileBeforeWritingAnything() throws {
        let folder = try CLIRunner.temporaryFolder()
        let grade = folder.appendingPathComponent("trinn")
        try FileManager.default.createDirectory(at: grade, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: survey, toPath: grade.appendingPathComponent("7b.csv").path)
        try FileManager.default.copyItem(atPath: unknown, toPath: grade.appendingPathComponent("7b-igjen.csv").path)
        let out = folder.appendingPathComponent("ut").path
        let refused = try CLIRunner.run(["batch", grade.path, "--roster", roster, "--out", out, "--diagram", "none", "--drop-name", "Nobody", "--lang", "en"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains(#""Nobody" is not written as a name anywhere in any of the 2 surveys"#), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        let applied = try CLIRunner.run(["batch", grade.path, "--roster", roster, "--out", out, "--diagram", "none", "--drop-name", "Per", "--lang", "en"])
        #expect(applied.status == 0 || applied.status == 1, "\(applied.stderr)")
        #expect(!applied.stderr.contains("not written as a name"))
    }
}
