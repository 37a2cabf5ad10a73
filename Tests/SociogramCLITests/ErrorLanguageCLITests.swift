import Foundation
import Testing

/// Every error and note the command line prints is in the language the user chose (`--lang`, or a
/// Norwegian `LANG`), with the same exit code; English without either (issues 12 and 14).
@Suite struct ErrorLanguageCLITests {
    static let edges = [CLIRunner.fixture("7b/edges.csv"), "--roster", CLIRunner.fixture("7b/roster.csv")]

    /// `run` without LC_ALL, LC_MESSAGES and LANG, plus `environment`.
    static func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> CLIRunner.Result {
        var environment = ProcessInfo.processInfo.environment
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] { environment[name] = nil }
        environment.merge(extra) { $1 }
        return try CLIRunner.run(arguments, environment: environment)
    }

    @Test func groupsLargerThanTheClassInEveryLanguage() throws {
        let args = ["groups"] + Self.edges + ["--size", "30"]
        let nn = try Self.run(args + ["--lang", "nn"])
        #expect(nn.status == 2)
        #expect(nn.stderr == "sociogram: feil: Grupper på 30 er ikkje mogleg: berre 26 elevar er til stades.\n", "\(nn.stderr)")
        let nb = try Self.run(args + ["--lang", "nb"])
        #expect(nb.status == 2)
        #expect(nb.stderr == "sociogram: feil: Grupper på 30 er ikke mulig: bare 26 elever er til stede.\n", "\(nb.stderr)")
        let en = try Self.run(args)
        #expect(en.status == 2)
        #expect(en.stderr == "sociogram: error: Groups of 30 are not possible: only 26 pupils are present.\n", "\(en.stderr)")
        let fromLANG = try Self.run(args, environment: ["LANG": "nn_NO.UTF-8"])
        #expect(fromLANG.status == 2)
        #expect(fromLANG.stderr == nn.stderr)
    }

    /// Options checked while the command line is parsed (ArgumentParser's own `Error:` and usage lines
    /// stay English) and options checked by the command.
    @Test func optionChecksFollowLang() throws {
        let size = try Self.run(["groups"] + Self.edges + ["--size", "1", "--lang=nn"])
        #expect(size.status == 2)
        #expect(size.stderr.contains("--size må vere minst 2"), "\(size.stderr)")
        let sizeEN = try Self.run(["groups"] + Self.edges + ["--size", "1"])
        #expect(sizeEN.stderr.contains("--size must be at least 2"), "\(sizeEN.stderr)")
        let date = try Self.run(
            ["report", CLIRunner.fixture("7b/forms-nb.csv"), "-o", "/tmp/never-written.html", "--date", "i går", "--lang", "nn"])
        #expect(date.status == 2)
        #expect(date.stderr.contains("sociogram: feil: --date må vere ein dato som 2026-11-24 eller 24.11.2026 (fekk i går)"), "\(date.stderr)")
        let pair = try Self.run(["groups"] + Self.edges + ["--size", "4", "--apart", "Kari Nordmann", "--lang", "nb"])
        #expect(pair.status == 2)
        #expect(pair.stderr.contains("--apart trenger to elever skilt med komma"), "\(pair.stderr)")
    }

    @Test func roomAndSeatingErrorsFollowLang() throws {
        let preset = try Self.run(["seating"] + Self.edges + ["--room", "bogus:3", "--lang", "nn"])
        #expect(preset.status == 2)
        #expect(preset.stderr.contains("sociogram: feil: --room: Rommet «bogus:3» er ikkje eitt av pairs:RxC"), "\(preset.stderr)")
        let small = try Self.run(["seating"] + Self.edges + ["--room", "pairs:2x2", "--lang", "nn"])
        #expect(small.status == 2)
        #expect(small.stderr == "sociogram: feil: Rommet pairs:2x2 har 8 plassar til 26 elevar.\n", "\(small.stderr)")
        let smallEN = try Self.run(["seating"] + Self.edges + ["--room", "pairs:2x2"])
        #expect(smallEN.stderr == "sociogram: error: The room pairs:2x2 has 8 seats for 26 pupils.\n", "\(smallEN.stderr)")
    }

    @Test func outputAndQuestionErrorsFollowLang() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let full = try Self.run(["analyze", CLIRunner.fixture("7b/forms-nb.csv"), "--out", folder.path, "--lang", "nn"])
        #expect(full.status == 2)
        #expect(full.stderr.contains(": mappa har allereie éi fil i seg; vel ei tom mappe eller legg til --force"), "\(full.stderr)")
        let fullEN = try Self.run(["analyze", CLIRunner.fixture("7b/forms-nb.csv"), "--out", folder.path])
        #expect(fullEN.stderr.contains(": the folder already has 1 file; choose an empty folder or add --force to write into it"), "\(fullEN.stderr)")
        let lm = try Self.run(["analyze", CLIRunner.fixture("7b/forms-nb.csv"), "--lm", "zzz", "--lang", "nb"])
        #expect(lm.status == 2)
        #expect(lm.stderr.contains("sociogram: feil: --lm «zzz»: ingen spørsmål har denne id-en eller teksten."), "\(lm.stderr)")
        let focus = try Self.run(
            ["render", CLIRunner.fixture("7b/forms-nb.csv"), "--focus", "Zzz", "-o", folder.appendingPathComponent("x.svg").path, "--lang", "nn"])
        #expect(focus.status == 2)
        #expect(focus.stderr.contains("Ingen elev heiter «Zzz»."), "\(focus.stderr)")
    }

    /// `analysis.json` is written in the chosen language, like `suggestions.json` and `seating.json`.
    @Test func analysisJSONTextsFollowLang() throws {
        let nn = try Self.run(["analyze", CLIRunner.fixture("7b/forms-nb.csv"), "--json", "--lang", "nn"])
        #expect(nn.status == 0, "\(nn.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(nn.stdout.utf8)) as? [String: Any])
        #expect((doc["caveat"] as? String)?.hasPrefix("Sosiometriske svar er eit augeblinksbilete") == true)
        let en = try Self.run(["analyze", CLIRunner.fixture("7b/forms-nb.csv"), "--json"])
        let enDoc = try #require(try JSONSerialization.jsonObject(with: Data(en.stdout.utf8)) as? [String: Any])
        #expect(enDoc["caveat"] as? String
            == "Sociometric answers are a snapshot of how pupils answered the questions asked on one day; never use them as the sole basis for a measure.")
    }
}
