import Foundation
import Testing

/// Privacy guarantees of the `sociogram` binary: pseudonymised runs leak no name into any output; form
/// metadata (e-mail, timestamps, account names) and free-text answers never reach an output; files are
/// created owner-only; `--drop-negative` removes negative questions before anything is computed.
/// (The network check is `scripts/checks/privacy-check.sh`, run by CI: it needs strace/unshare and a release build.)
@Suite struct PrivacyTests {
    /// Every output of a run: the files written plus standard output and standard error.
    struct Outputs {
        var texts: [String: String] = [:]

        mutating func add(_ run: CLIRunner.Result, as name: String) {
            texts[name + ".stdout"] = run.stdout
            texts[name + ".stderr"] = run.stderr
        }

        mutating func addFiles(in folder: URL) {
            for file in CLIRunner.files(in: folder) {
                let data = FileManager.default.contents(atPath: folder.appendingPathComponent(file).path) ?? Data()
                texts[file] = file.hasSuffix(".png") ? Self.pngText(data) : String(decoding: data, as: UTF8.self)
            }
        }

        /// The text a PNG can carry: every chunk except the compressed pixels (`IDAT`), whose bytes would
        /// match short needles by chance. Pixels cannot hold a name as text.
        static func pngText(_ data: Data) -> String {
            let bytes = [UInt8](data)
            #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "not a PNG")
            var text = "", offset = 8
            while offset + 8 <= bytes.count {
                let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
                let type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
                let end = min(bytes.count, offset + 8 + length)
                if type != "IDAT" { text += type + String(decoding: bytes[offset + 8..<end], as: UTF8.self) + "\n" }
                offset = end + 4
            }
            return text
        }

