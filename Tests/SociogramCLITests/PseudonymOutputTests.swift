import Foundation
import Testing

/// `--labels codes` across every output of every command (`analyze`, `inspect`, `report`, `render` in
/// every view and format): no roster name — whole or first name or surname alone — in any file written
/// or any text printed; the names only in the `--key` file.
@Suite struct PseudonymOutputTests {
    static let roster = CLIRunner.fixture("7b/roster.csv")

    /// Every name on the 7B roster and each of its words.
    static func nameFragments() throws -> [String] {
        let text = try String(contentsOfFile: roster, encoding: .utf8)
        var fragments = Set<String>()
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { continue }
            let name = String(fields[1])
            fragments.insert(name)
            for word in name.split(separator: " ") where word.count >= 2 { fragments.insert(String(word)) }
        }
        return fragments.sorted()
    }

    /// Whether `text` holds `word` as a whole word ("Vik" is not in "Viktig").
    static func containsWord(_ text: String, _ word: String) -> Bool {
        var from = text.startIndex
        while let range = text.range(of: word, range: from..<text.endIndex) {
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
            if !before.isLetter && !before.isNumber && !after.isLetter && !after.isNumber { return true }
            from = range.upperBound
        }
        return false
    }

    @Test func noNameInAnyOutputOfAnyCommand() throws {
        let dir = try CLIRunner.temporaryFolder()
        let keys = try CLIRunner.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: dir)
            try? FileManager.default.removeItem(at: keys)
        }
        let out = { (name: String) in dir.appendingPathComponent(name).path }
        let key = { (name: String) in keys.appendingPathComponent(name).path }
        let forms = CLIRunner.fixture("7b/forms-nb.csv")
        // the typed sheet has typing mistakes: its import warnings quote names as they were written
        let typed = CLIRunner.fixture("7b/excel-valg-columns.csv")
        let edges = CLIRunner.fixture("7b/edges.csv")
        let runs: [(file: String?, arguments: [String])] = [
            (nil, ["analyze", forms, "--roster", Self.roster, "--labels", "codes", "--out", out("analyze"), "--key", key("analyze.csv")]),
            (nil, ["analyze", typed, "--roster", Self.roster, "--labels", "codes", "--out", out("analyze-typed")]),
            ("analyze.json", ["analyze", typed, "--roster", Self.roster, "--labels", "codes", "--json"]),
            ("analyze-summary.txt", ["analyze", typed, "--roster", Self.roster, "--labels", "codes", "--lang", "nb"]),
            ("inspect.json", ["inspect", typed, "--roster", Self.roster, "--labels", "codes", "--json"]),
            ("inspect.txt", ["inspect", typed, "--roster", Self.roster, "--labels", "codes"]),
            (nil, [
                "report", typed, "--roster", Self.roster, "--labels", "codes", "-o", out("report-nb.html"), "--pupil", "Emil Pedersen",
                "--negative", "--lang", "nb", "--key", key("report.csv"),
            ]),
            (nil, ["report", edges, "--labels", "codes", "-o", out("report-en.html"), "--pupil", "Frida", "--lang", "en"]),
            ("report-error.txt", ["report", forms, "--roster", Self.roster, "--labels", "codes", "-o", out("x.html"), "--pupil", "Fridaa"]),
            ("render-error.txt", ["render", forms, "--roster", Self.roster, "--labels", "codes", "-o", out("y.svg"), "--focus", "Fridaa"]),
        ]
        var renders: [(file: String?, arguments: [String])] = []
        for format in ["png", "svg", "pdf", "dot"] {
            for view in [["--layout", "class"], ["--layout", "target"], ["--layout", "grade"], ["--focus", "Tobias Myhre"]] {
                renders.append((nil, [
                    "render", typed, "--roster", Self.roster, "--labels", "codes", "-o", out("render-\(view[0] == "--focus" ? "ego" : view[1])-\(format).\(format)"),
                    "--lang", format == "svg" ? "en" : "nb",
                ] + view))
            }
        }
        for run in runs + renders {
            let r = try CLIRunner.run(run.arguments)
            let expected: Int32 = run.file?.hasSuffix("-error.txt") == true ? 2 : 0
            #expect(r.status == expected, "\(run.arguments): \(r.stderr)")
            if let file = run.file {
                try (r.stdout + r.stderr).write(toFile: out(file), atomically: true, encoding: .utf8)
            } else {
                try (r.stdout + r.stderr).write(toFile: out(run.arguments[0] + "-\(UUID().uuidString)-terminal.txt"), atomically: true, encoding: .utf8)
            }
        }
        let files = CLIRunner.files(in: dir)
        for expectedFile in [
            "analyze/analysis.json", "analyze/pupils.csv", "analyze-typed/analysis.json", "report-nb.html", "report-en.html",
            "render-class-png.png", "render-target-svg.svg", "render-ego-pdf.pdf", "render-grade-dot.dot",
        ] {
            #expect(files.contains(expectedFile), "\(expectedFile) missing")
        }
        let fragments = try Self.nameFragments()
        #expect(fragments.contains("Frida Løken") && fragments.contains("Frida") && fragments.contains("Løken"))
        for file in files {
            let text = String(decoding: try Data(contentsOf: dir.appendingPathComponent(file)), as: UTF8.self)
            for fragment in fragments {
                #expect(!Self.containsWord(text, fragment), "\(fragment) in \(file)")
            }
        }
        // the names are only in the key files, which are written where asked
        for keyFile in ["analyze.csv", "report.csv"] {
            let text = try String(contentsOfFile: key(keyFile), encoding: .utf8)
            #expect(fragments.filter { $0.contains(" ") }.allSatisfy { text.contains($0) }, "\(keyFile)")
        }
    }
}
