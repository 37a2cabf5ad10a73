import Foundation

/// A workbook sheet as the table the importer's layout detection reads, the same abstraction a CSV file
/// becomes: one row per non-empty sheet row, one field per column from A to the row's last value (cells
/// left out are empty), each field tagged with its row number and column number, so every message names
/// the cell (`ark «Svar», celle C7`).
enum SheetTable {
    /// The table of `sheet`, or `nil` when the sheet has no values. Texts are trimmed and put in Unicode
    /// NFC as in CSV files. Title rows above the header are set aside as in CSV files; a header cell
    /// merged across several columns (`Hvem vil du være med?` over three choice columns) gives its text
    /// to each of them.
    ///
    /// - Throws: ``ImportError`` `.raggedRow` for a value right of the header's last column.
    /// - Complexity: O(*c* log *c*) for *c* non-empty cells.
    static func make(_ sheet: Workbook.Sheet, file: String, language: Language) throws(ImportError) -> CSVTable? {
        let s = Strings(language)
        var byRow: [Int: [Int: String]] = [:]
        for cell in sheet.cells {
            let text = clean(cell.text)
            if !text.isEmpty { byRow[cell.row, default: [:]][cell.column] = text }
        }
        var rows = byRow.keys.sorted().map { r in row(r, byRow[r] ?? [:]) }
        guard !rows.isEmpty else { return nil }
        let titles = CSVReader.splitTitles(&rows)
        fillMergedHeader(&rows[0], sheet.merges)
        let place = { (f: CSVField) in
            SourceLocation(file: file, line: f.line, column: f.column, sheet: sheet.name, language: language)
        }
        let width = rows[0].fields.count
        try CSVReader.checkRagged(rows, headerWidth: width, place: place) { f in
            s.workbookValueRightOfHeader(
                cell: Strings.columnLetters(f.column) + String(f.line), lastColumn: Strings.columnLetters(width))
        }
        return CSVTable(
            file: file, rows: rows, delimiter: .byte(0x09), delimiterFromSepLine: false, encoding: .workbook,
            titleRows: titles, sheet: sheet.name, placeLanguage: language)
    }

    private static func row(_ number: Int, _ cells: [Int: String]) -> CSVRow {
        let last = cells.keys.max() ?? 0
        let fields = (1...max(1, last)).map { c in CSVField(text: cells[c] ?? "", line: number, column: c) }
        return CSVRow(fields: fields, line: number)
    }

    /// Gives a merged header cell's text to the other columns of the merge (only in the header row).
    private static func fillMergedHeader(_ header: inout CSVRow, _ merges: [(first: CellReference, last: CellReference)]) {
        var fields = header.fields
        for m in merges where m.first.row == header.line && m.last.column > m.first.column {
            let first = m.first.column
            guard first <= fields.count, !fields[first - 1].text.isEmpty else { continue }
            let text = fields[first - 1].text
            for c in (first + 1)...m.last.column {
                while fields.count < c { fields.append(CSVField(text: "", line: header.line, column: fields.count + 1)) }
                if fields[c - 1].text.isEmpty { fields[c - 1] = CSVField(text: text, line: header.line, column: c) }
            }
        }
        header = CSVRow(fields: fields, line: header.line)
    }

    /// Trimmed, NFC, without control characters other than tab and line breaks (which XML cannot hold
    /// except through Excel's `_x0001_` escapes, and which mean nothing in a name).
    private static func clean(_ text: String) -> String {
        var t = text.trimmedWhitespace
        if t.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" }) {
            t.unicodeScalars.removeAll { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" }
        }
        return t.utf8.contains { $0 >= 0x80 } ? t.precomposedStringWithCanonicalMapping : t
    }
}
