import Foundation
import Testing
@testable import Sociogram

/// A temporary folder for one test, removed at the end.
struct BatchTempFolder: ~Copyable {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sociogram-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    var path: String { url.path }
    func file(_ name: String, _ text: String) throws -> String {
        let p = url.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: p))
        return p
    }
    /// Every file under the folder, relative, sorted (hidden files included).
    func files(under sub: String = "") -> [String] {
        let root = sub.isEmpty ? url : url.appendingPathComponent(sub)
        guard let e = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var out: [String] = []
        while let item = e.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(item).path, isDirectory: &isDir), !isDir.boolValue {
                out.append(item)
            }
        }
        return out.sorted()
    }
    deinit { try? FileManager.default.removeItem(at: url) }
}

/// A grade edge list with a class column: `classes` maps a class name to its pupils' ties within the class
/// (pupil `k` of a class has the first name `batchFirstNames[k]` and the class as surname, so names
/// of different classes are far apart for the name matcher).
func gradeEdgeList(_ classes: [(name: String, ties: [(Int, Int)])], cross: [(String, Int, String, Int)] = []) -> String {
    func pupil(_ cls: String, _ k: Int) -> String { batchPupilName(cls, k) }
    var rows = ["fra;til;spørsmål;klasse"]
    for c in classes {
        for (a, b) in c.ties { rows.append("\(pupil(c.name, a));\(pupil(c.name, b));Hvem vil du være sammen med?;\(c.name)") }
    }
    for (ca, a, cb, b) in cross { rows.append("\(pupil(ca, a));\(pupil(cb, b));Hvem vil du være sammen med?;\(ca)") }
    return rows.joined(separator: "\n") + "\n"
}

let batchFirstNames = ["Anna", "Bjørn", "Cecilie", "David", "Eva", "Frida"]
let batchSurnames = ["7A": "Aasen", "7B": "Berg"]

func batchPupilName(_ cls: String, _ k: Int) -> String {
    "\(batchFirstNames[k]) \(batchSurnames[cls] ?? cls.filter { $0.isLetter || $0.isNumber })"
}

@Suite struct BatchPipelineTests {
    @Test func pipelineComputesJSONCSVAndPNGInMemory() throws {
        let imported = try ImportFixtures.load("7b/edges.csv")
        let result = try ClassPipeline.run(imported, options: .init(diagram: .png))
        #expect(result.files.map(\.fileName) == ["analysis.json", "pupils.csv", "sociogram.png"])
        #expect(result.failures.isEmpty)
        guard case .success(let png) = result.files[2].result else { Issue.record("no PNG"); return }
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        guard case .success(let json) = result.files[0].result else { Issue.record("no JSON"); return }
        #expect((try JSONSerialization.jsonObject(with: Data(json))) is [String: Any])
    }

    @Test func aFailedOutputDoesNotStopTheOthersFromBeingWritten() throws {
        let out = try BatchTempFolder()
        let imported = try ImportFixtures.load("7b/edges.csv")
        var result = try ClassPipeline.run(imported, options: .init(diagram: nil))
        result.add(ClassOutputFile(.sociogram(.png), .failure(ClassOutputError(.render, "Graphviz could not lay it out"))))
        let folder = try OutputFolder.prepare(path: out.path, force: true, inputs: [])
        let written = result.write(into: folder, folder: "7B")
        #expect(written.map(\.written) == [true, true, false])
        #expect(out.files() == ["7B/analysis.json", "7B/pupils.csv"])
    }

    @Test func pseudonymisedOutputsCarryNoNames() throws {
        let imported = try ImportFixtures.load("7b/edges.csv")
        let result = try ClassPipeline.run(imported, options: .init(labels: .codes, diagram: .dot))
        for file in result.files {
            guard case .success(let bytes) = file.result else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains("Kari Nordmann"), "\(file.fileName) names a pupil")
        }
    }
}

