import Foundation
import Testing

/// A batch stopped by SIGTERM or SIGINT says so, leaves only whole class folders, and `--resume`
/// finishes it: the folder then holds exactly what an uninterrupted run writes. The run is made slow
/// enough to stop with the test-only `SOCIOGRAM_TEST_WORKER_SLEEP` (one class sleeps in its worker).
@Suite(.serialized) struct BatchResumeCLITests {
    private func grade() throws -> URL {
        let input = try CLIRunner.temporaryFolder()
        for c in 0..<10 {
            try syntheticClassCSV(c).write(to: input.appendingPathComponent(String(format: "K%03d.csv", c)), atomically: true, encoding: .utf8)
        }
        return input
    }

    private func contents(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in DataLossTests.everything(in: folder) {
            var isDirectory: ObjCBool = false
            let path = folder.appendingPathComponent(name).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[name] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return files
    }

    @Test(arguments: [SIGTERM, SIGINT]) func aStoppedBatchIsFinishedByResume(signal: Int32) throws {
        let input = try grade()
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: input); try? FileManager.default.removeItem(at: root) }
        let whole = root.appendingPathComponent("whole"), stopped = root.appendingPathComponent("stopped")
        let reference = try CLIRunner.run(["batch", input.path, "--out", whole.path, "--jobs", "2"])
        #expect(reference.status == 0, "\(reference.stderr)")

        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["batch", input.path, "--out", stopped.path, "--jobs", "2", "--lang", "en"]
        process.environment = ProcessInfo.processInfo.environment.merging(["SOCIOGRAM_TEST_WORKER_SLEEP": "K005.csv=120"]) { $1 }
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Stop it once the classes before the sleeping one are in place.
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline,
            ((try? FileManager.default.contentsOfDirectory(atPath: stopped.path)) ?? []).filter({ $0.hasPrefix("K") }).count < 5
        {
            usleep(20_000)
        }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signal, "\(message)")
        #expect(message.contains("Interrupted") && message.contains("--resume"), "\(message)")
        // Only whole class folders: each class folder there has all three files, and no grade summary yet.
        let entries = try FileManager.default.contentsOfDirectory(atPath: stopped.path)
        #expect(!entries.contains("grade.json"))
        for name in entries where name.hasPrefix("K") {
            let files = try FileManager.default.contentsOfDirectory(atPath: stopped.appendingPathComponent(name).path).sorted()
            #expect(files == ["analysis.json", "pupils.csv", "sociogram.png"], "\(name): \(files)")
        }
        // The same command refuses the folder; --resume finishes it.
        let again = try CLIRunner.run(["batch", input.path, "--out", stopped.path, "--jobs", "2"])
        #expect(again.status == 2)
        let resumed = try CLIRunner.run(["batch", input.path, "--out", stopped.path, "--jobs", "1", "--resume", "--lang", "en"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("Resuming"), "\(resumed.stderr)")
        let expected = try contents(whole), got = try contents(stopped)
        #expect(got.keys.sorted() == expected.keys.sorted())
        let differing = expected.keys.sorted().filter { expected[$0] != got[$0] }
        #expect(differing.isEmpty, "differs from an uninterrupted run: \(differing)")
    }

    /// The grade files are put in place together with the class folders, as one set: a batch with
    /// `--force` over an earlier one replaces the grade summary and the class folders, keeps the teacher's
    /// own file in the folder (the very same file, linked, not copied), and leaves no hidden folder beside it.
    @Test func theGradeFilesAppearAsAWholeAndKeepTheTeachersFiles() throws {
        let input = try grade()
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: input); try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("trinn")
        let first = try CLIRunner.run(["batch", input.path, "--out", out.path, "--jobs", "1"])
        #expect(first.status == 0, "\(first.stderr)")
        let note = out.appendingPathComponent("notater.txt")
        try "Møte tirsdag".write(to: note, atomically: true, encoding: .utf8)
        let inode = try FileManager.default.attributesOfItem(atPath: note.path)[.systemFileNumber] as? Int
        // One class less: the new grade summary must not be a mix of the two runs.
        try FileManager.default.removeItem(at: input.appendingPathComponent("K009.csv"))
        let second = try CLIRunner.run(["batch", input.path, "--out", out.path, "--jobs", "1", "--force"])
        #expect(second.status == 0, "\(second.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("grade.json"))) as? [String: Any]
        #expect((json?["classes"] as? [Any])?.count == 9)
        #expect(try String(contentsOf: note, encoding: .utf8) == "Møte tirsdag")
        #expect(try FileManager.default.attributesOfItem(atPath: note.path)[.systemFileNumber] as? Int == inode)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["trinn"])
    }
}
