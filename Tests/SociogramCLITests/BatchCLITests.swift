import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `sociogram batch` run as a user runs it: the built binary on fixture folders.
@Suite struct BatchCLITests {
    /// A folder with the four classes of `fixtures/grade-7` and one broken file.
    private func gradeWithBrokenFile() throws -> URL {
        let dir = try CLIRunner.temporaryFolder()
        for c in ["7A", "7B", "7C", "7D"] {
            try FileManager.default.copyItem(atPath: CLIRunner.fixture("grade-7/\(c).csv"), toPath: dir.appendingPathComponent("\(c).csv").path)
        }
        try FileManager.default.copyItem(
            atPath: CLIRunner.fixture("broken/unterminated-quote.csv"), toPath: dir.appendingPathComponent("7E.csv").path)
        return dir
    }

    @Test func fourClassesAndABrokenFile() throws {
        let input = try gradeWithBrokenFile()
        let out = try CLIRunner.temporaryFolder().appendingPathComponent("trinn7")
        defer { try? FileManager.default.removeItem(at: input); try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        let r = try CLIRunner.run(["batch", input.path, "--out", out.path, "--lang", "en", "--jobs", "2"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("7E.csv:3:2"), "stderr: \(r.stderr)")
        var expected = ["grade.csv", "grade.json", "index.html"]
        for c in ["7A", "7B", "7C", "7D"] { expected += ["\(c)/analysis.json", "\(c)/pupils.csv", "\(c)/sociogram.png"] }
        #expect(CLIRunner.files(in: out) == expected.sorted())
        let grade = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("grade.json"))) as? [String: Any]
        let failed = grade?["failed"] as? [[String: Any]]
        #expect(failed?.count == 1)
        #expect((failed?.first?["file"] as? String)?.hasSuffix("7E.csv") == true)
        #expect(failed?.first?["line"] as? Int == 3 && failed?.first?["column"] as? Int == 2)
        #expect((grade?["classes"] as? [[String: Any]])?.map { $0["rank"] as? Int } == [1, 2, 3, 4])
        let csv = try String(contentsOf: out.appendingPathComponent("grade.csv"), encoding: .utf8)
        #expect(csv.contains("7E.csv") && csv.contains(";failed;"))
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("href=\"7A/sociogram.png\""))
        #expect(index.contains("7E.csv:3:2"))
    }

    @Test func jsonIsTheGradeSummaryAndAllGoodIsExitZero() throws {
        let out = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try CLIRunner.run([
            "batch", CLIRunner.fixture("grade-7-file/trinn7.csv"), "--roster", CLIRunner.fixture("grade-7-file/roster-trinn7.csv"),
            "--out", out.path, "--force", "--json", "--diagram", "none", "--labels", "codes",
        ])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(doc?["schemaVersion"] as? Int == 1)
        #expect((doc?["classes"] as? [Any])?.count == 4)
        #expect(doc?["pseudonymised"] as? Bool == true)
        #expect(!r.stdout.contains("Åsa Kristensen"))
        #expect(!(try String(contentsOf: out.appendingPathComponent("7A/pupils.csv"), encoding: .utf8)).contains("Åsa Kristensen"))
    }

    @Test func badJobsIsUsageError() throws {
        let r = try CLIRunner.run(["batch", CLIRunner.fixture("grade-7"), "--out", "/tmp/never", "--jobs", "0"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--jobs"))
    }

    @Test func outputInsideTheInputFolderIsRefused() throws {
        let input = try gradeWithBrokenFile()
        defer { try? FileManager.default.removeItem(at: input) }
        let r = try CLIRunner.run(["batch", input.path, "--out", input.appendingPathComponent("out").path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--out must be outside"))
        #expect(!FileManager.default.fileExists(atPath: input.appendingPathComponent("out").path))
    }

    /// Kills a running batch with SIGKILL while it writes: every file left is whole, the only other
    /// files are hidden temporaries, and a second run into the same folder (`--force`) removes them.
    @Test func killingABatchLeavesOnlyWholeFiles() throws {
        let input = try CLIRunner.temporaryFolder()
        let out = try CLIRunner.temporaryFolder().appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: input); try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        for c in 0..<80 { try syntheticClassCSV(c).write(to: input.appendingPathComponent(String(format: "K%03d.csv", c)), atomically: true, encoding: .utf8) }

        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["batch", input.path, "--out", out.path, "--jobs", "2"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline && CLIRunner.files(in: out).filter({ $0.hasSuffix(".png") }).count < 3 {
            usleep(2_000)
        }
        #expect(process.isRunning, "the batch finished before it could be killed")
        #expect(!workers(of: process.processIdentifier).isEmpty, "the batch runs its classes in workers")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        // Its workers notice that the batch is gone and end at once, before anyone could start it again.
        let workersGone = Date().addingTimeInterval(5)
        while !workers(of: process.processIdentifier).isEmpty && Date() < workersGone { usleep(5_000) }
        #expect(workers(of: process.processIdentifier).isEmpty, "workers outlived the killed batch")

        let left = allFiles(in: out)
        #expect(!left.isEmpty)
        for path in left {
            let name = (path as NSString).lastPathComponent
            if let hidden = path.split(separator: "/").first(where: { $0.hasPrefix(".") }), hidden != name[...] {
                // Inside a hidden class folder a worker had not yet put in place.
                #expect(hidden.contains(".sociogram-"), "unexpected hidden folder \(path)")
                continue
            }
            if name.hasPrefix(".") {
                #expect(isAtomicTemporary(name), "unexpected hidden file \(path)")
                continue
            }
            #expect(!name.contains(".tmp"), "temporary file with a visible name: \(path)")
            let bytes = try [UInt8](Data(contentsOf: out.appendingPathComponent(path)))
            if name.hasSuffix(".json") {
                #expect((try? JSONSerialization.jsonObject(with: Data(bytes))) != nil, "\(path) is not whole JSON")
            } else if name.hasSuffix(".png") {
                #expect(Array(bytes.suffix(12)) == [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82], "\(path) has no IEND")
            } else if name.hasSuffix(".csv") {
                #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]) && bytes.suffix(2) == [0x0D, 0x0A], "\(path) is not a whole CSV")
            }
        }

        // A restart into the same folder removes the temporaries and completes the grade.
        let again = try CLIRunner.run(["batch", input.path, "--out", out.path, "--force", "--diagram", "none"])
        #expect(again.status == 0, "stderr: \(again.stderr)")
        #expect(allFiles(in: out).filter { $0.split(separator: "/").contains { $0.hasPrefix(".") } }.isEmpty)
        #expect(allFiles(in: out).filter { $0.hasSuffix("analysis.json") }.count == 80)
    }

    /// The running batch workers of the batch process `parent` (their command line ends `--worker PARENT`).
    private func workers(of parent: Int32) -> [Int32] {
        #if os(Linux)
            let marker = Data("--worker\0\(parent)\0".utf8)
            return ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap { entry in
                guard let pid = Int32(entry), let line = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline"),
                    line.range(of: marker) != nil
                else { return nil }
                // A zombie waiting for its (dead) parent to be reaped by init has ended.
                let status = (try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8)) ?? ""
                return status.contains(") Z ") ? nil : pid
            }
        #else
            return []
        #endif
    }

    /// Every file under `folder`, hidden ones included, relative.
    private func allFiles(in folder: URL) -> [String] {
        guard let e = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var out: [String] = []
        while let item = e.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(item).path, isDirectory: &isDir), !isDir.boolValue {
                out.append(item)
            }
        }
        return out
    }

    /// `.NAME.tmp-XXXXXX`, the temporary `AtomicFile` writes next to `NAME`.
    private func isAtomicTemporary(_ name: String) -> Bool {
        name.range(of: #"^\..+\.tmp-[A-Za-z0-9]{6}$"#, options: .regularExpression) != nil
    }
}
