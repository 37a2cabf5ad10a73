import Foundation
import Testing

/// `sociogram kit` run as the built binary: the folder it writes, and the entry sheet read straight back
/// by `inspect` and `analyze`.
@Suite struct KitCLITests {
    static let roster = CLIRunner.fixture("7b/roster.csv")
    static let files = [
        "01-sporsmal.html", "02-gjennomforing.html", "03-foreldrebrev.html", "04-personvern.html", "05-papirskjema.html",
        "06-intervju.html", "index.html", "registrering.csv", "registrering.xlsx",
    ]

    /// Fills every pupil's row except `absent`: for each question (three choice columns after name and
    /// gender) the next three pupils on the sheet, shifted by the question's number.
    static func fill(_ sheet: URL, absent: String) throws -> URL {
        var text = try String(contentsOf: sheet, encoding: .utf8)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var rows = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: ";") }
        let names = rows.dropFirst().map { $0[0] }
        let questions = (rows[0].count - 2) / 3
        for i in names.indices where names[i] != absent {
            for q in 0..<questions {
                for k in 0..<3 { rows[i + 1][2 + 3 * q + k] = names[(i + 1 + k + q) % names.count] }
            }
        }
        let filled = sheet.deletingLastPathComponent().appendingPathComponent("svar.csv")
        let out = "\u{FEFF}" + rows.map { $0.joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
        try out.write(to: filled, atomically: true, encoding: .utf8)
        return filled
    }

    @Test func kitWritesTheFolderAndTheFilledEntrySheetIsAnalysedWithoutOptions() throws {
        let folder = try CLIRunner.temporaryFolder()
        let out = folder.appendingPathComponent("sett")
        let r = try CLIRunner.run([
            "kit", "--roster", Self.roster, "--out", out.path, "--lang", "nb", "--class", "7B", "--questions",
            "positive,prosocial", "--school", "Bakken skole", "--contact", "Kari Lærer", "--date", "24.11.2026",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Undersøkelsessettet for 7B (26 elever, 2 spørsmål)"))
        #expect(CLIRunner.files(in: out) == Self.files)
        let letter = try String(contentsOf: out.appendingPathComponent("03-foreldrebrev.html"), encoding: .utf8)
        #expect(letter.contains("Bakken skole") && letter.contains("Kari Lærer") && letter.contains("24.11.2026"))

        let filled = try Self.fill(out.appendingPathComponent("registrering.csv"), absent: "Frida Løken")
        let inspect = try CLIRunner.run(["inspect", filled.path, "--lang", "nb", "--json"])
        #expect(inspect.status == 0, "\(inspect.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(inspect.stdout.utf8)) as? [String: Any])
        let klass = try #require(doc["class"] as? [String: Any])
        #expect(klass["pupils"] as? Int == 26 && klass["respondents"] as? Int == 25 && klass["nominations"] as? Int == 150)
        let kinds = (klass["questions"] as? [[String: Any]] ?? []).map { $0["kind"] as? String ?? "" }
        #expect(kinds == ["positive", "prosocial"])
        let codes = Set(((doc["diagnostics"] as? [[String: Any]]) ?? []).compactMap { $0["code"] as? String })
        #expect(codes.isSubset(of: ["no-answers", "non-respondents"]), "\(codes)")
        #expect((doc["matches"] as? [Any])?.isEmpty ?? true)

        let analyze = try CLIRunner.run(["analyze", filled.path, "--lang", "nb", "--json"])
        #expect(analyze.status == 0, "\(analyze.stderr)")
        #expect(analyze.stdout.contains("Frida Løken"))
    }

    @Test func nynorskKitReadsBackAndSpeaksNynorsk() throws {
        let folder = try CLIRunner.temporaryFolder()
        let out = folder.appendingPathComponent("sett")
        let r = try CLIRunner.run(["kit", "--roster", CLIRunner.fixture("7b/roster-nn.csv"), "--out", out.path, "--lang", "nn"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Undersøkingssettet for klassen (26 elevar, eitt spørsmål)"))
        let filled = try Self.fill(out.appendingPathComponent("registrering.csv"), absent: "Åse Lien")
        let inspect = try CLIRunner.run(["inspect", filled.path, "--lang", "nn"])
        #expect(inspect.status == 0, "\(inspect.stderr)")
        #expect(inspect.stdout.contains("«Elevnamn»"))
        #expect(inspect.stdout.contains("Kven i klassen vil du helst vere saman med?"))
    }

    @Test func badRosterIsExitTwoWithFileLineColumnAndNothingWritten() throws {
        let folder = try CLIRunner.temporaryFolder()
        let roster = folder.appendingPathComponent("liste.csv")
        try "navn;kjønn\nKari Nordmann;jente\nOla Hansen;gutt\nKari Nordmann;jente\n".write(to: roster, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("sett")
        let r = try CLIRunner.run(["kit", "--roster", roster.path, "--out", out.path, "--lang", "en"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("liste.csv:4:1"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func negativeQuestionAndBadOptionsAreRefusedBeforeAnythingIsWritten() throws {
        let folder = try CLIRunner.temporaryFolder()
        let out = folder.appendingPathComponent("sett")
        for (arguments, words) in [
            (["--questions", "positive,negative"], "no negative questions"),
            (["--choices", "0"], "--choices 0"),
            (["--date", "tomorrow"], "--date tomorrow"),
            (["--questions", "friends"], "unknown question"),
        ] {
            let r = try CLIRunner.run(["kit", "--roster", Self.roster, "--out", out.path, "--lang", "en"] + arguments)
            #expect(r.status == 2, "\(arguments): \(r.stderr)")
            #expect(r.stderr.contains(words), "\(arguments): \(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
    }

    @Test func anExistingFolderIsNotOverwrittenWithoutForce() throws {
        let folder = try CLIRunner.temporaryFolder()
        try "x".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["kit", "--roster", Self.roster, "--out", folder.path, "--lang", "en"])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(CLIRunner.files(in: folder) == ["notes.txt"])
        let forced = try CLIRunner.run(["kit", "--roster", Self.roster, "--out", folder.path, "--lang", "en", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(CLIRunner.files(in: folder).count == Self.files.count + 1)
    }
}