        /// `(output, needle)` for every needle found in any output.
        func leaks(of needles: [String]) -> [String] {
            var found: [String] = []
            for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
                for needle in needles where text.contains(needle) { found.append("\(needle) in \(name)") }
            }
            return found
        }
    }

    static let fixture = CLIRunner.fixture("7b/forms-nb.csv")

    /// The pupils' names as the importer reads them (from a non-pseudonymised inspect).
    static func pupilNames(_ file: String) throws -> [String] {
        let r = try CLIRunner.run(["inspect", file, "--json"])
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let pupils = json?["pupils"] as? [[String: Any]] ?? []
        return pupils.compactMap { $0["name"] as? String }
    }

    /// Runs everything a pseudonymised user can run on `file` and collects every output.
    static func pseudonymisedOutputs(_ file: String, extra: [String] = []) throws -> Outputs {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var outputs = Outputs()
        let out = folder.appendingPathComponent("ut").path
        let analyze = try CLIRunner.run(["analyze", file, "--labels", "codes", "--out", out] + extra)
        #expect(analyze.status == 0, "\(analyze.stderr)")
        outputs.add(analyze, as: "analyze")
        outputs.add(try CLIRunner.run(["analyze", file, "--labels", "codes", "--json"] + extra), as: "analyze-json")
        outputs.add(try CLIRunner.run(["inspect", file, "--labels", "codes", "--json"] + extra), as: "inspect-json")
        outputs.add(try CLIRunner.run(["inspect", file, "--labels", "codes"] + extra), as: "inspect")
        outputs.addFiles(in: URL(fileURLWithPath: out))
        #expect(outputs.texts["analysis.json"] != nil && outputs.texts["pupils.csv"] != nil)
        return outputs
    }

    @Test(arguments: ["7b/forms-nb.csv", "7b/google-forms.csv", "7b/edges.csv", "7b/matrix-venner.csv", "hostile/hostile-names.csv"])
    func pseudonymisedRunsLeakNoName(_ fixture: String) throws {
        let file = CLIRunner.fixture(fixture)
        let names = try Self.pupilNames(file)
        #expect(names.count >= 5)
        let outputs = try Self.pseudonymisedOutputs(file)
        // Full names, and every first name and surname of four letters or more (word parts such as "Lie"
        // also occur in question texts, so short parts are not searched).
        var needles = Set(names)
        for name in names {
            for part in name.split(whereSeparator: { $0 == " " || $0 == "-" }) where part.count >= 4 { needles.insert(String(part)) }
        }
        let questionWords = ["Hvem", "helst", "være", "sammen", "friminuttene", "klassen", "hjelper", "andre", "bestemmer", "mest"]
        let leaks = outputs.leaks(of: needles.filter { !questionWords.contains($0) }.sorted())
        #expect(leaks.isEmpty, "names in pseudonymised outputs: \(leaks.prefix(10))")
    }

    @Test func theCodeKeyIsWrittenOnlyWhereAskedAndHoldsTheNames() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("ut")
        let key = folder.appendingPathComponent("nokkel.csv")
        let r = try CLIRunner.run(["analyze", Self.fixture, "--labels", "codes", "--out", out.path, "--key", key.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(CLIRunner.files(in: out) == ["analysis.json", "pupils.csv", "sociogram.png"])
        let keyText = try String(contentsOf: key, encoding: .utf8)
        #expect(keyText.contains("Kari Nordmann"))
        #expect(try Self.permissions(key.path) == 0o600)
    }

    @Test func metadataAndFreeTextNeverReachAnOutput() throws {
        let file = CLIRunner.fixture("hostile/forms-with-metadata.csv")
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var outputs = Outputs()
        for labels in ["names", "codes"] {
            let out = folder.appendingPathComponent(labels).path
            let r = try CLIRunner.run(["analyze", file, "--labels", labels, "--out", out])
            #expect(r.status == 0, "\(r.stderr)")
            outputs.add(r, as: "analyze-\(labels)")
            outputs.add(try CLIRunner.run(["analyze", file, "--labels", labels, "--json"]), as: "analyze-json-\(labels)")
            outputs.add(try CLIRunner.run(["inspect", file, "--labels", labels, "--json"]), as: "inspect-json-\(labels)")
            outputs.add(try CLIRunner.run(["inspect", file, "--labels", labels]), as: "inspect-\(labels)")
            outputs.addFiles(in: URL(fileURLWithPath: out))
        }
        #expect(outputs.texts.keys.contains("analysis.json"))
        let secrets = [
            "@elev.kommune.no", "kari.nordmann", "3/10/2025", "8:10:07", "AM", "Jeg blir ertet", "garderoben",
            "tok mobilen", "Hemmelig svar", "4711", "Jeg liker klassen",
        ]
        #expect(outputs.leaks(of: secrets).isEmpty, "\(outputs.leaks(of: secrets))")
        // The names themselves are read from the name question (not from the account column) and kept.
        #expect(outputs.texts["pupils.csv"]?.contains("Kari Nordmann") == false)  // codes run wrote last
        let named = try CLIRunner.run(["inspect", file, "--json"])
        #expect(named.stdout.contains("Kari Nordmann"))
    }

    @Test func outputsAreOwnerOnlyWhateverTheUmask() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("a/b/ut").path
        let key = folder.appendingPathComponent("key.csv").path
        let command = "umask 000; exec '\(CLIRunner.binary.path)' analyze '\(Self.fixture)' --labels codes --out '\(out)' --key '\(key)'"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        for created in ["a", "a/b", "a/b/ut"] {
            #expect(try Self.permissions(folder.appendingPathComponent(created).path) == 0o700, "folder \(created)")
        }
        for file in ["a/b/ut/analysis.json", "a/b/ut/pupils.csv", "key.csv"] {
            #expect(try Self.permissions(folder.appendingPathComponent(file).path) == 0o600, "file \(file)")
        }
    }

    @Test func dropNegativeRemovesNegativeQuestionsBeforeAnalysis() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("ut")
        let r = try CLIRunner.run(["analyze", Self.fixture, "--drop-negative", "--out", out.path, "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("analysis.json"))) as? [String: Any])
        let cls = try #require(json["class"] as? [String: Any])
        let questions = try #require(cls["questions"] as? [[String: Any]])
        #expect(!questions.isEmpty)
        #expect(!questions.contains { ($0["kind"] as? String) == "negative" })
        #expect(!questions.contains { ($0["text"] as? String)?.contains("ikke være sammen") == true })
        #expect(cls["negativeQuestionUsed"] as? Bool == false)
        let pupils = try #require(json["pupils"] as? [[String: Any]])
        #expect(pupils.allSatisfy { $0["ll"] is NSNull && $0["zLL"] is NSNull })
        // The outputs say so: a note in analysis.json and a line in the summary.
        let diagnostics = (json["import"] as? [String: Any])?["diagnostics"] as? [[String: Any]] ?? []
        #expect(diagnostics.contains { $0["code"] as? String == "negative-dropped" })
        #expect(r.stdout.contains("--drop-negative"))
        let csv = try String(contentsOf: out.appendingPathComponent("pupils.csv"), encoding: .utf8)
        let negativeIDs = try Self.negativeQuestionIDs()
        #expect(!negativeIDs.isEmpty)
        for id in negativeIDs { #expect(!csv.contains("received_\(id);")) }
    }

    /// The ids of the fixture's negative questions when nothing is dropped.
    static func negativeQuestionIDs() throws -> [String] {
        let r = try CLIRunner.run(["inspect", fixture, "--json"])
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let questions = (json?["class"] as? [String: Any])?["questions"] as? [[String: Any]] ?? []
        return questions.filter { $0["kind"] as? String == "negative" }.compactMap { $0["id"] as? String }
    }

    static func permissions(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}
