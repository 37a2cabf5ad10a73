import Foundation
import Testing

/// Excel workbooks and zipped CSV downloads, read by the built binary as a teacher gives them
/// (`fixtures/workbooks/`, made by `scripts/fixtures/generate_workbooks.py`).
@Suite struct WorkbookInputCLITests {
    /// The analysis JSON without its `import` section (which names the file, sheet and encoding).
    private func analysis(_ file: String, roster: String = "7b/roster.csv", extra: [String] = []) throws -> NSDictionary {
        let r = try CLIRunner.run(
            ["analyze", CLIRunner.fixture(file), "--roster", CLIRunner.fixture(roster), "--class-name", "7B", "--json"] + extra)
        #expect(r.status == 0, "\(file): \(r.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] ?? [:]
        var copy = object
        copy["import"] = nil
        return copy as NSDictionary
    }

    struct Same: Sendable, CustomStringConvertible {
        let workbook: String
        let csv: String
        var description: String { workbook }
    }

    static let sameClass: [Same] = [
        Same(workbook: "workbooks/7b-forms.xlsx", csv: "7b/forms-nb.csv"),
        Same(workbook: "workbooks/7b-laerer.xlsx", csv: "7b/edges.csv"),
        Same(workbook: "workbooks/7b-excel-quirks.xlsx", csv: "7b/edges.csv"),
        Same(workbook: "workbooks/7b-google.csv.zip", csv: "7b/google-forms.csv"),
    ]

    @Test(arguments: sameClass)
    func theSameClassFromAWorkbookGivesTheSameAnalysis(_ c: Same) throws {
        let fromWorkbook = try analysis(c.workbook)
        let fromCSV = try analysis(c.csv)
        #expect(fromWorkbook.count > 5)
        #expect(fromWorkbook == fromCSV)
    }

    @Test func aRosterWorkbookGivesTheSameAnalysisAsTheRosterCSV() throws {
        #expect(try analysis("7b/forms-nb.csv", roster: "workbooks/7b-roster.xlsx") == analysis("7b/forms-nb.csv"))
    }

