import Foundation
import Testing

/// `sociogram report --seating ROOM`: the seating-plan section, with the seating command's rules.
@Suite struct ReportSeatingCLITests {
    static let forms = CLIRunner.fixture("7b/forms-nb.csv")

    @Test func reportWithSeatingHasTheSectionAndKeepsTheRules() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("rapport.html").path
        let r = try CLIRunner.run(
            ["report", Self.forms, "-o", out, "--seating", "pairs:5x3", "--rotations", "2", "--apart", "Jonas Vik,Magnus Lie",
             "--fixed", "Ola Hansen=A1", "--iterations", "3000", "--lang", "nn"])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.contains("<section id=\"seating\""))
        #expect(html.contains("Eit klassekart støttar oppfølginga av ein elev, men erstattar ho aldri."))
        #expect(html.contains("data-view=\"seating2\""))
        #expect(html.contains("Rotasjon 2 av 2"))
        #expect(!html.contains("Ikkje halde:"), "no hard rule is broken")
    }

    @Test func impossibleRuleWritesTheReportAndExitsOne() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("report.html").path
        let r = try CLIRunner.run(
            ["report", Self.forms, "-o", out, "--seating", "pairs:5x3", "--fixed", "Ola Hansen=A1", "--fixed", "Jonas Vik=A2",
             "--apart", "Ola Hansen,Jonas Vik", "--iterations", "2000", "--lang", "en"])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stdout.contains("best plan that keeps the other rules"))
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.contains("must sit apart"))
    }

    @Test func seatingRulesWithoutARoomOrWithABadRoomAreExitTwo() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("report.html").path
        let noRoom = try CLIRunner.run(["report", Self.forms, "-o", out, "--apart", "Jonas Vik,Magnus Lie", "--mix-gender", "--lang", "en"])
        #expect(noRoom.status == 2)
        #expect(noRoom.stderr.contains("--apart, --mix-gender belong to the seating plan and need --seating ROOM"), "\(noRoom.stderr)")
        let bad = try CLIRunner.run(["report", Self.forms, "-o", out, "--seating", "circle:9", "--lang", "en"])
        #expect(bad.status == 2 && bad.stderr.contains("--seating: "), "\(bad.stderr)")
        let unknown = try CLIRunner.run(["report", Self.forms, "-o", out, "--seating", "pairs:5x3", "--apart", "Jonas Vik,Nobody Here"])
        #expect(unknown.status == 2 && unknown.stderr.contains("--apart"), "\(unknown.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out), "nothing half-written")
    }
}
