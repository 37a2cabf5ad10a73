import Foundation
import Testing

/// Every broken fixture, run through the built binary: exit 2, a message naming file (and line and
/// column where the file has them), and nothing written.
@Suite struct BrokenInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let file: String
        let roster: String?
        /// `file:line:column` or `file:line` expected in the message.
        let location: String
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "unterminated-quote.csv", roster: nil, location: "unterminated-quote.csv:3:2"),
        Case(file: "ragged-row.csv", roster: nil, location: "ragged-row.csv:5:5"),
        Case(file: "empty.csv", roster: nil, location: "empty.csv"),
        Case(file: "header-only.csv", roster: nil, location: "header-only.csv:1"),
        Case(file: "binary-junk.csv", roster: nil, location: "binary-junk.csv:3:1"),
        Case(file: "workbook-renamed.csv", roster: nil, location: "workbook-renamed.csv"),
        Case(file: "unknown-names.csv", roster: "wrong-roster.csv", location: "unknown-names.csv:2:2"),
        Case(file: "no-answers.csv", roster: nil, location: "no-answers.csv:1:3"),
        Case(file: "duplicate-respondent.csv", roster: nil, location: "duplicate-respondent.csv:6:1"),
        Case(file: "non-square-matrix.csv", roster: nil, location: "non-square-matrix.csv:1"),
        Case(file: "matrix-bad-cell.csv", roster: nil, location: "matrix-bad-cell.csv:3:4"),
        Case(file: "edges-missing-to.csv", roster: nil, location: "edges-missing-to.csv:1"),
        Case(file: "edges-bad-rank.csv", roster: nil, location: "edges-bad-rank.csv:3:4"),
        Case(file: "class-list-as-survey.csv", roster: nil, location: "class-list-as-survey.csv:1"),
        Case(file: "no-respondent-column.csv", roster: nil, location: "no-respondent-column.csv:1"),
    ]

    @Test(arguments: cases)
    func analyzeRefusesWithLocationAndWritesNothing(_ c: Case) throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        var args = ["analyze", CLIRunner.fixture("broken/\(c.file)"), "--out", out.path]
        if let roster = c.roster { args += ["--roster", CLIRunner.fixture("broken/\(roster)")] }
        let r = try CLIRunner.run(args, in: dir)
        #expect(r.status == 2, "\(c.file): \(r.stderr)")
        #expect(r.stderr.contains(c.location), "\(c.file): \(r.stderr)")
        #expect(!r.stderr.contains("Fatal error"))
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written for bad input")
        #expect(r.stdout.isEmpty)
    }

    @Test func duplicateRosterEntryIsRefused() throws {
        let r = try CLIRunner.run([
            "inspect", CLIRunner.fixture("7b/forms-nb.csv"), "--roster", CLIRunner.fixture("broken/roster-duplicate.csv"),
        ])
        #expect(r.status == 2)
        #expect(r.stderr.contains("roster-duplicate.csv:4:1"))
    }
}