    @Test func aSchoolClassListWithTitleAndFirstAndLastNamesIsARoster() throws {
        let r = try CLIRunner.run([
            "inspect", CLIRunner.fixture("7b/forms-nb.csv"), "--roster", CLIRunner.fixture("workbooks/7b-klasseliste.xlsx"),
            "--json",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] ?? [:]
        let pupils = doc["pupils"] as? [[String: Any]] ?? []
        #expect(pupils.count == 26)
        #expect(pupils.contains { $0["name"] as? String == "Åse Lien" })
        let unmatched = (doc["diagnostics"] as? [[String: Any]] ?? []).filter { $0["code"] as? String == "unmatched-name" }
        #expect(unmatched.isEmpty)
    }

    @Test func inspectNamesTheSheetReadAndTheSheetsSkipped() throws {
        let r = try CLIRunner.run(["inspect", CLIRunner.fixture("workbooks/7b-laerer.xlsx"), "--lang", "nb"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("ark: «Svar» (hoppet over: «Notater»)"))
        let json = try CLIRunner.run(["analyze", CLIRunner.fixture("workbooks/7b-laerer.xlsx"), "--json"])
        let doc = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any] ?? [:]
        let file = ((doc["import"] as? [String: Any])?["files"] as? [[String: Any]])?.first ?? [:]
        #expect(file["sheet"] as? String == "Svar")
        #expect(file["skippedSheets"] as? [String] == ["Notater"])
        #expect(file["encoding"] as? String == "xlsx")
    }

    @Test func sheetPicksOneOfSeveralAnswerSheetsByNameOrNumber() throws {
        let file = CLIRunner.fixture("workbooks/hostile/two-answer-sheets.xlsx")
        let both = try CLIRunner.run(["inspect", file])
        #expect(both.status == 2)
        #expect(both.stderr.contains("“7A” and “7B”") && both.stderr.contains("--sheet"))
        let byName = try CLIRunner.run(["inspect", file, "--sheet", "7B", "--json"])
        let byNumber = try CLIRunner.run(["inspect", file, "--sheet", "2", "--json"])
        #expect(byName.status == 0 && byNumber.status == 0, "\(byName.stderr)")
        #expect(byName.stdout == byNumber.stdout)
        #expect(byName.stdout.contains("\"sheet\" : \"7B\""))
        let missing = try CLIRunner.run(["inspect", file, "--sheet", "Svar", "--lang", "nb"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("ikke noe ark «Svar»") && missing.stderr.contains("«7A», «7B»"))
    }

    @Test func noEmailTimestampOrFreeTextReachesAnyOutput() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let input = [CLIRunner.fixture("workbooks/7b-forms.xlsx"), "--roster", CLIRunner.fixture("workbooks/7b-roster.xlsx")]
        let analyzed = try CLIRunner.run(["analyze"] + input + ["--out", out.path])
        #expect(analyzed.status == 0, "\(analyzed.stderr)")
        let report = try CLIRunner.run(["report"] + input + ["-o", out.appendingPathComponent("report.html").path])
        #expect(report.status == 0, "\(report.stderr)")
        let inspected = try CLIRunner.run(["inspect"] + input + ["--json"])
        try Data(inspected.stdout.utf8).write(to: out.appendingPathComponent("inspect.json"))
        let files = CLIRunner.files(in: out)
        #expect(files.count >= 4, "\(files)")
        for name in files {
            let text = String(decoding: (try? Data(contentsOf: out.appendingPathComponent(name))) ?? Data(), as: UTF8.self)
            for secret in ["anonymous", "2025-03-10", "08:12:42", "gjemsel", "slem mot meg", "Vet ikke, kanskje"] {
                #expect(!text.contains(secret), "\(name) holds \(secret)")
            }
        }
    }

    struct Refusal: Sendable, CustomStringConvertible {
        let file: String
        let says: String
        var description: String { file }
    }

    static let refusals: [Refusal] = [
        Refusal(file: "zip-bomb.xlsx", says: "unpacks to more than 64 MB"),
        Refusal(file: "doctype.xlsx", says: "DOCTYPE or ENTITY declaration"),
        Refusal(file: "empty-rows.xlsx", says: "sheet “Ark1”, row 1: The file has a header but no rows"),
        Refusal(file: "wide.xlsx", says: "cell ALM1: The sheet has values in more than 1000 columns"),
        Refusal(file: "truncated.xlsx", says: "damaged or was not downloaded completely"),
        Refusal(file: "not-a-workbook.xlsx", says: "named .xlsx, but it is not an Excel workbook"),
        Refusal(file: "encrypted.xlsx", says: "protected with a password"),
        Refusal(file: "old-excel.xls", says: "old Excel (.xls)"),
        Refusal(file: "answers.ods", says: "OpenDocument spreadsheet (.ods)"),
        Refusal(file: "many-entries.zip", says: "more than 1000 files"),
        Refusal(file: "two-answer-sheets.xlsx", says: "Several sheets look like survey answers"),
        // A fuzzer finding: a local header pointing past the end once crashed ZIPFoundation's reader.
        Refusal(file: "points-past-end.xlsx", says: "not an Excel workbook"),
    ]

    @Test(arguments: refusals)
    func hostileOrUnreadableFilesAreRefusedWithTheirReasonAndNothingIsWritten(_ c: Refusal) throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let r = try CLIRunner.run(["analyze", CLIRunner.fixture("workbooks/hostile/\(c.file)"), "--out", out.path], in: dir)
        #expect(r.status == 2, "\(c.file): \(r.stderr)")
        #expect(r.stderr.contains(c.says), "\(c.file): \(r.stderr)")
        #expect(r.stderr.contains(c.file))
        #expect(!r.stderr.contains("Fatal error"))
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written for bad input")
    }

