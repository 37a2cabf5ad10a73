// Fast fuzz target: the workbook reader's XML, without the archive. The input is split at 0xFE bytes
// into worksheet XML | shared strings XML | styles XML, parsed by the reader's handlers
// (Foundation's streaming XMLParser behind the reader's own checks: UTF-8 only, no DOCTYPE, no
// processing instruction) and turned into the importer's table, as a workbook's parts would be.
// Mutating a real zip mostly breaks its checksums, which would keep the fuzzer at the archive's door;
// the `workbook` target fuzzes the archive itself. Properties: an ImportError with a place and a message,
// or every cell inside the grid (row ≥ 1, 1 ≤ column ≤ the column limit), every table field at its
// column, and a table the layout detection and the importers accept or refuse with a place.

@testable import Sociogram

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSheet(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    SheetFuzz.parts(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

enum SheetFuzz {
    static let s = Strings(.nb)

    static func parts(_ bytes: [UInt8]) {
        let pieces = bytes.split(separator: 0xFE, maxSplits: 2, omittingEmptySubsequences: false).map(Array.init)
        do throws(ImportError) {
            var shared: [String] = []
            if pieces.count > 1 {
                let handler = SharedStringsHandler(maxStrings: 10_000, limitError: ImportError(.tooLarge, at: SourceLocation(file: "fuzz.xlsx"), "limit"))
                try WorkbookXML.parse(pieces[1], part: "xl/sharedStrings.xml", file: "fuzz.xlsx", handler: handler, s)
                shared = handler.strings
            }
            var dates: [Bool] = []
            if pieces.count > 2 {
                let handler = CellStylesHandler()
                try WorkbookXML.parse(pieces[2], part: "xl/styles.xml", file: "fuzz.xlsx", handler: handler, s)
                dates = handler.isDate
            }
            let sheet = WorksheetHandler(sharedStrings: shared, dateStyles: dates, place: { row, column in
                SourceLocation(file: "fuzz.xlsx", line: row, column: column, sheet: "Ark1", language: .nb)
            }, s)
            try WorkbookXML.parse(pieces[0], part: "xl/worksheets/sheet1.xml", file: "fuzz.xlsx", handler: sheet, s)
            for cell in sheet.cells {
                Fuzz.require(cell.row >= 1 && cell.column >= 1 && cell.column <= WorksheetHandler.maxColumns, "cell outside the grid: \(cell)")
            }
            let workbook = Workbook.Sheet(name: "Ark1", hidden: false, cells: sheet.cells, merges: sheet.merges)
            guard let table = try SheetTable.make(workbook, file: "fuzz.xlsx", language: .nb) else { return }
            Fuzz.require(table.rows.allSatisfy { row in row.fields.enumerated().allSatisfy { $0.element.column == $0.offset + 1 } },
                    "fields not at their columns")
            let layout = try SurveyFile.detect(table, s)
            _ = try SurveyFile(table: table, layout: layout, notes: [], s).draft(knownNames: nil, defaultClass: nil)
        } catch {
            Fuzz.placed(error, file: "fuzz.xlsx")
        }
    }
}