@Suite struct BatchFolderTests {
    @Test func classNamesThatTryToLeaveTheFolderStayInside() throws {
        let input = try BatchTempFolder()
        let grade = try input.file("trinn.csv", gradeEdgeList([
            ("../../etc", [(1, 2), (2, 1), (3, 1)]), ("7A/../../x", [(1, 2), (2, 3)]),
            ("index.html", [(1, 2)]), ("7a", [(1, 2)]), ("7A", [(2, 1)]), ("<i>7E", [(1, 2)]),
        ]))
        let out = try BatchTempFolder()
        let target = out.url.appendingPathComponent("out").path
        let folder = try OutputFolder.prepare(path: target, force: false, inputs: [grade])
        let summary = try BatchRunner.run(try BatchSource.open(path: grade), into: folder, options: .init(pipeline: .init(diagram: nil), jobs: 2))
        #expect(summary.failed.isEmpty)
        #expect(Set(summary.classes.map(\.folder)) == ["_._.._etc", "7A_.._.._x", "index.html-2", "7a", "7A-2", "_i_7E"])
        let index = try String(contentsOfFile: target + "/index.html", encoding: .utf8)
        #expect(index.contains("&lt;i&gt;7E") && !index.contains("<i>7E"))
        // Everything is inside out/: nothing next to it, and every path stays below it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["out"])
        for file in out.files(under: "out") {
            let resolved = URL(fileURLWithPath: target + "/" + file).standardizedFileURL.path
            #expect(resolved.hasPrefix(URL(fileURLWithPath: target).standardizedFileURL.path + "/"))
        }
        #expect(out.files(under: "out").contains("index.html"))
        #expect(out.files(under: "out").contains("index.html-2/analysis.json"))
    }

    @Test func crossClassChoicesGiveAGradeSociogram() throws {
        let input = try BatchTempFolder()
        let grade = try input.file("trinn.csv", gradeEdgeList(
            [("7A", [(1, 2), (2, 1), (3, 2)]), ("7B", [(1, 2), (2, 3), (3, 1)])], cross: [("7A", 1, "7B", 2), ("7B", 3, "7A", 3)]))
        // Without a roster a name is looked for in the chooser's class only; the grade's roster lets
        // choices cross classes.
        let roster = try input.file("roster.csv", "klasse;navn\n" + ["7A", "7B"].flatMap { c in (1...3).map { "\(c);\(batchPupilName(c, $0))" } }.joined(separator: "\n") + "\n")
        let out = try BatchTempFolder()
        let folder = try OutputFolder.prepare(path: out.path, force: true, inputs: [grade])
        let source = try BatchSource.open(path: grade, options: ImportOptions(rosterPath: roster))
        let summary = try BatchRunner.run(source, into: folder, options: .init(pipeline: .init(diagram: .dot)))
        #expect(summary.classes.map(\.pupils) == [3, 3])
        #expect(summary.crossClassTies == 2)
        #expect(summary.gradeSociogram == "grade-sociogram.dot")
        #expect(out.files().contains("grade-sociogram.dot"))
        #expect(try String(contentsOfFile: out.path + "/index.html", encoding: .utf8).contains("grade-sociogram.dot"))
    }

