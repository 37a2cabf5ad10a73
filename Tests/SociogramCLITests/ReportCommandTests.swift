import Foundation
import Testing

/// `sociogram report`: the file, the messages, the exit codes.
@Suite struct ReportCommandTests {
    let survey = CLIRunner.fixture("7b/forms-nb.csv")
    let roster = CLIRunner.fixture("7b/roster.csv")

    @Test func writesOneSelfContainedFile() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("rapport.html").path
        let r = try CLIRunner.run([
            "report", survey, "--roster", roster, "-o", out, "--lang", "nb", "--pupil", "Tobias", "--date", "24.11.2026",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(CLIRunner.files(in: dir) == ["rapport.html"])  // nothing else, no temporary file left
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nb\">"))
        #expect(html.contains("Eleven i fokus: Tobias Myhre"))
        #expect(html.contains("Undersøkelsen ble gjennomført</dt><dd>24.11.2026"))
        #expect(r.stdout.hasPrefix("Rapporten er skrevet til \(out) ("))
        #expect(r.stdout.contains("--labels codes"))  // the reminder that names are inside
        let attributes = try FileManager.default.attributesOfItem(atPath: out)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    /// `--before EARLIER`: the section on what changed; in codes mode the key also holds the pupil who
    /// left, and the earlier survey is an input that is never overwritten.
    @Test func beforeAddsTheChangeSectionAndItsKey() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("rapport.html").path, key = dir.appendingPathComponent("nokkel.csv").path
        let later = CLIRunner.fixture("waves/after.csv"), earlier = CLIRunner.fixture("waves/before.csv")
        let r = try CLIRunner.run([
            "report", later, "--before", earlier, "--pupil", "Frida Holm", "-o", out, "--lang", "nb", "--labels", "codes", "--key", key,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.contains("Endring siden forrige kartlegging") && html.contains("Evaluering til aktivitetsplanen"))
        #expect(!html.contains("Hanne") && !html.contains("Frida"))
        #expect(try String(contentsOfFile: key, encoding: .utf8).contains("Hanne Juul"))
        let overwrite = try CLIRunner.run(["report", later, "--before", earlier, "-o", earlier])
        #expect(overwrite.status == 2)
    }

    @Test func unknownPupilExitsTwoOfferingTheClosestNames() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("r.html").path
        let r = try CLIRunner.run(["report", survey, "--roster", roster, "-o", out, "--pupil", "Kary Nordman", "--lang", "en"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("No pupil is called “Kary Nordman”. Closest: Kari Nordmann"))
        #expect(!FileManager.default.fileExists(atPath: out))
        let nobody = try CLIRunner.run(["report", survey, "--roster", roster, "-o", out, "--pupil", "Kri", "--lang", "nb"])
        #expect(nobody.status == 2 && nobody.stderr.contains("Ingen elev heter «Kri». Nærmest: "))
    }

    @Test func badOptionsExitTwoAndWriteNothing() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("r.html").path
        let key = dir.appendingPathComponent("key.csv").path
        for arguments in [
            ["--key", key],  // a key without codes
            ["--labels", "codes", "--key", out],  // the key over the report
            ["--date", "31.02.2026"],
            ["--labels", "codes", "--key", dir.appendingPathComponent("no-such-folder/key.csv").path],
            ["--lang", "sv"],
        ] {
            let r = try CLIRunner.run(["report", survey, "--roster", roster, "-o", out] + arguments)
            #expect(r.status == 2, "\(arguments): \(r.stderr)")
            #expect(CLIRunner.files(in: dir).isEmpty, "\(arguments)")
        }
        // the report never replaces an input file
        let before = try Data(contentsOf: URL(fileURLWithPath: survey))
        let r = try CLIRunner.run(["report", survey, "--roster", roster, "-o", survey])
        #expect(r.status == 2)
        #expect(try Data(contentsOf: URL(fileURLWithPath: survey)) == before)
    }

    @Test func englishReportAndCodeKey() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report.html").path
        let key = dir.appendingPathComponent("key.csv").path
        let r = try CLIRunner.run([
            "report", survey, "--roster", roster, "-o", out, "--lang", "en", "--labels", "codes", "--key", key,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.contains("<html lang=\"en\">") && html.contains("The class in brief"))
        let keyText = try String(contentsOfFile: key, encoding: .utf8)
        #expect(keyText.contains("Kari Nordmann"))
        #expect(r.stdout.contains("The code key was written to \(key)"))
    }
}
