import Foundation
import Testing

@Suite struct ExitCodeTests {
    @Test func helpExitsZero() throws {
        let r = try CLIRunner.run(["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("inspect"))
    }

    @Test func unknownOptionIsUsageErrorTwo() throws {
        let r = try CLIRunner.run(["inspect", "--no-such-option", "x.csv"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("no-such-option"))
    }

    @Test func missingFileIsBadInputTwoNamingTheFile() throws {
        let r = try CLIRunner.run(["inspect", "/nonexistent/klasse-7b.csv"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("klasse-7b.csv"))
    }

    @Test func badQuestionKindIsTwo() throws {
        let r = try CLIRunner.run(["inspect", "x.csv", "--question", "q1=venner"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("venner"))
    }
}