    @Test func aFolderWithAGradeRosterFindsChoicesAcrossClasses() throws {
        let input = try BatchTempFolder()
        func edges(_ cls: String, _ ties: [(Int, Int)], cross: [(Int, String, Int)] = []) -> String {
            (["fra;til;spørsmål"] + ties.map { "\(batchPupilName(cls, $0.0));\(batchPupilName(cls, $0.1));Hvem vil du være sammen med?" }
                + cross.map { "\(batchPupilName(cls, $0.0));\(batchPupilName($0.1, $0.2));Hvem vil du være sammen med?" })
                .joined(separator: "\n") + "\n"
        }
        _ = try input.file("7A.csv", edges("7A", [(1, 2), (2, 1), (3, 1)], cross: [(3, "7B", 1)]))
        _ = try input.file("7B.csv", edges("7B", [(1, 2), (2, 3), (3, 1)]))
        _ = try input.file("klasseliste.csv", "klasse;navn\n" + ["7A", "7B"].flatMap { c in (1...3).map { "\(c);\(batchPupilName(c, $0))" } }.joined(separator: "\n") + "\n")
        let out = try BatchTempFolder()
        let folder = try OutputFolder.prepare(path: out.path, force: true, inputs: [])
        let summary = try BatchRunner.run(try BatchSource.open(path: input.path), into: folder, options: .init(pipeline: .init(diagram: .dot), jobs: 2))
        #expect(summary.failed.isEmpty)
        #expect(summary.notes.contains { $0.code == "roster-in-folder" })
        #expect(summary.classes.map(\.name).sorted() == ["7A", "7B"])
        #expect(summary.classes.map(\.pupils) == [3, 3])
        #expect(summary.crossClassTies == 1)
        #expect(summary.gradeSociogram == "grade-sociogram.dot")
        // each class's analysis.json lists its own non-respondents only
        let json = try String(contentsOfFile: out.path + "/7B/analysis.json", encoding: .utf8)
        #expect(!json.contains(batchPupilName("7A", 1)))
    }

    /// A name written exactly as a pupil of another class is that pupil, even where a classmate's name
    /// is one letter away («Elev 3 K1» written in K0, where «Elev 3 K0» is a close spelling of it).
    @Test func anExactNameInAnotherClassBeatsACloseSpellingInTheOwnClass() throws {
        let input = try BatchTempFolder()
        var roster = ["klasse;navn"]
        for c in 0..<2 {
            var rows = ["fra;til;spørsmål"]
            for p in 0..<4 { rows.append("Elev \(p) K\(c);Elev \((p + 1) % 4) K\(c);Hvem vil du være sammen med?") }
            if c == 0 { rows.append("Elev 0 K0;Elev 3 K1;Hvem vil du være sammen med?") }
            _ = try input.file("K\(c).csv", rows.joined(separator: "\n") + "\n")
            roster += (0..<4).map { "K\(c);Elev \($0) K\(c)" }
        }
        _ = try input.file("klasseliste.csv", roster.joined(separator: "\n") + "\n")
        let out = try BatchTempFolder()
        let folder = try OutputFolder.prepare(path: out.path, force: true, inputs: [])
        let summary = try BatchRunner.run(try BatchSource.open(path: input.path), into: folder, options: .init(pipeline: .init(diagram: nil), jobs: 1))
        #expect(summary.failed.isEmpty)
        // Read as a close spelling inside K0, the choice would be a tie within the class, and none across.
        #expect(summary.crossClassTies == 1)
    }

    @Test func noCrossClassChoicesNoGradeSociogram() throws {
        let out = try BatchTempFolder()
        let folder = try OutputFolder.prepare(path: out.path, force: true, inputs: [])
        let source = try BatchSource.open(path: ImportFixtures.path("grade-7"))
        let summary = try BatchRunner.run(source, into: folder, options: .init(pipeline: .init(diagram: nil), jobs: 1))
        #expect(summary.classes.map(\.name).sorted() == ["7A", "7B", "7C", "7D"])
        #expect(summary.crossClassTies == 0 && summary.gradeSociogram == nil)
        // the lock file and the workbook are ignored with a note, not failed
        #expect(summary.failed.isEmpty)
        #expect(summary.notes.filter { $0.code == "ignored-file" }.count >= 3)
    }

    @Test func folderAndGradeFileGiveTheSameClassNumbers() throws {
        func rows(_ path: String, roster: String?) throws -> [String: [Int]] {
            let out = try BatchTempFolder()
            let folder = try OutputFolder.prepare(path: out.path, force: true, inputs: [])
            let source = try BatchSource.open(path: path, options: ImportOptions(rosterPath: roster))
            let s = try BatchRunner.run(source, into: folder, options: .init(pipeline: .init(diagram: nil)))
            return Dictionary(uniqueKeysWithValues: s.classes.map { ($0.name, [$0.respondents, $0.isolated, $0.noMutual]) })
        }
        let fromFolder = try rows(ImportFixtures.path("grade-7"), roster: nil)
        let fromFile = try rows(ImportFixtures.path("grade-7-file/trinn7.csv"), roster: ImportFixtures.path("grade-7-file/roster-trinn7.csv"))
        #expect(fromFolder == fromFile)
    }

