import Foundation
import Testing

/// `sociogram batch --class-timeout`: a class whose worker hangs (here told to sleep by the test-only
/// `SOCIOGRAM_TEST_WORKER_SLEEP`, as a Graphviz layout that never returns would) is reported as failed
/// with the reason, a fresh worker finishes the rest of the grade, and the other classes are exactly
/// what a run without the hang writes. Crashes (`SOCIOGRAM_TEST_WORKER_CRASH`) cost their class too.
@Suite(.timeLimit(.minutes(5))) struct BatchTimeoutCLITests {
    /// This process's environment plus `extra`, for the binary.
    static func environment(_ extra: [String: String]) -> [String: String] {
        ProcessInfo.processInfo.environment.merging(extra) { $1 }
    }

    static func makeInput(classes: Int) throws -> URL {
        let input = try CLIRunner.temporaryFolder()
        for c in 0..<classes {
            try syntheticClassCSV(c).write(to: input.appendingPathComponent(String(format: "K%03d.csv", c)), atomically: true, encoding: .utf8)
        }
        return input
    }

    static func grade(_ out: URL) throws -> (classes: [[String: Any]], failed: [[String: Any]]) {
        let doc = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("grade.json"))) as? [String: Any]
        return (doc?["classes"] as? [[String: Any]] ?? [], doc?["failed"] as? [[String: Any]] ?? [])
    }

    /// With one worker (`--jobs 1`) and with two: the hung class is failed with the timeout reason in
    /// the terminal, grade.json and index.html; every other class is written byte for byte as without
    /// the hang; nothing hidden is left; the batch does not wait for the sleeping worker.
    @Test(arguments: [1, 2])
    func aHangingClassIsStoppedAndTheRestFinished(jobs: Int) throws {
        let count = jobs == 1 ? 10 : 20
        let input = try Self.makeInput(classes: count)
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: input); try? FileManager.default.removeItem(at: root) }
        let reference = root.appendingPathComponent("reference")
        let plain = try CLIRunner.run(["batch", input.path, "--out", reference.path, "--jobs", String(jobs), "--lang", "en"])
        #expect(plain.status == 0, "\(plain.stderr)")

        let out = root.appendingPathComponent("out")
        let start = Date()
        let r = try CLIRunner.run(
            ["batch", input.path, "--out", out.path, "--jobs", String(jobs), "--lang", "en", "--class-timeout", "30"],
            environment: Self.environment(["SOCIOGRAM_TEST_WORKER_SLEEP": "K003.csv=900"]))
        // The timeout is generous, so that a healthy class on a machine busy with the whole suite is
        // never the one stopped; the hung class sleeps far longer than the batch takes.
        #expect(Date().timeIntervalSince(start) < 300, "the batch waited for the hung worker")
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("K003.csv: This class did not finish within 30 seconds (--class-timeout)"), "\(r.stderr)")
        let (classes, failed) = try Self.grade(out)
        #expect(failed.count == 1, "\(failed)")
        #expect((failed.first?["file"] as? String)?.hasSuffix("K003.csv") == true)
        #expect(failed.first?["stage"] as? String == "worker")
        #expect(classes.count == count - 1)
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("K003.csv") && index.contains("did not finish within 30 seconds"))
        // Every other class as without the hang, byte for byte.
        let written = CLIRunner.files(in: out).filter { $0.contains("/") }
        let expected = CLIRunner.files(in: reference).filter { $0.contains("/") && !$0.hasPrefix("K003/") }
        #expect(written.sorted() == expected.sorted())
        for file in expected {
            let same = (try? Data(contentsOf: out.appendingPathComponent(file))) == (try? Data(contentsOf: reference.appendingPathComponent(file)))
            #expect(same, "\(file) differs")
        }
        #expect(CLIRunner.files(in: out).allSatisfy { !($0 as NSString).lastPathComponent.hasPrefix(".") })
    }

    /// In bokmål the reason is in bokmål.
    @Test func theReasonIsInTheTeachersLanguage() throws {
        let input = try Self.makeInput(classes: 3)
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: input); try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        let r = try CLIRunner.run(
            ["batch", input.path, "--out", out.path, "--class-timeout", "20.5", "--lang", "nb"],
            environment: Self.environment(["SOCIOGRAM_TEST_WORKER_SLEEP": "K001.csv=120"]))
        #expect(r.status == 1)
        #expect(r.stderr.contains("Klassen ble ikke ferdig innen 20,5 sekunder (--class-timeout)"), "\(r.stderr)")
        #expect(try Self.grade(out).classes.count == 2)
    }

    /// A class that is stopped after its worker wrote its files (or part of them) leaves no folder: the
    /// grade is whole classes, each listed in grade.json, or failed ones, each without a folder.
    @Test func aStoppedClassLeavesNoFolder() throws {
        let input = try Self.makeInput(classes: 3)
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: input); try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        let r = try CLIRunner.run(
            ["batch", input.path, "--out", out.path, "--class-timeout", "20", "--diagram", "none", "--lang", "en"],
            environment: Self.environment(["SOCIOGRAM_TEST_WORKER_SLEEP_WRITTEN": "K001.csv=120"]))
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("K001.csv: This class did not finish within 20 seconds"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("K001").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("K002/analysis.json").path))
        #expect(try Self.grade(out).classes.count == 2)
    }

    /// `--class-timeout 0` sets no limit: a slow class is waited for.
    @Test func zeroMeansNoLimit() throws {
        let input = try Self.makeInput(classes: 2)
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: input); try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        let r = try CLIRunner.run(
            ["batch", input.path, "--out", out.path, "--class-timeout", "0", "--diagram", "none"],
            environment: Self.environment(["SOCIOGRAM_TEST_WORKER_SLEEP": "K001.csv=2"]))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Self.grade(out).classes.count == 2)
    }

    /// A worker that aborts on a class (as a crash inside Graphviz would) costs that class and the one
    /// it was drawing beside it, with the signal; the rest of the grade is written.
    @Test func aCrashingClassIsReportedAndTheRestFinished() throws {
        let input = try Self.makeInput(classes: 10)
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: input); try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        let r = try CLIRunner.run(
            ["batch", input.path, "--out", out.path, "--jobs", "1", "--lang", "en"],
            environment: Self.environment(["SOCIOGRAM_TEST_WORKER_CRASH": "K004.csv"]))
        #expect(r.status == 1)
        #expect(r.stderr.contains("K004.csv: The worker process handling this file was stopped by signal 6"), "\(r.stderr)")
        let (classes, failed) = try Self.grade(out)
        #expect((1...2).contains(failed.count), "\(failed)")
        #expect(classes.count + failed.count == 10)
    }

    /// A negative or absurd timeout is a usage error (exit 2) naming the option.
    @Test func badTimeoutsAreRefused() throws {
        for bad in ["-1", "100000", "soon"] {
            let r = try CLIRunner.run(["batch", CLIRunner.fixture("grade-7"), "--out", "/tmp/never-written", "--class-timeout", bad])
            #expect(r.status == 2, "\(bad): \(r.stderr)")
            #expect(r.stderr.contains("class-timeout"), "\(bad): \(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written"))
    }
}
