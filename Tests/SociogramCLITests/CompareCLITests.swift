import Foundation
import Testing

/// `sociogram compare` on `fixtures/waves` (expected numbers in its README).
@Suite struct CompareCLITests {
    @Test func jsonGivesNewLostKeptAndJaccard() throws {
        let r = try CLIRunner.run(["compare", CLIRunner.fixture("waves/before.csv"), CLIRunner.fixture("waves/after.csv"), "--json"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let positive = doc?["positive"] as? [String: Any]
        #expect(positive?["kept"] as? Int == 11 && positive?["new"] as? Int == 3 && positive?["lost"] as? Int == 1)
        #expect(abs((positive?["jaccard"] as? Double ?? 0) - 11.0 / 15.0) < 1e-12)
        #expect(doc?["evaluation"] is NSNull)
    }

    @Test func outWritesTheDocumentTheDifferenceSociogramAndTheEvaluation() throws {
        let out = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try CLIRunner.run([
            "compare", CLIRunner.fixture("waves/before.csv"), CLIRunner.fixture("waves/after.csv"), "--pupil", "Frida Holm",
            "--out", out.path, "--force", "--lang", "nb", "--before-label", "høsten 2025", "--after-label", "våren 2026",
        ])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(CLIRunner.files(in: out) == ["compare.json", "difference.png", "evaluation.txt"])
        let text = try String(contentsOf: out.appendingPathComponent("evaluation.txt"), encoding: .utf8)
        #expect(text.contains("Evaluering for Frida Holm (høsten 2025 → våren 2026)"))
        #expect(r.stdout.contains(text.trimmingCharacters(in: .newlines)))
        #expect(r.stdout.contains("Har sluttet: Hanne Juul"))
    }

    @Test func unknownPupilIsUsageError() throws {
        let r = try CLIRunner.run(["compare", CLIRunner.fixture("waves/before.csv"), CLIRunner.fixture("waves/after.csv"), "--pupil", "Zacharias Zed"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("Zacharias Zed"))
    }
}
