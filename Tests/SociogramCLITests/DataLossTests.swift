import Foundation
import Testing
import Sociogram

/// No data loss: inputs are never overwritten, a non-empty folder needs `--force`, every write is atomic
/// (no partial file after a failure), and a failure after some outputs leaves those outputs whole.
@Suite struct DataLossTests {
    /// A temporary folder with a copy of a fixture under `name`.
    static func folderWithInput(named name: String) throws -> (folder: URL, input: URL, bytes: Data) {
        let folder = try CLIRunner.temporaryFolder()
        let input = folder.appendingPathComponent(name)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: CLIRunner.fixture("7b/forms-nb.csv")))
        try bytes.write(to: input)
        return (folder, input, bytes)
    }

    @Test func outputIntoTheInputsFolderWithForceKeepsTheInput() throws {
        // The input is named like an output: writing pupils.csv would replace it.
        let (folder, input, bytes) = try Self.folderWithInput(named: "pupils.csv")
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try CLIRunner.run(["analyze", input.path, "--out", folder.path, "--force"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("input"))
        #expect(try Data(contentsOf: input) == bytes)
        // Nothing was written: the check comes before the first file.
        #expect(CLIRunner.files(in: folder) == ["pupils.csv"])
    }

    @Test func outputNextToTheInputWithForceWritesAndKeepsTheInput() throws {
        let (folder, input, bytes) = try Self.folderWithInput(named: "klasse-7b.csv")
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try CLIRunner.run(["analyze", input.path, "--out", folder.path, "--force"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Data(contentsOf: input) == bytes)
        #expect(CLIRunner.files(in: folder) == ["analysis.json", "klasse-7b.csv", "pupils.csv", "sociogram.png"])
    }

    @Test func aKeyFileEqualToTheInputIsRefused() throws {
        let (folder, input, bytes) = try Self.folderWithInput(named: "klasse.csv")
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("lenke.csv")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: input)
        for target in [input.path, link.path, folder.path + "/./klasse.csv"] {
            let out = folder.appendingPathComponent("ut-\(UUID().uuidString)").path
            let r = try CLIRunner.run(["analyze", input.path, "--labels", "codes", "--out", out, "--key", target])
            #expect(r.status == 2, "\(target): \(r.stderr)")
            #expect(try Data(contentsOf: input) == bytes)
        }
    }

    @Test func aNonEmptyFolderNeedsForce() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = folder.appendingPathComponent("analysis.json")
        try Data("forrige analyse".utf8).write(to: old)
        let r = try CLIRunner.run(["analyze", CLIRunner.fixture("7b/forms-nb.csv"), "--out", folder.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--force"))
        #expect(try String(contentsOf: old, encoding: .utf8) == "forrige analyse")
        #expect(CLIRunner.files(in: folder) == ["analysis.json"])
    }

    @Test func badInputWritesNothing() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("ut")
        let r = try CLIRunner.run(["analyze", CLIRunner.fixture("hostile/nul-byte.csv"), "--out", out.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("nul-byte.csv:3:2"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func aFailedWriteLeavesTheEarlierOutputsWholeAndNoTemporaryFiles() throws {
        // pupils.csv cannot be written (a folder is in its place; root ignores read-only folders, so
        // this is how the failure is simulated): analysis.json, written before, is complete.
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("pupils.csv/inside"), withIntermediateDirectories: true)
        let r = try CLIRunner.run(["analyze", CLIRunner.fixture("7b/forms-nb.csv"), "--out", folder.path, "--force"])
        #expect(r.status == 3, "\(r.stderr)")
        #expect(r.stderr.contains("pupils.csv"))
        let json = try Data(contentsOf: folder.appendingPathComponent("analysis.json"))
        #expect((try? JSONSerialization.jsonObject(with: json)) != nil)
        #expect(!CLIRunner.files(in: folder).contains { $0.contains(".tmp-") })
    }

    @Test func atomicWriteFailureKeepsTheOldFileAndLeavesNoTemporaryFile() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("analysis.json")
        try FileManager.default.createDirectory(at: target.appendingPathComponent("x"), withIntermediateDirectories: true)
        #expect(throws: OutputError.self) { try AtomicFile.write("ny", to: target.path) }
        #expect(CLIRunner.files(in: folder) == ["analysis.json/x"] || CLIRunner.files(in: folder).isEmpty)
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: folder.path)).contains { $0.contains(".tmp-") })

        let file = folder.appendingPathComponent("pupils.csv")
        try AtomicFile.write("gammel", to: file.path)
        try AtomicFile.write("ny", to: file.path)
        #expect(try String(contentsOf: file, encoding: .utf8) == "ny")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["analysis.json", "pupils.csv"])
    }

    @Test func writingIntoAMissingFolderFailsCleanly() {
        #expect(throws: OutputError.self) {
            try AtomicFile.write("x", to: "/nonexistent-\(UUID().uuidString)/analysis.json")
        }
    }
}
