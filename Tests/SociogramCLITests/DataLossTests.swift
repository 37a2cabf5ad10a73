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

    /// Every file name in `folder`, hidden ones included, recursively.
    static func everything(in folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
    }

    @Test func aFailedWriteLeavesTheEarlierFolderAsItWasAndNoHiddenFolder() throws {
        // A full disk, for real: a small tmpfs (the tests run as root; where mount is not allowed the
        // case is covered by scripts/checks/disk-full.sh and the test only checks that it could not mount).
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let disk = root.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        let mount = try CLIRunner.runTool("/bin/mount", ["-t", "tmpfs", "-o", "size=200k", "tmpfs", disk.path])
        guard mount == 0 else { return }
        defer { _ = try? CLIRunner.runTool("/bin/umount", [disk.path]) }
        let out = disk.appendingPathComponent("ut")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("forrige analyse".utf8).write(to: out.appendingPathComponent("analysis.json"))
        for arguments in [["--out", out.path, "--force"], ["--out", disk.appendingPathComponent("ny/mappe").path]] {
            let r = try CLIRunner.run(["analyze", CLIRunner.fixture("7b/forms-nb.csv"), "--lang", "nb"] + arguments)
            #expect(r.status == 4, "\(r.stderr)")
            #expect(r.stderr.contains("disken er full"), "\(r.stderr)")
            #expect(try String(contentsOf: out.appendingPathComponent("analysis.json"), encoding: .utf8) == "forrige analyse")
            #expect(Self.everything(in: disk) == ["ut", "ut/analysis.json"], "\(Self.everything(in: disk))")
        }
    }

    @Test func forceReplacesTheOutputsAsAWholeAndKeepsOtherFiles() throws {
        let (folder, input, bytes) = try Self.folderWithInput(named: "klasse-7b.csv")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("gammel".utf8).write(to: folder.appendingPathComponent("analysis.json"))
        try Data("mine notater".utf8).write(to: folder.appendingPathComponent("notater.txt"))
        let r = try CLIRunner.run(["analyze", input.path, "--out", folder.path, "--force"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Data(contentsOf: input) == bytes)
        #expect(try String(contentsOf: folder.appendingPathComponent("notater.txt"), encoding: .utf8) == "mine notater")
        let json = try Data(contentsOf: folder.appendingPathComponent("analysis.json"))
        #expect((try? JSONSerialization.jsonObject(with: json)) != nil)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path)
        #expect(!siblings.contains { $0.hasPrefix(".\(folder.lastPathComponent).sociogram-") })
    }

    /// SIGTERM and SIGINT while `analyze --out` writes (held just before the folder is put in place by the
    /// test-only `SOCIOGRAM_TEST_PAUSE_BEFORE_COMMIT`): the earlier folder stays as it was, no hidden
    /// folder is left, and the message says so.
    @Test(arguments: [SIGTERM, SIGINT]) func aSignalDuringAnalyzeLeavesTheEarlierState(signal: Int32) throws {
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("ut")
        let first = try CLIRunner.run(["analyze", CLIRunner.fixture("7b/forms-nb.csv"), "--out", out.path])
        #expect(first.status == 0)
        let before = try Self.everything(in: root).map { ($0, try? Data(contentsOf: root.appendingPathComponent($0))) }
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["analyze", CLIRunner.fixture("7b/forms-nb.csv"), "--out", out.path, "--force", "--lang", "en", "--labels", "codes"]
        process.environment = ProcessInfo.processInfo.environment.merging(["SOCIOGRAM_TEST_PAUSE_BEFORE_COMMIT": "60"]) { $1 }
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Wait until the hidden folder holds the whole new set (then the command waits before the rename).
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            let staged = (try? FileManager.default.contentsOfDirectory(atPath: root.path))?.first { $0.hasPrefix(".ut.sociogram-") }
            if let staged, (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(staged).path))?.contains("sociogram.png") == true { break }
            usleep(20_000)
        }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signal, "\(message)")
        #expect(message.contains("Interrupted"), "\(message)")
        let after = try Self.everything(in: root).map { ($0, try? Data(contentsOf: root.appendingPathComponent($0))) }
        #expect(after.map(\.0) == before.map(\.0))
        #expect(zip(after, before).allSatisfy { $0.1 == $1.1 }, "the earlier folder changed")
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
