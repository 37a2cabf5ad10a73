import Foundation
import Testing

/// The nynorsk outputs of class 7B, kept in `fixtures/7b/nynorsk/` for a reader to review (written by
/// `scripts/fixtures/nynorsk_examples.sh`): the terminal summary and a broken file's message must be
/// exactly what is there. After a deliberate change of wording, rerun the script.
@Suite struct NynorskGoldenTests {
    static func golden(_ name: String) throws -> String {
        try String(contentsOfFile: CLIRunner.fixture("7b/nynorsk/\(name)"), encoding: .utf8)
    }

    @Test func summaryOfTheNynorskTwin() throws {
        let r = try CLIRunner.run([
            "analyze", CLIRunner.fixture("7b/forms-nn.csv"), "--roster", CLIRunner.fixture("7b/roster-nn.csv"), "--lang", "nn",
        ])
        #expect(r.status == 0 || r.status == 1, "\(r.stderr)")
        #expect(r.stdout.replacingOccurrences(of: CLIRunner.repoRoot.path + "/", with: "") == (try Self.golden("summary.txt")))
    }

    @Test func messageForABrokenFile() throws {
        let r = try CLIRunner.run(["analyze", CLIRunner.fixture("broken/ragged-row.csv"), "--lang", "nn"])
        #expect(r.status == 2)
        #expect(r.stderr.replacingOccurrences(of: CLIRunner.repoRoot.path + "/", with: "") == (try Self.golden("error-ragged-row.txt")))
    }
}
