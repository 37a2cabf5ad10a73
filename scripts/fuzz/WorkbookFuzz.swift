// libFuzzer target for the workbook reader (`.xlsx` and zipped CSV): any bytes must give either an
// ImportError with a place and a message, or tables the layout detection and the importers accept.
// Built and run by scripts/fuzz/fuzz.sh with the whole library and ZIPFoundation; not part of the package.
//
// Mutating a real zip mostly breaks its checksums, which would keep the fuzzer at the archive's door, so
// the first input byte picks where the bytes go:
//   0: the whole input is a file (the archive path: ZIPFoundation's reader, the limits, the refusals);
//   1: the input is split at 0xFE bytes into worksheet XML | shared strings XML | styles XML, which are
//      parsed by the reader's XML handlers directly and turned into the importer's table, as a workbook's
//      parts would be (the path Excel's, Google Sheets' and LibreOffice's variations reach).
// Seeds: the workbooks in fixtures/workbooks/ (mode 0) and their unpacked parts (mode 1), see fuzz.sh.

import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkbook(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    if data[0] & 1 == 0 { WorkbookFuzz.file(bytes) } else { WorkbookFuzz.parts(bytes) }
    return 0
}

enum WorkbookFuzz {
    static let s = Strings(.nb)

    /// A broken invariant, with its message (`precondition` prints none in an optimised build).
    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError(message()) }
    }

    static func checked(_ error: ImportError) {
        guard error.location?.file == "fuzz.xlsx" || error.location == nil, !error.message.isEmpty else {
            fatalError("ImportError without a place or message: \(error)")
        }
    }

    static func file(_ bytes: [UInt8]) {
        do {
            let result = try SurveyImporter.load(bytes: bytes, fileName: "fuzz.xlsx", options: ImportOptions(language: .nb))
            require(Set(result.network.pupils.map(\.id)).count == result.network.count, "duplicate pupil ids")
        } catch {
            checked(error)
        }
    }

    static func parts(_ bytes: [UInt8]) {
        let pieces = bytes.split(separator: 0xFE, maxSplits: 2, omittingEmptySubsequences: false).map(Array.init)
        do throws(ImportError) {
            var shared: [String] = []
            if pieces.count > 1 {
                let handler = SharedStringsHandler(maxStrings: 10_000, limitError: ImportError(.tooLarge, at: nil, "limit"))
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
                require(cell.row >= 1 && cell.column >= 1 && cell.column <= WorksheetHandler.maxColumns, "cell outside the grid: \(cell)")
            }
            let workbook = Workbook.Sheet(name: "Ark1", hidden: false, cells: sheet.cells, merges: sheet.merges)
            guard let table = try SheetTable.make(workbook, file: "fuzz.xlsx", language: .nb) else { return }
            require(table.rows.allSatisfy { row in row.fields.enumerated().allSatisfy { $0.element.column == $0.offset + 1 } },
                    "fields not at their columns")
            let layout = try SurveyFile.detect(table, s)
            _ = try SurveyFile(table: table, layout: layout, notes: [], s).draft(knownNames: nil, defaultClass: nil)
        } catch {
            checked(error)
        }
    }
}
