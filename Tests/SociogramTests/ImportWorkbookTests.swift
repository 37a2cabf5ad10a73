import Foundation
import Testing
import ZIPFoundation
@testable import Sociogram

/// A small `.xlsx` made in memory: `sheets` are (name, the `<sheetData>` XML), strings inline unless a
/// shared-string table is given.
enum TestWorkbook {
    static func make(
        _ sheets: [(name: String, data: String)], shared: [String]? = nil, merges: [String] = [],
        styles: String? = nil, workbookPrefix: String = ""
    ) throws -> [UInt8] {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
        var parts: [(String, String)] = [
            ("_rels/.rels", "<Relationships xmlns=\"\(pkg)\"><Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", workbookPrefix + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><sheets>"
                + sheets.enumerated().map { "<sheet name=\"\($1.name)\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined()
                + "</sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"\(pkg)\">"
                + sheets.indices.map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(rel)/worksheet\" Target=\"/xl/worksheets/sheet\($0 + 1).xml\"/>" }.joined()
                + "</Relationships>"),
        ]
        let mergeXML = merges.isEmpty ? "" : "<mergeCells>" + merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
        for (i, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(i + 1).xml", "<worksheet xmlns=\"\(main)\"><dimension ref=\"A1\"/><sheetData>\(sheet.data)</sheetData>\(mergeXML)</worksheet>"))
        }
        if let shared {
            parts.append(("xl/sharedStrings.xml", "<sst xmlns=\"\(main)\">" + shared.map { "<si>\($0)</si>" }.joined() + "</sst>"))
        }
        if let styles { parts.append(("xl/styles.xml", "<styleSheet xmlns=\"\(main)\">\(styles)</styleSheet>")) }
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return Array(archive.data ?? Data())
    }

    /// An inline-string cell.
    static func s(_ ref: String, _ text: String) -> String { "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>" }
}

@Suite struct ImportWorkbookTests {
    private func load(_ bytes: [UInt8], file: String = "svar.xlsx", _ options: ImportOptions = ImportOptions()) throws(ImportError) -> ImportResult {
        try SurveyImporter.load(bytes: bytes, fileName: file, options: options)
    }

    private let edgeRows = [
        ["fra", "til", "spørsmål"], ["Ola Hansen", "Kari Nordmann", "venn"], ["Kari Nordmann", "Ola Hansen", "venn"],
        ["Per Olsen", "Ola Hansen", "venn"],
    ]

    private func rowsXML(_ rows: [[String]], from first: Int = 1) -> String {
        rows.enumerated().map { i, row in
            "<row r=\"\(first + i)\">" + row.enumerated().map { j, v in TestWorkbook.s(Strings.columnLetters(j + 1) + "\(first + i)", v) }.joined() + "</row>"
        }.joined()
    }

