import Foundation
import Testing

/// `sociogram analyze` run as a user runs it, on the same class saved in every layout.
@Suite struct AnalyzeCommandTests {
    static let layouts = [
        "forms-nb.csv", "google-forms.csv", "excel-valg-columns.csv", "edges.csv", "matrix-venner.csv",
    ]

    struct Output {
        let json: [String: Any]
        let png: Data
        let csv: String
    }

    func analyze(_ file: String, extra: [String] = []) throws -> Output {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let r = try CLIRunner.run(
            ["analyze", CLIRunner.fixture("7b/\(file)"), "--roster", CLIRunner.fixture("7b/roster.csv"),
             "--out", out.path, "--lang", "en"] + extra)
        #expect(r.status == 0, "\(file): \(r.stderr)")
        let json = try Data(contentsOf: out.appendingPathComponent("analysis.json"))
        let object = try JSONSerialization.jsonObject(with: json) as? [String: Any] ?? [:]
        return Output(
            json: object, png: try Data(contentsOf: out.appendingPathComponent("sociogram.png")),
            csv: try String(contentsOf: out.appendingPathComponent("pupils.csv"), encoding: .utf8))
    }

    @Test(arguments: layouts)
    func writesValidPNGJSONAndCSV(file: String) throws {
        let output = try analyze(file)
        #expect(output.png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(output.png.count > 20_000, "a class sociogram with 26 pupils and a legend is not tiny")
        #expect(output.png.suffix(8).starts(with: Array("IEND".utf8)), "PNG ends with its IEND chunk")
        #expect(output.csv.contains("Åse Lien"))
        let schema = try JSONSchemaValidator(
            schemaFile: CLIRunner.repoRoot.appendingPathComponent("docs/analysis.schema.json"))
        let data = try JSONSerialization.data(withJSONObject: output.json)
        #expect(try schema.violations(of: data) == [])
    }

    /// Pupils (id, responded) and positive choices received in the first question, per layout.
    func positiveProfile(_ json: [String: Any]) -> [String: String] {
        var profile: [String: String] = [:]
        for case let pupil as [String: Any] in json["pupils"] as? [Any] ?? [] {
            let id = pupil["id"] as? String ?? "?"
            let received = (pupil["received"] as? [String: Any])?["q1"] as? Int ?? -1
            let mutual = (pupil["mutual"] as? [String] ?? []).sorted().joined(separator: ",")
            profile[id] = "\(pupil["responded"] as? Bool ?? false) \(received) [\(mutual)]"
        }
        return profile
    }

    @Test func everyLayoutGivesTheSamePupilsAndChoices() throws {
        let reference = positiveProfile(try analyze(Self.layouts[0]).json)
        #expect(reference.count == 26)
        for file in Self.layouts.dropFirst() {
            #expect(positiveProfile(try analyze(file).json) == reference, "\(file) differs from forms-nb.csv")
        }
    }

    /// The class is named by the class list's class column when every pupil is in one class, never by
    /// the file's name (without either, a neutral «Klassen»); `--class-name` still wins.
    @Test func theClassListsClassColumnNamesTheClass() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = folder.appendingPathComponent("klasseliste.csv"), survey = folder.appendingPathComponent("svar-mars.csv")
        try "navn;klasse\nAda Berg;5A\nBo Li;5A\nCia Moe;5A\n".write(to: roster, atomically: true, encoding: .utf8)
        try "fra;til;spørsmål\nAda Berg;Bo Li;Hvem vil du være sammen med?\nBo Li;Cia Moe;Hvem vil du være sammen med?\n"
            .write(to: survey, atomically: true, encoding: .utf8)
        let named = try CLIRunner.run(["analyze", survey.path, "--roster", roster.path, "--lang", "nb"])
        #expect(named.status == 0 || named.status == 1, "\(named.stderr)")
        #expect(named.stdout.hasPrefix("Klasse 5A:"), "\(named.stdout)")
        let chosen = try CLIRunner.run(["analyze", survey.path, "--roster", roster.path, "--lang", "nb", "--class-name", "5A-gruppe"])
        #expect(chosen.stdout.hasPrefix("Klasse 5A-gruppe:"), "\(chosen.stdout)")
        let bare = try CLIRunner.run(["analyze", survey.path, "--lang", "nb"])
        #expect(bare.stdout.hasPrefix("Klassen: 3 elever"), "\(bare.stdout)")
        #expect(!bare.stdout.contains("svar-mars"), "\(bare.stdout)")
    }

    @Test func withoutOutNothingIsWritten() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(
            ["analyze", CLIRunner.fixture("7b/forms-nb.csv"), "--lang", "en"], in: dir)
        #expect(r.status == 0)
        #expect(r.stdout.contains("Frida Løken"), "the isolated pupil is named in the summary")
        #expect(CLIRunner.files(in: dir).isEmpty)
    }

    @Test func refusesANonEmptyFolderWithoutForce() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("keep me".utf8).write(to: dir.appendingPathComponent("notes.txt"))
        let r = try CLIRunner.run(["analyze", CLIRunner.fixture("7b/edges.csv"), "--out", dir.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--force"))
        #expect(CLIRunner.files(in: dir) == ["notes.txt"])
    }

    @Test func jsonFlagPrintsTheDocument() throws {
        let r = try CLIRunner.run(["analyze", CLIRunner.fixture("7b/edges.csv"), "--json"])
        #expect(r.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(object?["schemaVersion"] as? Int == 1)
    }
}
