import Foundation
import Testing

/// `--lang` (or a Norwegian `LANG`) reaches the importer: its errors and warnings are in the chosen
/// language, with the same place and the same codes.
@Suite struct ImportLanguageCLITests {
    @Test func brokenFileErrorFollowsLang() throws {
        let file = CLIRunner.fixture("broken/ragged-row.csv")
        let nb = try CLIRunner.run(["inspect", file, "--lang", "nb"])
        let en = try CLIRunner.run(["inspect", file, "--lang", "en"])
        #expect(nb.status == 2)
        #expect(en.status == 2)
        #expect(nb.stderr.contains("ragged-row.csv:5:5: Denne raden har en verdi i kolonne 5"), "\(nb.stderr)")
        #expect(en.stderr.contains("ragged-row.csv:5:5: This row has a value in column 5"), "\(en.stderr)")
    }

    @Test func wrongRosterErrorFollowsNorwegianLANG() throws {
        let args = [
            "analyze", CLIRunner.fixture("broken/unknown-names.csv"), "--roster", CLIRunner.fixture("broken/wrong-roster.csv"),
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = nil
        environment["LANG"] = "nb_NO.UTF-8"
        let nb = try CLIRunner.run(args, environment: environment)
        #expect(nb.status == 2)
        #expect(nb.stderr.contains("unknown-names.csv:2:2: "), "\(nb.stderr)")
        #expect(nb.stderr.contains("står ikke i navnelisten"), "\(nb.stderr)")
    }

    @Test func inspectWarnsInBokmal() throws {
        let nb = try CLIRunner.run(["inspect", CLIRunner.fixture("7b/excel-valg-columns.csv"), "--lang", "nb"])
        #expect(nb.status == 0)
        #expect(nb.stdout.contains("«Jorgen Bø» ble tolket som Jørgen Bø (nesten lik stavemåte). Sjekk at dette stemmer."))
        #expect(nb.stdout.contains("Kolonne 11 «Kommentar» inneholder fritekst"))
        #expect(!nb.stdout.contains("was read as"))
        #expect(!nb.stdout.contains("holds free text"))

        let unknown = try CLIRunner.run(["inspect", CLIRunner.fixture("7b/forms-nb.csv"), "--lang", "nb"])
        #expect(unknown.stdout.contains("«Kristoffer Håland» er ikke navnet på noen elev som svarte"), "\(unknown.stdout)")
    }

    @Test func jsonKeepsTheCodesAndTranslatesTheMessages() throws {
        let file = CLIRunner.fixture("7b/excel-valg-columns.csv")
        let nb = try diagnostics(CLIRunner.run(["inspect", file, "--json", "--lang", "nb"]).stdout)
        let en = try diagnostics(CLIRunner.run(["inspect", file, "--json", "--lang", "en"]).stdout)
        #expect(!nb.isEmpty)
        #expect(nb.map(\.code) == en.map(\.code))
        for (a, b) in zip(nb, en) { #expect(a.message != b.message, "untranslated \(a.code)") }
    }

    private struct Entry: Decodable {
        let code: String
        let message: String
    }

    private func diagnostics(_ json: String) throws -> [Entry] {
        struct Doc: Decodable { let diagnostics: [Entry] }
        return try JSONDecoder().decode(Doc.self, from: Data(json.utf8)).diagnostics
    }
}