    @Test func classReportsAreLinkedFromTheIndex() throws {
        let out = try BatchTempFolder()
        let folder = try OutputFolder.prepare(path: out.path, force: true, inputs: [])
        let source = try BatchSource.open(path: ImportFixtures.path("grade-7"))
        let summary = try BatchRunner.run(
            source, into: folder, options: .init(pipeline: .init(language: .en, diagram: nil, report: true)))
        #expect(summary.classes.allSatisfy { $0.files["report"] == "\($0.folder)/report.html" })
        let index = try String(contentsOfFile: out.path + "/index.html", encoding: .utf8)
        for c in ["7A", "7B", "7C", "7D"] { #expect(index.contains("<a href=\"\(c)/report.html\">\(c)</a>")) }
        #expect(try String(contentsOfFile: out.path + "/7A/report.html", encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    }

    @Test func aClassOfAGradeFileKeepsItsOwnNameDecisionsAndTheFilesUnknownNames() throws {
        let pupils = ["A", "B"].map { Pupil(id: $0, name: "Elev \($0)", code: "E\($0)", className: "7A", responded: true) }
        let net = ClassNetwork(name: "7A", pupils: pupils, questions: [Question(id: "q1", text: "Venner", kind: .positive)], nominations: [])
        let place = SourceLocation(file: "trinn.csv", line: 4, column: 3)
        let report = ImportReport(
            files: [], matches: [], diagnostics: [],
            nameDecisions: [
                AppliedNameDecision(written: "Elv A", pupilID: "A", pupilName: "Elev A", dropped: false, occurrences: 1, location: place),
                AppliedNameDecision(written: "Kari 7C", pupilID: "X", pupilName: "Kari", dropped: false, occurrences: 1, location: place),
                AppliedNameDecision(written: "Tulle", pupilID: nil, pupilName: nil, dropped: true, occurrences: 2, location: place),
            ],
            unknownNames: [UnknownName(written: "Zorro", location: place)])
        let kept = BatchSource.classReport(report, for: net, keepDiagnostics: true, Strings(.nb))
        #expect(kept.nameDecisions.map(\.written) == ["Elv A", "Tulle"])
        #expect(kept.unknownNames.map(\.written) == ["Zorro"])
        let own = BatchSource.classReport(report, for: net, keepDiagnostics: false, Strings(.nb))
        #expect(own.nameDecisions.map(\.written) == ["Elv A"] && own.unknownNames.isEmpty)
    }

    @Test func aRestartRemovesOnlyAtomicTemporaries() throws {
        let out = try BatchTempFolder()
        _ = try out.file(".analysis.json.tmp-Ab12Cd", "half")
        _ = try out.file(".notes.txt", "keep me")
        _ = try out.file("analysis.json.tmp-Ab12Cd", "keep me too")
        #expect(StaleTemporaries.isTemporary(".grade.json.tmp-x1Y2z3"))
        #expect(!StaleTemporaries.isTemporary(".tmp-x1Y2z3"))
        #expect(!StaleTemporaries.isTemporary(".grade.json.tmp-x1Y2"))
        let removed = StaleTemporaries.remove(in: out.path)
        #expect(removed.count == 1)
        #expect(out.files() == [".notes.txt", "analysis.json.tmp-Ab12Cd"])
    }

    #if os(Linux)
        /// A hidden class folder stays while its process writes, and goes once the process has ended, also
        /// when it is a zombie nobody reaped yet (the worker of a killed batch, in a container).
        @Test func aRestartRemovesTheHiddenClassFoldersOfEndedProcessesOnly() throws {
            let out = try BatchTempFolder()
            let running = try spawn("/bin/sleep", "30")
            let zombie = try spawn("/bin/true")
            defer {
                kill(running, SIGKILL)
                var status: Int32 = 0
                waitpid(running, &status, 0)
                waitpid(zombie, &status, 0)
            }
            // Not reaped: a zombie until the wait in `defer`.
            while !((try? String(contentsOfFile: "/proc/\(zombie)/stat", encoding: .utf8)) ?? "").contains(") Z ") { usleep(1_000) }
            for folder in [".7A.sociogram-\(running)-Ab12Cd", ".7B.sociogram-\(zombie)-Ab12Cd", ".7C.sociogram-999999999-Ab12Cd"] {
                try FileManager.default.createDirectory(atPath: out.path + "/" + folder, withIntermediateDirectories: false)
                _ = try out.file(folder + "/analysis.json", "{}")
            }
            StaleTemporaries.remove(in: out.path)
            #expect(out.files() == [".7A.sociogram-\(running)-Ab12Cd/analysis.json"])
        }

        private func spawn(_ arguments: String...) throws -> pid_t {
            var pid: pid_t = 0
            let argv = arguments.map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) } }
            let status = posix_spawn(&pid, arguments[0], nil, nil, argv, environ)
            guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EINVAL) }
            return pid
        }
    #endif
}

