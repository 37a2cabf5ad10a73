import Foundation
import Testing
@testable import Sociogram

/// Hostile names and files (fixtures/hostile/, written by scripts/fixtures/generate_hostile_fixtures.py): each is
/// either read correctly into every output, or refused with an ImportError naming file, line and column.
@Suite struct HostileInputTests {
    static let question = "Hvem vil du helst være sammen med i friminuttene?"

    /// The hostile names as the importer keeps them: invisible format characters (bidi controls,
    /// zero-width space, BOM) removed, whitespace runs collapsed. Computed here independently of NameKey.
    static func expectedName(_ raw: String) -> String {
        let visible = raw.unicodeScalars.filter {
            $0.properties.generalCategory != .format || $0.value == 0x200C || $0.value == 0x200D
        }
        let text = String(String.UnicodeScalarView(visible))
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func load(_ file: String) throws(ImportError) -> ImportResult {
        try SurveyImporter.load(path: ImportFixtures.path("hostile/" + file))
    }

    static var hostileNames: [String] {
        let text = (try? String(contentsOfFile: ImportFixtures.path("hostile/names.txt"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init)
            .filter { !$0.unicodeScalars.contains { $0.value < 0x20 } } + ["Ny\nLinje Hansen"]
    }

    // MARK: Names that must survive every output

    @Test func hostileNamesAreReadExactly() throws {
        let net = try ImportFixtures.load("hostile/hostile-names.csv").network
        let expected = Set(Self.hostileNames.map(Self.expectedName))
        #expect(expected.count == Self.hostileNames.count)
        #expect(Set(net.pupils.map(\.name)) == expected)
        #expect(net.pupils.allSatisfy { p in
            !p.name.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x200B || $0.value == 0xFEFF }
        })
        #expect(net.nominations.count == 3 * Self.hostileNames.count)
    }

    @Test func hostileNamesRoundTripThroughJSONAndCSV() throws {
        let result = try ImportFixtures.load("hostile/hostile-names.csv")
        let analysis = try ClassAnalysis(network: result.network)
        let json = try AnalysisDocument(import: result.report, analysis: analysis).jsonData()
        let decoded = try JSONDecoder().decode(AnalysisDocument.self, from: json)
        #expect(Set(decoded.pupils.map(\.name)) == Set(result.network.pupils.map(\.name)))

        let rows = CSVTestParser.rows(PupilsCSV.text(analysis), delimiter: ";")
        let nameColumn = try #require(rows.first?.firstIndex(of: "name"))
        let written = Set(rows.dropFirst().map { $0[nameColumn] })
        let expected = Set(result.network.pupils.map { name -> String in
            let first = name.name.unicodeScalars.first
            return first.map { "=+-@".unicodeScalars.contains($0) } == true && Double(name.name) == nil
                ? "'" + name.name : name.name
        })
        #expect(written == expected)
    }

    @Test func hostileNamesGiveValidDiagramsWithoutInjection() throws {
        let net = try ImportFixtures.load("hostile/hostile-names.csv").network
        let diagram = Sociograms.classDiagram(net, options: DiagramOptions(showNegative: true))
        try GraphvizRenderer.validate(dot: diagram.dot)
        let nodeLines = diagram.dot.split(separator: "\n").filter {
            $0.trimmingCharacters(in: .whitespaces).range(of: #"^n\d+ \["#, options: .regularExpression) != nil
        }
        #expect(nodeLines.count == net.count)
        let svg = String(decoding: try GraphvizRenderer.render(diagram, format: .svg), as: UTF8.self)
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("<b>"))
        #expect(!svg.unicodeScalars.contains { $0.value == 0x202E })
        #expect(try SVGCheck.parses(svg))
    }

    // MARK: Spreadsheet formulas