    @Test func cellReferencesAndColumnLetters() {
        #expect(CellReference("C7") == CellReference(row: 7, column: 3))
        #expect(CellReference("$AA$10") == CellReference(row: 10, column: 27))
        #expect(CellReference("XFD1048576") == CellReference(row: 1_048_576, column: 16_384))
        for bad in ["", "7", "C", "XFE1", "A0", "A1048577", "1A", "A-1"] { #expect(CellReference(bad) == nil, "\(bad)") }
        for column in [1, 26, 27, 52, 53, 702, 703, 16_384] {
            #expect(CellReference(Strings.columnLetters(column) + "1")?.column == column)
        }
        #expect(Strings.columnLetters(16_384) == "XFD")
    }

    @Test func numbersDatesAndEscapesAreWrittenAsATeacherSeesThem() {
        #expect(CellValue.number("3", asDate: false) == "3")
        #expect(CellValue.number("3.0", asDate: false) == "3")
        #expect(CellValue.number("0.10000000000000001", asDate: false) == "0.1")
        #expect(CellValue.number("45726.340277777781", asDate: true) == "2025-03-10 08:10:00")
        #expect(CellValue.number("45726.999999", asDate: true) == "2025-03-11 00:00:00")
        #expect(ExcelText.unescape("Ola_x000D_Hansen") == "Ola\rHansen")
        #expect(ExcelText.unescape("a_x41") == "a_x41")
        for date in ["dd.mm.yyyy hh:mm:ss", "d/m/yy", "[h]:mm", "[$-414]d. mmmm yyyy"] { #expect(CellStylesHandler.isDateFormat(date), "\(date)") }
        for number in ["0.00", "[Red]0.00", "\"kr\" #,##0", "General", "0.00E+00", "#,##0\\ \"stk\""] {
            #expect(!CellStylesHandler.isDateFormat(number), "\(number)")
        }
    }

    @Test func sparseCellsSharedRichTextAndCellsWithoutAddressesAreRead() throws {
        // Row 1 by address, row 2 without `r` on its cells, row 4 (row 3 missing) with a rich-text shared string.
        let data = "<row r=\"1\">" + TestWorkbook.s("A1", "fra") + TestWorkbook.s("B1", "til") + TestWorkbook.s("C1", "spørsmål") + "</row>"
            + "<row><c t=\"inlineStr\"><is><t>Ola Hansen</t></is></c><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c></row>"
            + "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>0</v></c><c r=\"B4\" t=\"inlineStr\"><is><r><t>Ola </t></r><r><rPr><b/></rPr><t>Hansen</t></r></is></c>"
            + "<c r=\"C4\" t=\"s\"><v>1</v></c></row>"
        let bytes = try TestWorkbook.make([("Svar", data)], shared: ["<r><t xml:space=\"preserve\">Kari </t></r><r><t>Nordmann</t></r><rPh><t>ignored</t></rPh>", "<t>venn</t>"])
        let n = try load(bytes).network
        #expect(n.namedTies == [["venn", "Ola Hansen", "Kari Nordmann"], ["venn", "Kari Nordmann", "Ola Hansen"]])
    }

    @Test func aHeaderMergedOverChoiceColumnsNamesEachOfThem() throws {
        let rows = [["Navn", "Hvem vil du helst være sammen med i friminuttene?", "", ""],
                    ["Ola Hansen", "Kari Nordmann", "Per Olsen", ""], ["Kari Nordmann", "Ola Hansen", "", ""],
                    ["Per Olsen", "Ola Hansen", "Kari Nordmann", ""]]
        let data = rowsXML(rows.map { $0.map { $0 } })
        let merged = try load(try TestWorkbook.make([("Svar", data)], merges: ["B1:D1"])).network
        #expect(merged.questions.count == 1)
        #expect(merged.nominations.count == 5)
    }

    @Test func errorsNameTheSheetAndCellInTheChosenLanguage() throws {
        let data = rowsXML(edgeRows) + "<row r=\"5\">" + TestWorkbook.s("A5", "Ola Hansen") + TestWorkbook.s("B5", "Per Olsen")
            + TestWorkbook.s("C5", "venn") + TestWorkbook.s("E5", "sjekk!") + "</row>"
        let bytes = try TestWorkbook.make([("Svar", data)])
        for (language, expected) in [(Language.nb, "svar.xlsx, ark «Svar», celle E5: Cellen E5 har en verdi, men overskriftsraden slutter i kolonne C."),
                                     (.en, "svar.xlsx, sheet “Svar”, cell E5: Cell E5 has a value, but the header row ends at column C.")] {
            let error = importError { () throws(ImportError) in try load(bytes, ImportOptions(language: language)) }
            #expect(error?.kind == .raggedRow)
            #expect(error?.location == SourceLocation(file: "svar.xlsx", line: 5, column: 5, sheet: "Svar", language: language))
            #expect(error?.description.hasPrefix(expected) == true, "\(error?.description ?? "")")
        }
        let json = try JSONEncoder().encode(SourceLocation(file: "svar.xlsx", line: 5, column: 5, sheet: "Svar", language: .nb))
        #expect(String(decoding: json, as: UTF8.self).contains("\"sheet\":\"Svar\""))
    }

    @Test func aNotesSheetBeforeTheAnswersIsSkippedAndNamed() throws {
        let notes = rowsXML([["Sosiogram 7B, mars 2025"], ["Spurt i klassens time"]]) + rowsXML([["Dato", "Hva"], ["10.3", "spørreskjema"]], from: 4)
        let bytes = try TestWorkbook.make([("Notater", notes), ("Svar", rowsXML(edgeRows))])
        let r = try load(bytes)
        #expect(r.report.files.first?.sheet == "Svar")
        #expect(r.report.files.first?.skippedSheets == ["Notater"])
        #expect(r.report.diagnostics.contains { $0.code == "sheet-used" && $0.message.contains("“Notater”") })
        #expect(r.network.nominations.count == 3)
    }

    @Test func hiddenSheetsAreNotChosenUnlessNamed() throws {
        var bytes = try TestWorkbook.make([("Svar", rowsXML(edgeRows)), ("Gammel", rowsXML(edgeRows))])
        // Hide the second sheet: the workbook then has one visible answer sheet.
        let hidden = try TestWorkbook.make([("Svar", rowsXML(edgeRows)), ("Gammel\" state=\"hidden", rowsXML(edgeRows))])
        #expect(importError { () throws(ImportError) in try load(bytes) }?.kind == .sheetChoice)
        #expect(try load(hidden).report.files.first?.sheet == "Svar")
        bytes = hidden
        #expect(try load(bytes, ImportOptions(sheet: "2")).report.files.first?.sheet == "Gammel")
    }

    @Test func aDoctypeAnywhereIsRefused() throws {
        let bytes = try TestWorkbook.make([("Svar", rowsXML(edgeRows))], workbookPrefix: "<!DOCTYPE workbook [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
        let error = importError { () throws(ImportError) in try load(bytes) }
        #expect(error?.kind == .badWorkbook)
        #expect(error?.message.contains("DOCTYPE") == true)
    }

    /// Foundation's parser on Linux traps on an element name that is not UTF-8 (a fuzzer finding), so a
    /// damaged part must be refused before it reaches the parser.
    @Test func aPartThatIsNotUTF8OrHasAnInstructionIsRefusedBeforeParsing() {
        let sheet = Array("<worksheet><sheetData><row r=\"1\"><c".utf8) + [0xE3] + Array(" r=\"A1\"/></row></sheetData></worksheet>".utf8)
        let error = importError { () throws(ImportError) in
            try WorkbookXML.parse(sheet, part: "xl/worksheets/sheet1.xml", file: "svar.xlsx", handler: WorkbookXMLHandler(), Strings(.en))
        }
        #expect(error?.kind == .badWorkbook)
        #expect(error?.message.contains("not UTF-8") == true)
        // Foundation's parser also crashes on a processing instruction without data (another finding).
        let instruction = importError { () throws(ImportError) in
            try WorkbookXML.parse(Array("<?xml version=\"1.0\"?><worksheet><?x?></worksheet>".utf8),
                                  part: "xl/worksheets/sheet1.xml", file: "svar.xlsx", handler: WorkbookXMLHandler(), Strings(.en))
        }
        #expect(instruction?.message.contains("processing instruction") == true)
        #expect(!WorkbookXML.hasProcessingInstruction(Array("\u{FEFF}\n<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst/>".utf8)))
        #expect(WorkbookXML.hasProcessingInstruction(Array("<?xml-stylesheet href=\"a\"?><sst/>".utf8)))
        #expect(WorkbookXML.isUTF8(Array("Åse Lien «7B»".utf8)))
        #expect(!WorkbookXML.isUTF8([0x41, 0xC3]))
    }

    /// Damaged sheets (fuzzer findings): a cell outside any row is in row 1, not row 0.
    @Test func aCellOutsideAnyRowIsInTheFirstRow() throws {
        let sheet = WorksheetHandler(sharedStrings: [], dateStyles: [], place: { SourceLocation(file: "svar.xlsx", line: $0, column: $1) }, Strings(.en))
        let xml = "<worksheet><sheetData>" + TestWorkbook.s("", "fra").replacingOccurrences(of: " r=\"\"", with: "") + "</sheetData></worksheet>"
        try WorkbookXML.parse(Array(xml.utf8), part: "xl/worksheets/sheet1.xml", file: "svar.xlsx", handler: sheet, Strings(.en))
        #expect(sheet.cells.map { [$0.row, $0.column] } == [[1, 1]])
        // A row opened inside a cell does not move the cell (it was once put in column 0 and lost).
        let nested = WorksheetHandler(sharedStrings: [], dateStyles: [], place: { SourceLocation(file: "svar.xlsx", line: $0, column: $1) }, Strings(.en))
        let damaged = "<worksheet><sheetData><row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>Ola</t></is><row r=\"5\"/></c></row></sheetData></worksheet>"
        try WorkbookXML.parse(Array(damaged.utf8), part: "xl/worksheets/sheet1.xml", file: "svar.xlsx", handler: nested, Strings(.en))
        #expect(nested.cells.map { [$0.row, $0.column] } == [[2, 2]])
    }

    /// A row numbered 0 (the `sheet` fuzz target): the error names the row where it stands, row 3 after
    /// row 2, and quotes the number written, instead of naming a cell A0 that no spreadsheet has.
    @Test func aRowNumberedZeroIsNamedWhereItStands() throws {
        let sheet = WorksheetHandler(sharedStrings: [], dateStyles: [], place: { SourceLocation(file: "svar.xlsx", line: $0, column: $1) }, Strings(.en))
        let xml = "<worksheet><sheetData><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Ola</t></is></c></row><row r=\"0\"/></sheetData></worksheet>"
        let error = importError { () throws(ImportError) in
            try WorkbookXML.parse(Array(xml.utf8), part: "xl/worksheets/sheet1.xml", file: "svar.xlsx", handler: sheet, Strings(.en))
        }
        #expect(error?.kind == .badWorkbook)
        #expect(error?.location?.line == 3)
        #expect(error?.message.contains("“0”") == true)
    }

    @Test func aBrokenSharedStringReferenceNamesTheCell() throws {
        let data = rowsXML([edgeRows[0]]) + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>"
        let bytes = try TestWorkbook.make([("Svar", data)], shared: ["<t>a</t>"])
        let error = importError { () throws(ImportError) in try load(bytes) }
        #expect(error?.kind == .badWorkbook)
        #expect(error?.location?.description == "svar.xlsx, sheet “Svar”, cell A2")
    }

    @Test func dateCellsBecomeDatesAndFormsMetadataIsNeverImported() throws {
        let styles = "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd.mm.yyyy hh:mm:ss\"/></numFmts>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs>"
        let data = rowsXML([["ID", "Starttidspunkt", "E-postadresse", "Hva heter du?", "Hvem vil du helst være sammen med i friminuttene?"]])
            + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" s=\"1\"><v>45726.34</v></c>" + TestWorkbook.s("C2", "ola@skole.no")
            + TestWorkbook.s("D2", "Ola Hansen") + TestWorkbook.s("E2", "Kari Nordmann;Per Olsen;") + "</row>"
            + "<row r=\"3\"><c r=\"A3\"><v>2</v></c><c r=\"B3\" s=\"1\"><v>45726.35</v></c>" + TestWorkbook.s("C3", "kari@skole.no")
            + TestWorkbook.s("D3", "Kari Nordmann") + TestWorkbook.s("E3", "Ola Hansen;") + "</row>"
        let r = try load(TestWorkbook.make([("Form1", data)], styles: styles))
        #expect(r.network.nominations.count == 3)
        let dropped = r.report.files.first?.droppedColumns.map(\.header) ?? []
        #expect(dropped.contains("Starttidspunkt") && dropped.contains("E-postadresse"))
        #expect(!r.network.pupils.contains { $0.name.contains("@") || $0.name.contains("2025") })
    }

    @Test func aRosterWorkbookSheetCanBeNamed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sociogram-roster-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let roster = dir.appendingPathComponent("klasse.xlsx")
        let list = rowsXML([["Fornavn", "Etternavn", "Kjønn"], ["Ola", "Hansen", "gutt"], ["Kari", "Nordmann", "jente"], ["Per", "Olsen", "gutt"], ["Lise", "Berg", "jente"]])
        try Data(TestWorkbook.make([("Info", rowsXML([["Skoleåret 2024/25"]])), ("7B", list)])).write(to: roster)
        let survey = try TestWorkbook.make([("Svar", rowsXML(edgeRows))])
        let found = try load(survey, ImportOptions(rosterPath: roster.path)).network
        #expect(found.count == 4)
        #expect(found.pupils.contains { $0.name == "Lise Berg" && !$0.responded })
        let named = try load(survey, ImportOptions(rosterPath: roster.path, rosterSheet: "7B")).network
        #expect(named.count == 4)
        let wrong = importError { () throws(ImportError) in try load(survey, ImportOptions(rosterPath: roster.path, rosterSheet: "Info")) }
        #expect(wrong?.kind == .missingColumn)
        #expect(wrong?.location?.sheet == "Info")
    }
}
