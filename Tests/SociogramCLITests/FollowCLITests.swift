import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `sociogram follow` run as a user runs it: the golden `follow.json` of `fixtures/follow`, the JSON
/// Schema, the files `--out` writes, the Knecht class, and bad input (exit 2, nothing written).
@Suite struct FollowCLITests {
    static let small = ["1-host.csv", "2-vinter.csv", "3-var.csv"].map { CLIRunner.fixture("follow/" + $0) }
    static let knecht = ["kartlegging-1-september.csv", "kartlegging-2-november.csv", "kartlegging-3-februar.csv", "kartlegging-4-mai.csv"]
        .map { CLIRunner.fixture("knecht/" + $0) }
    static let goldenArguments = ["--measure-from", "2", "--pupil", "Frida Holm", "--pupil", "Hanne Juul", "--lang", "nb", "--json"]

    /// The document with the tool's version left out (it changes with every release).
    static func normalised(_ json: String) throws -> String {
        var doc = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        doc["tool"] = ["name": "sociogram", "version": "–"]
        let data = try JSONSerialization.data(withJSONObject: doc, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// `fixtures/follow/follow.golden.json` is `sociogram follow fixtures/follow/*.csv` with ``goldenArguments``
    /// (tool version left out). After a deliberate change, rewrite it with `SOCIOGRAM_UPDATE_GOLDEN=1 swift test --filter FollowCLITests`.
    @Test func goldenFollowJSON() throws {
        let r = try CLIRunner.run(["follow"] + Self.small + Self.goldenArguments)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let actual = try Self.normalised(r.stdout)
        let golden = URL(fileURLWithPath: CLIRunner.fixture("follow/follow.golden.json"))
        if ProcessInfo.processInfo.environment["SOCIOGRAM_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(actual == expected, "follow.json differs from fixtures/follow/follow.golden.json")
    }

    @Test(arguments: [["--labels", "names"], ["--labels", "codes", "--measure-from", "3"], ["--lang", "nn", "--pupil", "E01"]])
    func outputValidatesAgainstTheSchema(extra: [String]) throws {
        let schema = try JSONSchemaValidator(schemaFile: CLIRunner.repoRoot.appendingPathComponent("docs/follow.schema.json"))
        for files in [Self.small, Self.knecht] {
            let r = try CLIRunner.run(["follow"] + files + extra + ["--json"])
            #expect(r.status == 0, "stderr: \(r.stderr)")
            #expect(try schema.violations(of: Data(r.stdout.utf8)) == [])
        }
    }

    @Test func outWritesTheDocumentChartsDifferencesAndEvaluations() throws {
        let out = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try CLIRunner.run(
            ["follow"] + Self.small + [
                "--wave-label", "høst", "--wave-label", "vinter", "--wave-label", "vår", "--measure-from", "vinter",
                "--pupil", "Frida Holm", "--out", out.path, "--force", "--lang", "nb",
            ])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(CLIRunner.files(in: out) == [
            "class-over-time.png", "class-over-time.svg", "difference-1-2.png", "difference-2-3.png", "follow.json",
            "pupils/Frida Holm/chart.png", "pupils/Frida Holm/chart.svg", "pupils/Frida Holm/evaluation.txt",
        ])
        for png in ["class-over-time.png", "difference-1-2.png", "pupils/Frida Holm/chart.png"] {
            let bytes = try Data(contentsOf: out.appendingPathComponent(png))
            #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "\(png)")
        }
        for svg in ["class-over-time.svg", "pupils/Frida Holm/chart.svg"] {
            let data = try Data(contentsOf: out.appendingPathComponent(svg))
            #expect(XMLParser(data: data).parse(), "\(svg) is well-formed")
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.contains("tiltaket startet") && text.contains("vinter"), "\(svg)")
        }
        let evaluation = try String(contentsOf: out.appendingPathComponent("pupils/Frida Holm/evaluation.txt"), encoding: .utf8)
        #expect(evaluation.hasPrefix("Oppfølging for Frida Holm over 3 kartlegginger (høst → vår)."))
        #expect(evaluation.contains("Før tiltaket startet (høst) ble eleven valgt av 0 medelever; etter at tiltaket startet (vinter og vår) av 2–4."))
        #expect(r.stdout.contains("Tiltaket startet før kartleggingen vinter."))
        #expect(r.stdout.contains("Ikke med i vinter (med senere): Hanne Juul") && r.stdout.contains("Med igjen etter å ha vært borte: Hanne Juul"))
        #expect(r.stdout.contains("Bjørn Dahl → Bjorn Dahl (nesten lik stavemåte), vinter → vår"))
    }

    /// The Knecht class as a user runs it: dates as labels, the pupil who left, Jaccard per step.
    @Test func knechtClassOverTheSchoolYear() throws {
        let r = try CLIRunner.run(["follow"] + Self.knecht + ["--lang", "en", "--measure-from", "3", "--pupil", "Julie Hagen"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("Follow-up over 4 surveys (16 September 2024 → 12 May 2025): 26 pupils took part at least once."))
        #expect(r.stdout.contains("stability (Jaccard) 0.41") && r.stdout.contains("stability (Jaccard) 0.45"))
        #expect(r.stdout.contains("Left: Julie Hagen"))
        #expect(r.stdout.contains("The pupil was not in the surveys 10 February 2025 and 12 May 2025."))
    }

    @Test func badInputNamesTheFileAndWritesNothing() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("ut")
        let broken = CLIRunner.fixture("broken/ragged-row.csv")
        let cases: [([String], String)] = [
            ([Self.small[0], broken], "ragged-row.csv"),
            ([Self.small[0]], "at least two surveys"),
            (Self.small + ["--measure-from", "sommer"], "--measure-from"),
            (Self.small + ["--measure-from", "1"], "--measure-from"),
            (Self.small + ["--wave-label", "høst"], "--wave-label"),
            (Self.small + ["--pupil", "Zacharias Zed"], "Zacharias Zed"),
            (Self.small + ["--key", folder.appendingPathComponent("k.csv").path], "--key"),
        ]
        for (arguments, needle) in cases {
            let r = try CLIRunner.run(["follow"] + arguments + ["--out", out.path, "--lang", "en"])
            #expect(r.status == 2, "\(arguments.suffix(2)): exit \(r.status)")
            #expect(r.stderr.contains(needle), "\(needle): \(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out.path), "\(needle): nothing is written")
        }
        let ragged = try CLIRunner.run(["follow", Self.small[0], broken, "--lang", "en"])
        #expect(ragged.stderr.contains("ragged-row.csv:5:5:"), "\(ragged.stderr)")
        // An output folder with files in it is refused without --force, and left as it was.
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: out.appendingPathComponent("notes.txt"))
        let full = try CLIRunner.run(["follow"] + Self.small + ["--out", out.path])
        #expect(full.status == 2)
        #expect(CLIRunner.files(in: out) == ["notes.txt"])
    }

    @Test func keyOnlyInCodesModeAndOutsideTheFolder() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("ut"), key = folder.appendingPathComponent("nokkel.csv")
        let inside = try CLIRunner.run(["follow"] + Self.small + ["--labels", "codes", "--out", out.path, "--key", out.appendingPathComponent("k.csv").path])
        #expect(inside.status == 2 && !FileManager.default.fileExists(atPath: out.path))
        let r = try CLIRunner.run(["follow"] + Self.small + ["--labels", "codes", "--out", out.path, "--key", key.path, "--pupil", "Hanne Juul"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let keyText = try String(contentsOf: key, encoding: .utf8)
        #expect(keyText.contains("Hanne Juul") && keyText.contains("Ivar Krogh") && keyText.contains("Bjorn Dahl"))
        #expect(!r.stdout.contains("Hanne"))
        let files = CLIRunner.files(in: out)
        #expect(files.contains { $0.hasPrefix("pupils/E") && $0.hasSuffix("/evaluation.txt") }, "\(files)")
    }

    /// `report FILE --earlier W1 --earlier W2`: the section on development over time, with the charts, the
    /// tables and the pupil's series evaluation; codes mode keeps every name out and the key holds them all.
    @Test func reportWithEarlierSurveysAddsTheDevelopmentSection() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("rapport.html").path, key = dir.appendingPathComponent("nokkel.csv").path
        let earlier = Self.small.dropLast().flatMap { ["--earlier", $0] }
        let r = try CLIRunner.run(["report", Self.small[2]] + earlier + ["--measure-from", "2", "--pupil", "Frida Holm", "-o", out, "--lang", "nb"])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.contains("Utvikling over tid") && html.contains("Klassen ved hver kartlegging") && html.contains("Valg fra kartlegging til kartlegging"))
        #expect(html.contains("Oppfølging for Frida Holm over 3 kartlegginger") && html.contains("etter at tiltaket startet"))
        #expect(html.contains("href=\"#follow\""))
        let codes = try CLIRunner.run(["report", Self.small[2]] + earlier + ["--pupil", "Frida Holm", "-o", out, "--labels", "codes", "--key", key, "--lang", "nb"])
        #expect(codes.status == 0, "\(codes.stderr)")
        let pseudonymised = try String(contentsOfFile: out, encoding: .utf8)
        #expect(pseudonymised.contains("Utvikling over tid"))
        for name in ["Frida", "Hanne", "Ivar", "Bjorn", "Bjørn"] { #expect(!pseudonymised.contains(name), "\(name)") }
        let keyText = try String(contentsOfFile: key, encoding: .utf8)
        #expect(keyText.contains("Hanne Juul") && keyText.contains("Frida Holm"))
        let both = try CLIRunner.run(["report", Self.small[2], "--before", Self.small[1], "--earlier", Self.small[0], "-o", out])
        #expect(both.status == 2 && both.stderr.contains("--earlier"))
    }
}
