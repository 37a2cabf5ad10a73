import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `sociogram batch --jobs N` runs N processes (the binary starts N − 1 copies of itself as workers):
/// the built binary, as a user runs it.
@Suite struct BatchWorkerCLITests {
    /// The same files, byte for byte (PNGs included), for 1, 2 and 3 processes: folder names are
    /// settled in file order whichever process imports a file first, and a broken file is reported the
    /// same way.
    @Test func sameOutputForOneTwoAndThreeProcesses() throws {
        let input = try CLIRunner.temporaryFolder()
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: input); try? FileManager.default.removeItem(at: root) }
        for c in 0..<24 { try syntheticClassCSV(c).write(to: input.appendingPathComponent(String(format: "K%03d.csv", c)), atomically: true, encoding: .utf8) }
        // Two files whose folder names clash (case-insensitively) and a broken file between them.
        try syntheticClassCSV(90).write(to: input.appendingPathComponent("k005.csv"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: CLIRunner.fixture("broken/unterminated-quote.csv"), toPath: input.appendingPathComponent("K010b.csv").path)

        var outputs: [[String: Data]] = []
        for jobs in [1, 2, 3] {
            let out = root.appendingPathComponent("out")
            try? FileManager.default.removeItem(at: out)
            let r = try CLIRunner.run(["batch", input.path, "--out", out.path, "--jobs", String(jobs), "--lang", "en"], in: root)
            #expect(r.status == 1, "jobs \(jobs): \(r.stderr)")
            #expect(r.stderr.contains("K010b.csv:3:2"), "jobs \(jobs): \(r.stderr)")
            #expect(!r.stderr.contains("\u{1B}["), "a progress bar on a pipe: \(r.stderr)")
            var files: [String: Data] = [:]
            for path in CLIRunner.files(in: out) { files[path] = try Data(contentsOf: out.appendingPathComponent(path)) }
            outputs.append(files)
        }
        #expect(outputs[0].keys.filter { $0.hasSuffix("/sociogram.png") }.count == 25)
        #expect(outputs[0]["K005/analysis.json"] != nil && outputs[0]["k005-2/analysis.json"] != nil)
        for (i, other) in outputs.enumerated().dropFirst() {
            #expect(other.keys.sorted() == outputs[0].keys.sorted(), "jobs \(i + 1)")
            let differing = outputs[0].keys.sorted().filter { other[$0] != outputs[0][$0] }
            #expect(differing.isEmpty, "jobs \(i + 1) wrote different \(differing.prefix(5))")
        }
    }

    /// A folder with a grade roster: the choices across classes found by the worker processes reach
    /// the grade summary and the grade sociogram, the same as in one process.
    @Test func choicesAcrossClassesFromWorkersReachTheGradeSummary() throws {
        let input = try CLIRunner.temporaryFolder()
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: input); try? FileManager.default.removeItem(at: root) }
        // One pupil per class with a name unlike every other (so the name matcher finds them across classes).
        let newcomers = [
            "Astrid Berg", "Bjarne Dahl", "Cecilie Eng", "Dag Fossum", "Eirik Grønli", "Frida Hauge", "Geir Isaksen", "Hilde Jensen",
            "Ivar Karlsen", "Jorunn Lien", "Knut Moe", "Liv Nilsen", "Magnus Olsen", "Nina Pedersen", "Oda Quist", "Per Rud",
            "Randi Solheim", "Sverre Tangen", "Tone Ulvik", "Ulf Vik",
        ]
        var roster = ["klasse;navn"]
        for c in 0..<20 {
            // The newcomer chooses pupil 1 of the class; pupil 1 chooses the next class's newcomer.
            let extra = "\(newcomers[c]),Elev 1 K\(c),Hvem vil du være sammen med?\nElev 1 K\(c),\(newcomers[(c + 1) % 20]),Hvem vil du være sammen med?\n"
            try (syntheticClassCSV(c) + extra).write(to: input.appendingPathComponent(String(format: "K%03d.csv", c)), atomically: true, encoding: .utf8)
            roster += ((1...26).map { "Elev \($0) K\(c)" } + [newcomers[c]]).map { "K\(String(format: "%03d", c));\($0)" }
        }
        try (roster.joined(separator: "\n") + "\n").write(to: input.appendingPathComponent("klasseliste.csv"), atomically: true, encoding: .utf8)

        var summaries: [Data] = []
        for jobs in [1, 2] {
            let out = root.appendingPathComponent("out\(jobs)")
            let r = try CLIRunner.run(["batch", input.path, "--out", out.path, "--jobs", String(jobs), "--json"])
            #expect(r.status == 0, "jobs \(jobs): \(r.stderr)")
            let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
            #expect(doc?["crossClassTies"] as? Int == 20, "jobs \(jobs)")
            #expect(doc?["gradeSociogram"] as? String == "grade-sociogram.png", "jobs \(jobs)")
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("grade-sociogram.png").path))
            summaries.append(try Data(contentsOf: out.appendingPathComponent("grade.json")))
        }
        let same = summaries[0] == summaries[1]
        #expect(same, "grade.json differs between 1 and 2 processes")
    }

    /// A grade file whose class names try to leave the output folder: with worker processes too,
    /// every file stays inside DIR and nothing is written next to it.
    @Test func workersWriteNothingOutsideTheOutputFolder() throws {
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let hostile = ["../../etc", "7A/../../x", "index.html", "/tmp/abs", "..", "7a", "7A"]
        let names = hostile + (0..<17).map { "8\($0)" }
        var rows = ["from,to,question,class"]
        for (c, name) in names.enumerated() {
            for line in syntheticClassCSV(c).split(separator: "\n").dropFirst() { rows.append("\(line),\"\(name)\"") }
        }
        let grade = root.appendingPathComponent("in").appendingPathComponent("grade.csv")
        try FileManager.default.createDirectory(at: grade.deletingLastPathComponent(), withIntermediateDirectories: true)
        try (rows.joined(separator: "\n") + "\n").write(to: grade, atomically: true, encoding: .utf8)
        let out = root.appendingPathComponent("sandbox").appendingPathComponent("out")

        let r = try CLIRunner.run(["batch", grade.path, "--out", out.path, "--jobs", "2", "--json"], in: root)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect((doc?["classes"] as? [Any])?.count == names.count)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path) == ["out"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("in").path) == ["grade.csv"])
        let base = out.standardizedFileURL.path + "/"
        let written = CLIRunner.files(in: out)
        #expect(written.filter { $0.hasSuffix("/analysis.json") }.count == names.count)
        for file in written { #expect(out.appendingPathComponent(file).standardizedFileURL.path.hasPrefix(base), "\(file)") }
    }

    /// A worker process that dies (here it kills itself on its first class, as a crash inside
    /// Graphviz would) loses only the classes it was working on: they are reported as failed with the
    /// signal, the others are written, the exit code is 1 and no temporary is left.
    @Test func aDyingWorkerIsReportedAndTheOthersCarryOn() throws {
        let input = try CLIRunner.temporaryFolder()
        let out = try CLIRunner.temporaryFolder().appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: input); try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        let count = 40
        for c in 0..<count { try syntheticClassCSV(c).write(to: input.appendingPathComponent(String(format: "K%03d.csv", c)), atomically: true, encoding: .utf8) }

        let r = try CLIRunner.run(["batch", input.path, "--out", out.path, "--jobs", "2", "--test-kill-workers", "--lang", "en"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("stopped by signal 9"), "stderr: \(r.stderr)")
        let grade = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("grade.json"))) as? [String: Any]
        let failed = grade?["failed"] as? [[String: Any]] ?? []
        let classes = grade?["classes"] as? [[String: Any]] ?? []
        // The worker is given two classes at a time, and dies with both.
        #expect((1...2).contains(failed.count), "failed: \(failed)")
        #expect(failed.allSatisfy { $0["stage"] as? String == "worker" && ($0["file"] as? String)?.hasSuffix(".csv") == true })
        #expect(classes.count + failed.count == count)
        for row in classes {
            let folder = try #require(row["folder"] as? String)
            for file in ["analysis.json", "pupils.csv", "sociogram.png"] {
                #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(folder).appendingPathComponent(file).path))
            }
        }
        #expect(CLIRunner.files(in: out).allSatisfy { !($0 as NSString).lastPathComponent.hasPrefix(".") })
    }

    /// The progress bar is drawn on a terminal (and only there: see the tests above, on pipes).
    @Test func progressBarOnATerminal() throws {
        let input = try CLIRunner.temporaryFolder()
        let out = try CLIRunner.temporaryFolder().appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: input); try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        for c in 0..<6 { try syntheticClassCSV(c).write(to: input.appendingPathComponent(String(format: "K%03d.csv", c)), atomically: true, encoding: .utf8) }
        let terminal = try PseudoTerminal()
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["batch", input.path, "--out", out.path, "--jobs", "2", "--diagram", "none"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = terminal.follower
        try process.run()
        terminal.closeFollower()
        let shown = String(decoding: terminal.readAll(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(shown.contains("\r\u{1B}[2K[") && shown.contains("6/6 files"), "terminal: \(shown.debugDescription)")
    }
}

/// A pseudo-terminal: the follower side for a child's standard error, the leader side read here.
private final class PseudoTerminal {
    let leader: Int32
    let follower: FileHandle

    init() throws {
        #if os(Linux)
            // posix_openpt/unlockpt/ptsname are not visible from Swift's Glibc: their ioctls directly.
            leader = open("/dev/ptmx", O_RDWR | O_NOCTTY)
            var unlock: CInt = 0
            var number: CInt = 0
            guard leader >= 0, ioctl(leader, 0x4004_5431 /* TIOCSPTLCK */, &unlock) == 0,
                ioctl(leader, 0x8004_5430 /* TIOCGPTN */, &number) == 0
            else { throw CocoaError(.fileNoSuchFile) }
            let name = "/dev/pts/\(number)"
        #else
            leader = posix_openpt(O_RDWR | O_NOCTTY)
            guard leader >= 0, grantpt(leader) == 0, unlockpt(leader) == 0, let cName = ptsname(leader) else {
                throw CocoaError(.fileNoSuchFile)
            }
            let name = String(cString: cName)
        #endif
        let fd = open(name, O_RDWR | O_NOCTTY)
        guard fd >= 0 else { throw CocoaError(.fileNoSuchFile) }
        follower = FileHandle(fileDescriptor: fd, closeOnDealloc: false)
    }

    /// Closes this process's copy of the follower, so reading ends when the child's copies close.
    func closeFollower() { try? follower.close() }

    /// Everything written to the terminal until the last follower closes (Linux then reports EIO).
    func readAll() -> Data {
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(leader, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            data.append(contentsOf: chunk[0..<n])
        }
        close(leader)
        return data
    }
}

/// A deterministic class of 26 pupils as an edge list (`from,to,question`): each chooses four classmates.
func syntheticClassCSV(_ c: Int) -> String {
    var state = UInt64(c + 1) &* 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
    var rows = ["from,to,question"]
    for i in 0..<26 {
        var chosen = Set<Int>()
        while chosen.count < 4 {
            let j = next(26)
            if j != i { chosen.insert(j) }
        }
        for j in chosen.sorted() { rows.append("Elev \(i + 1) K\(c),Elev \(j + 1) K\(c),Hvem vil du være sammen med?") }
    }
    return rows.joined(separator: "\n") + "\n"
}