    @Test func refusalsAreInBokmalToo() throws {
        let r = try CLIRunner.run(["inspect", CLIRunner.fixture("workbooks/hostile/wide.xlsx"), "--lang", "nb"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("wide.xlsx, ark «Ark1», celle ALM1: Arket har verdier i mer enn 1000 kolonner"))
    }

    @Test func aZipOfClassFilesIsAGradeForAnalyzeAndBatch() throws {
        let zip = CLIRunner.fixture("workbooks/grade-7.zip")
        let folder = try CLIRunner.run(["inspect", CLIRunner.fixture("grade-7"), "--json"])
        let zipped = try CLIRunner.run(["inspect", zip, "--json"])
        #expect(zipped.status == 0, "\(zipped.stderr)")
        let a = try JSONSerialization.jsonObject(with: Data(folder.stdout.utf8)) as? [String: Any] ?? [:]
        let b = try JSONSerialization.jsonObject(with: Data(zipped.stdout.utf8)) as? [String: Any] ?? [:]
        #expect((a["pupils"] as? [Any])?.count == (b["pupils"] as? [Any])?.count)
        #expect(((a["class"] as? [String: Any])?["classes"] as? [String]) == ((b["class"] as? [String: Any])?["classes"] as? [String]))

        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let batch = try CLIRunner.run(["batch", zip, "--out", out.path])
        #expect(batch.status == 0, "\(batch.stderr)")
        for cls in ["7A", "7B", "7C", "7D"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("\(cls)/analysis.json").path), "\(cls)")
        }
    }

    @Test func aGradeFolderWithWorkbooksReadsThemAndSkipsAnOverviewWorkbook() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let grade = dir.appendingPathComponent("trinn")
        try FileManager.default.createDirectory(at: grade, withIntermediateDirectories: true)
        let fm = FileManager.default
        try fm.copyItem(atPath: CLIRunner.fixture("workbooks/7b-forms.xlsx"), toPath: grade.appendingPathComponent("7B.xlsx").path)
        try fm.copyItem(atPath: CLIRunner.fixture("grade-7/7A.csv"), toPath: grade.appendingPathComponent("7A.csv").path)
        try fm.copyItem(atPath: CLIRunner.fixture("grade-7/oversikt.xlsx"), toPath: grade.appendingPathComponent("oversikt.xlsx").path)
        let r = try CLIRunner.run(["inspect", grade.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("oversikt.xlsx: Skipped: the workbook has no sheet with answers."))
        #expect(r.stdout.contains("7A, 7B") || r.stdout.contains("7A and 7B"), "\(r.stdout)")
    }

    /// `batch` names the files it left out on the terminal and on the index page; a class saved as an
    /// old `.xls` is not left out but fails with how to save it (exit 1), so it cannot drop out of the
    /// ranking unnoticed.
    @Test func batchNamesTheFilesItLeftOutAndFailsAClassSavedAsOldExcel() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        let grade = try Self.gradeOf7AAnd7B(in: dir)
        try fm.copyItem(atPath: CLIRunner.fixture("grade-7/oversikt.xlsx"), toPath: grade.appendingPathComponent("oversikt.xlsx").path)
        try Data("notater".utf8).write(to: grade.appendingPathComponent("notater.docx"))
        try Data().write(to: grade.appendingPathComponent(".~lock.7A.csv#"))
        let out = dir.appendingPathComponent("ut")
        let clean = try CLIRunner.run(["batch", grade.path, "--out", out.path, "--diagram", "none", "--lang", "en"])
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(clean.stdout.contains("Files left out"))
        #expect(clean.stdout.contains("  oversikt.xlsx: Skipped: the workbook has no sheet with answers."))
        #expect(clean.stdout.contains("  notater.docx: Not a survey file"))
        #expect(!clean.stdout.contains(".~lock"))
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<code>oversikt.xlsx</code>") && index.contains("<code>notater.docx</code>"))

        try fm.copyItem(atPath: CLIRunner.fixture("workbooks/hostile/old-excel.xls"), toPath: grade.appendingPathComponent("7C.xls").path)
        let old = try CLIRunner.run(["batch", grade.path, "--out", dir.appendingPathComponent("ut2").path, "--diagram", "none", "--lang", "en"])
        #expect(old.status == 1, "\(old.stderr)")
        #expect(old.stderr.contains("7C.xls") && old.stderr.contains("old Excel (.xls)"), "\(old.stderr)")
    }

    /// `DIR/trinn` with the classes 7A and 7B of `fixtures/grade-7`.
    static func gradeOf7AAnd7B(in dir: URL) throws -> URL {
        let grade = dir.appendingPathComponent("trinn")
        try FileManager.default.createDirectory(at: grade, withIntermediateDirectories: true)
        for cls in ["7A", "7B"] {
            try FileManager.default.copyItem(
                atPath: CLIRunner.fixture("grade-7/\(cls).csv"), toPath: grade.appendingPathComponent("\(cls).csv").path)
        }
        return grade
    }

    /// A file that looks like a class's survey but cannot be read (here a workbook cut short, as a
    /// broken download leaves it) is not quietly left out: `batch` names it on the terminal and on the
    /// index page and exits 1, while an overview workbook without answers is only listed (exit 0 above).
    @Test func batchFailsOnADamagedClassWorkbookAndNamesIt() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let grade = try Self.gradeOf7AAnd7B(in: dir)
        let workbook = try Data(contentsOf: URL(fileURLWithPath: CLIRunner.fixture("workbooks/7b-forms.xlsx")))
        try workbook.prefix(300).write(to: grade.appendingPathComponent("7C.xlsx"))
        let out = dir.appendingPathComponent("ut")
        let r = try CLIRunner.run(["batch", grade.path, "--out", out.path, "--diagram", "none", "--lang", "en"])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("7C.xlsx") && r.stderr.contains("damaged"), "\(r.stderr)")
        #expect(r.stdout.contains("1 could not be read"), "\(r.stdout)")
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("7C.xlsx"))
    }
}