@Suite struct BatchRankingTests {
    private func summary(_ name: String, isolated: [Int], noMutual: [Int], ties: [(Int, Int)], n: Int = 6) throws -> ClassSummary {
        let pupils = (0..<n).map { Pupil(id: "p\($0)", name: "P\($0)", code: "E\($0)", className: name, responded: true) }
        let net = ClassNetwork(
            name: name, pupils: pupils, questions: [Question(id: "q1", text: "Venner", kind: .positive)],
            nominations: ties.map { Nomination(from: $0.0, to: $0.1, question: 0) })
        let a = try ClassAnalysis(network: net)
        #expect(a.pupils.filter { $0.flags.contains(.isolated) }.map(\.index) == isolated)
        #expect(a.pupils.filter { $0.flags.contains(.noMutual) }.map(\.index) == noMutual)
        return ClassSummary(analysis: a, folder: name, sourceFile: "-", written: [])
    }

    @Test func classesAreRankedByPupilsWhoNeedAttentionThenIsolatedThenReciprocity() throws {
        // all mutual pairs: nobody needs attention, reciprocity 1
        let calm = try summary("7A", isolated: [], noMutual: [], ties: [(0, 1), (1, 0), (2, 3), (3, 2), (4, 5), (5, 4)])
        // a chain 0→1→2→3→4→5→0: nobody isolated, everyone without a mutual tie (6)
        let chain = try summary("7B", isolated: [], noMutual: [0, 1, 2, 3, 4, 5], ties: [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 0)])
        // pupil 5 unchosen and no mutual, others in mutual pairs + 5 chooses 0: 1 pupil needs attention
        let one = try summary("7C", isolated: [5], noMutual: [5], ties: [(0, 1), (1, 0), (2, 3), (3, 2), (4, 0), (0, 4), (5, 0)])
        let ranked = GradeRanking.rank([calm, one, chain])
        #expect(ranked.map(\.name) == ["7B", "7C", "7A"])
        #expect(ranked.map(\.rank) == [1, 2, 3])
    }

    @Test func fragmentationIsBorgattisShareOfUnreachablePairs() {
        let pupils = (0..<4).map { Pupil(id: "p\($0)", name: "P\($0)", code: "E\($0)", responded: true) }
        let q = [Question(id: "q1", text: "Venner", kind: .positive)]
        let two = ClassNetwork(name: "x", pupils: pupils, questions: q, nominations: [Nomination(from: 0, to: 1, question: 0), Nomination(from: 3, to: 2, question: 0)])
        let f = Fragmentation(network: two)
        #expect(f.components == 2)
        #expect(abs((f.fragmentation ?? -1) - (1 - 4.0 / 12.0)) < 1e-12)
        let none = ClassNetwork(name: "y", pupils: pupils, questions: q, nominations: [])
        #expect(Fragmentation(network: none).fragmentation == 1)
    }
}