    @Test func formulaNamesAreDefusedInEveryCSV() throws {
        let result = try ImportFixtures.load("hostile/formula-injection.csv")
        let analysis = try ClassAnalysis(network: result.network)
        let formulas = result.network.pupils.map(\.name).filter { "=+-@".contains($0.first ?? " ") }
        #expect(formulas.count >= 4)
        for text in [PupilsCSV.text(analysis), CodeKey.csv(result.network), PupilsCSV.text(analysis, dialect: .international)] {
            let delimiter: Character = text.contains("\r\nid,") || text.hasPrefix("id,") ? "," : ";"
            for row in CSVTestParser.rows(text.replacingOccurrences(of: "\u{FEFF}", with: ""), delimiter: delimiter) {
                for cell in row {
                    guard let first = cell.unicodeScalars.first else { continue }
                    #expect(!"=+@".unicodeScalars.contains(first), "cell \(cell) would run as a formula")
                    if first == "-" { #expect(Double(cell.replacingOccurrences(of: ",", with: ".")) != nil, "cell \(cell)") }
                }
            }
        }
    }

    // MARK: Refused with a place

    @Test func terminalEscapeSequenceInAQuotedNameIsRefused() {
        expectImportError(.notText, line: 3, column: 1) { () throws(ImportError) in _ = try Self.load("escape-sequence.csv") }
    }

    @Test func nulByteIsRefusedAtItsPlace() {
        expectImportError(.notText, line: 3, column: 2) { () throws(ImportError) in _ = try Self.load("nul-byte.csv") }
    }

    @Test func utf16WithoutByteOrderMarkIsRefusedWithAHint() throws {
        let error = importError { () throws(ImportError) in try Self.load("utf16-without-bom.csv") }
        #expect(error?.kind == .notText)
        #expect(error?.location?.line == 1)
        #expect(error?.message.contains("UTF-16") == true)
    }

    @Test func c1ControlCharactersAreRefused() {
        // U+009B is the single-character CSI of VT220 terminals.
        expectImportError(.notText, line: 2, column: 2) { () throws(ImportError) in
            _ = try importText("fra;til;spørsmål\nKari;\"Ola\u{9B}31m\";\(Self.question)\n")
        }
    }

    /// DEL (U+007F) is a control character too: found by the `csv` fuzz target, which requires that no
    /// control character other than white space reaches a field.
    @Test func deleteCharacterIsRefusedQuotedOrNot() {
        expectImportError(.notText, line: 2, column: 2) { () throws(ImportError) in
            _ = try Self.load("delete-character.csv")
        }
        expectImportError(.notText, line: 2, column: 2) { () throws(ImportError) in
            _ = try importText("fra;til;spørsmål\nKari;Ola\u{7F};\(Self.question)\n")
        }
        expectImportError(.notText, line: 2, column: 2) { () throws(ImportError) in
            _ = try importText("fra;til;spørsmål\nKari;\"Ola\u{7F}\";\(Self.question)\n")
        }
    }

    /// A file of delimiters alone is tens of millions of empty fields: refused at the first field over the
    /// limit, with its place, before the table takes more memory (the limit is 10 million; 100 here).
    @Test func tooManyFieldsAreRefusedWhereTheLimitIsPassed() throws {
        let text = try TextDecoder.decode(Array(("a;b;c\n1;2;3\n" + String(repeating: ";", count: 200) + "\n").utf8), file: "felt.csv")
        let error = importError { () throws(ImportError) in try CSVReader.read(text, file: "felt.csv", Strings(.nb), maxFields: 100) }
        #expect(error?.kind == .tooLarge)
        #expect(error?.location == SourceLocation(file: "felt.csv", line: 3, column: 95))
        #expect(error?.message.contains("mer enn 100 felt") == true)
        #expect(error?.message.contains("1 GB") == true)
        #expect((try? CSVReader.read(text, file: "felt.csv", Strings(.nb), maxFields: 300)) != nil)
    }

    /// A file saved twice with a byte-order mark (the `csv` fuzz target): the second mark is not text, so
    /// the `sep=` line after it still counts and the first header is not «\u{FEFF}sep=;».
    @Test func repeatedByteOrderMarksAreNotText() throws {
        let utf8 = try TextDecoder.decode([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array("sep=;\nNavn;Venn\n".utf8), file: "to.csv")
        #expect(utf8.utf8 == Array("sep=;\nNavn;Venn\n".utf8))
        let table = try CSVReader.read(utf8, file: "to.csv")
        #expect(table.delimiterFromSepLine && table.header.fields.map(\.text) == ["Navn", "Venn"])
        let utf16 = try TextDecoder.decode([0xFF, 0xFE, 0xFF, 0xFE] + Array("Navn".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, file: "to.csv")
        #expect(utf16.utf8 == Array("Navn".utf8))
        let file = try ImportFixtures.load("hostile/double-bom.csv")
        #expect(Set(file.network.pupils.map(\.name)) == ["Kari", "Ola"])
        #expect(file.network.questions.map(\.text) == [Self.question])
    }

    /// Two million different names in a 64 MiB edge list needed 2 GB: more than 200,000 different names
    /// are refused before any is matched, at the first name over the limit (3 here).
    @Test func tooManyDifferentNamesAreRefusedBeforeMatching() throws {
        let text = "fra;til;spørsmål\nKari;Ola;\(Self.question)\nOla;Kari;\(Self.question)\nPer;Åse;\(Self.question)\n"
        let file = try #require(try SurveyFile.all(bytes: Array(text.utf8), file: "navn.csv", Strings(.nb)).first)
        let draft = try file.draft(knownNames: nil, defaultClass: nil)
        let error = importError { () throws(ImportError) in try NetworkBuilder.checkSize([draft], Strings(.nb), maxNames: 3) }
        #expect(error?.kind == .tooLarge)
        #expect(error?.location?.line == 4)
        #expect(error?.message.contains("3 forskjellige navn") == true)
        #expect(importError { () throws(ImportError) in try NetworkBuilder.checkSize([draft], Strings(.nb), maxNames: 4) } == nil)
        #expect(Strings(.nb).grouped(10_000_000) == "10\u{A0}000\u{A0}000" && Strings(.en).grouped(200_000) == "200,000")
    }

    // MARK: Handled

    @Test func mixedEncodingsAreReadRowByRow() throws {
        let result = try ImportFixtures.load("hostile/mixed-encoding.csv")
        let net = result.network
        #expect(Set(net.pupils.map(\.name)) == ["Kari Nordmann", "Åse Lien", "Bjørn Bø"])
        #expect(net.questions.map(\.text) == [Self.question])
        let warning = result.report.diagnostics.first { $0.code == "mixed-encoding" }
        #expect(warning?.location?.line == 4)
        #expect(result.report.files.first?.encoding == .utf8)
    }

    @Test func windows1252FileIsStillWindows1252() throws {
        // A real Windows-1252 export (no valid UTF-8 letters) must not be taken for a mixed file.
        let text = "fra;til;spørsmål\r\nBjørn Bø;Åse Lien;\(Self.question)\r\nÅse Lien;Bjørn Bø;\(Self.question)\r\n"
        let bytes = text.unicodeScalars.compactMap { FileDialect.windows1252Byte($0) }
        let result = try SurveyImporter.load(bytes: bytes, fileName: "cp.csv")
        #expect(result.report.files.first?.encoding == .windows1252)
        #expect(Set(result.network.pupils.map(\.name)) == ["Bjørn Bø", "Åse Lien"])
        #expect(!result.report.diagnostics.contains { $0.code == "mixed-encoding" })
    }

    @Test func invisibleCharactersDoNotMakeLookalikePupils() throws {
        let net = try ImportFixtures.load("hostile/lookalike-names.csv").network
        #expect(Set(net.pupils.map(\.name)) == ["Kari Nordmann", "Ola Hansen"])
        #expect(net.nominations.count == 2)
    }

    @Test func deeplyQuotedFieldsAreUnquotedOnce() throws {
        let net = try ImportFixtures.load("hostile/deeply-quoted.csv").network
        let deep = String(repeating: "\"", count: 40) + "Kari" + String(repeating: "\"", count: 40)
        #expect(net.pupils.contains { $0.name == deep })
        #expect(net.pupils.contains { $0.name == "Per \"\"Pelle\"\" Berg;;; slutt" })
        #expect(net.count == 5)
    }

    @Test func nicknamesInQuotesAreNameShaped() {
        // A question whose answers name pupils who did not answer is told from free text by their shape.
        #expect(WideFormImporter.looksLikeName("Jon \"JJ\" Ås"))
        #expect(WideFormImporter.looksLikeName("Ola (Olli) Vik"))
        #expect(!WideFormImporter.looksLikeName("Det er \"fint\" her"))
    }

    // MARK: Size limits (generated, not committed)

    @Test func tenThousandCharacterNamesAreKeptAndCutInDiagrams() throws {
        let long = "Kari " + String(repeating: "Å", count: 10_000)
        let unknown = "Kari " + String(repeating: "Ø", count: 10_000)
        let text = "Hva heter du?;\(Self.question)\n\"\(long)\";Ola Hansen\nOla Hansen;\"\(unknown)\"\n"
        let result = try importText(text)
        #expect(result.network.pupils.contains { $0.name == long })
        #expect(result.network.pupils.contains { $0.name == unknown })
        let diagram = Sociograms.classDiagram(result.network)
        try GraphvizRenderer.validate(dot: diagram.dot)
        #expect(!diagram.dot.contains(String(repeating: "Å", count: 40)))
        let analysis = try ClassAnalysis(network: result.network)
        #expect(PupilsCSV.text(analysis).contains(long))
    }

    @Test func tenThousandRowEdgeListIsRead() throws {
        var lines = ["fra;til;spørsmål;rangering"]
        for i in 0..<2_000 {
            for k in 1...5 { lines.append("Elev \(i);Elev \((i * 7 + k * 13) % 2_000);\(Self.question);\(k)") }
        }
        let result = try importText(lines.joined(separator: "\n"))
        #expect(result.network.count == 2_000)
        #expect(result.network.nominations.count + result.report.diagnostics.filter { $0.code == "duplicate-nomination" || $0.code == "self-nomination" }.count == 10_000)
    }

    @Test func aThousandQuestionsAreRead() throws {
        let names = (1...25).map { "Elev \($0)" }
        var rows = [["Hva heter du?"] + (1...1_000).map { "Hvem vil du sitte ved siden av på dag \($0)?" }]
        for (i, name) in names.enumerated() {
            rows.append([name] + (1...1_000).map { names[(i + $0) % 25] + ";" + names[(i + 2 * $0) % 25] + ";" })
        }
        let text = rows.map { $0.map { $0.contains(";") ? "\"\($0)\"" : $0 }.joined(separator: ";") }.joined(separator: "\n")
        let result = try importText(text)
        #expect(result.network.questions.count == 1_000)
        #expect(result.network.count == 25)
        _ = try ClassAnalysis(network: result.network)
    }

    @Test func fiveThousandColumnsAreReadOrRefusedWithAPlace() throws {
        let names = (1...20).map { "Elev \($0)" }
        var rows = [["Elevnavn"] + (1...4_999).map { "Spørsmål \($0)" }]
        for (i, name) in names.enumerated() {
            rows.append([name] + (1...4_999).map { $0 % 97 == 0 ? names[(i + $0) % 20] : "" })
        }
        let text = rows.map { $0.joined(separator: ";") }.joined(separator: "\n")
        do {
            let result = try importText(text)
            #expect(result.network.count == 20)
            #expect(!result.network.questions.isEmpty)
        } catch {
            #expect(error.location?.line != nil)
        }
    }

    /// 50 MB (under the 64 MB limit): read in full. About 290,000 edge-list rows among 2,000 pupils; the
    /// time and peak memory measured on the release binary are in docs/hardening.md.
    @Test func fiftyMegabyteFileIsRead() throws {
        let question = String(repeating: "Hvem vil du helst være sammen med i friminuttene og etter skoletid? ", count: 2)
        var bytes = Array("fra;til;spørsmål;rangering\n".utf8)
        bytes.reserveCapacity(50 * 1024 * 1024 + 256)
        var i = 0
        while bytes.count < 50 * 1024 * 1024 {
            bytes += Array("Elev \(i % 2_000);Elev \((i * 7 + 1 + i / 2_000) % 2_000);\(question)\(i % 3);\(i % 5 + 1)\n".utf8)
            i += 1
        }
        let result = try SurveyImporter.load(bytes: bytes, fileName: "stor.csv")
        #expect(result.network.count == 2_000)
        #expect(result.network.questions.count == 3)
        #expect(result.network.nominations.count > 100_000)
    }

    @Test func moreThanAMillionRowsAreRefusedWithTheLine() {
        var text = "fra;til\n"
        text.reserveCapacity(12_000_000)
        for i in 0...1_000_001 { text += "a\(i % 10);b\n" }
        expectImportError(.tooLarge, line: 1_000_002, column: nil) { () throws(ImportError) in _ = try importText(text) }
    }

    @Test func filesOver64MBAreRefusedBeforeReading() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sociogram-large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("stor.csv").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("fra;til\n".utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 65 * 1024 * 1024)  // sparse: nothing is really written
        try handle.close()
        let error = importError { () throws(ImportError) in try SurveyImporter.load(path: path) }
        #expect(error?.kind == .tooLarge)
        #expect(error?.location?.file == path)
    }
}

/// A small RFC 4180 reader for checking what the CSV writers produce (independent of the importer).
enum CSVTestParser {
    static func rows(_ text: String, delimiter: Character) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == delimiter {
                row.append(field)
                field = ""
            } else if c == "\r\n" || c == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(c)
            }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
