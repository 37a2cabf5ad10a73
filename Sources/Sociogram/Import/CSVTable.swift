/// One field of a CSV row, with the place in the file it came from.
struct CSVField: Sendable, Hashable {
    /// The field's text: quotes removed, doubled quotes undone, surrounding spaces trimmed.
    let text: String
    /// The 1-based physical line on which the field starts (a quoted field may span lines).
    let line: Int
    /// The field's 1-based position in its row.
    let column: Int
}

/// One non-blank record of a CSV file.
struct CSVRow: Sendable {
    /// The fields as written (a short row has fewer fields than the header; see ``subscript(_:)``).
    let fields: [CSVField]
    /// The 1-based physical line on which the record starts.
    let line: Int

    /// The text of the 0-based column `index`, or `""` when the row is shorter (short rows are padded).
    subscript(index: Int) -> String {
        index < fields.count ? fields[index].text : ""
    }

    /// Whether every field is empty.
    var isBlank: Bool { fields.allSatisfy { $0.text.isEmpty } }
}

/// The field separator of a file.
enum Delimiter: Sendable, Hashable {
    /// A single ASCII byte: `;`, `,`, tab, or whatever a `sep=` line says.
    case byte(UInt8)
    /// Runs of spaces or tabs (whitespace-separated numeric edge lists such as the Vickers data).
    case whitespace

    /// The delimiter as `FileReport` shows it: `;`, `,`, `tab`, `space`.
    var display: String {
        switch self {
        case .whitespace: return "space"
        case .byte(0x09): return "tab"
        case .byte(let b): return String(UnicodeScalar(b))
        }
    }
}

/// A parsed CSV file: the header row, the data rows, and how it was read.
struct CSVTable: Sendable {
    /// The file name used in messages.
    let file: String
    /// Every non-blank record, the header first.
    let rows: [CSVRow]
    let delimiter: Delimiter
    let delimiterFromSepLine: Bool
    let encoding: TextEncodingName
    /// Title lines above the header that were skipped (one value each, e.g. `Sosiogram 7B`).
    var titleRows: [CSVRow] = []
    /// The workbook sheet this table was read from (`nil` for a text file); its locations then name cells.
    var sheet: String? = nil
    /// The language in which a workbook table's locations name their cells.
    var placeLanguage: Language? = nil
    /// The workbook's other sheets, not read (for the file report).
    var skippedSheets: [String]? = nil
    /// The file inside a zip archive this table was read from.
    var archiveEntry: String? = nil

    /// The first record.
    var header: CSVRow { rows[0] }
    /// The records after the header.
    var body: ArraySlice<CSVRow> { rows.dropFirst() }
    /// The number of header fields.
    var width: Int { header.fields.count }

    /// The location of 0-based column `column` in `row` (for padded columns: the row's line).
    func location(_ row: CSVRow, _ column: Int) -> SourceLocation {
        if column < row.fields.count {
            let f = row.fields[column]
            return place(line: f.line, column: f.column)
        }
        return place(line: row.line, column: column + 1)
    }

    /// A place in this table's file (or workbook sheet): `line` is the 1-based line (row), `column` the
    /// 1-based column.
    func place(line: Int? = nil, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column, sheet: sheet, language: placeLanguage)
    }

    /// The location of the header cell of 0-based column `column`.
    func headerLocation(_ column: Int) -> SourceLocation { location(header, column) }

    /// The header text of 0-based column `column`.
    func headerText(_ column: Int) -> String { header[column] }

    /// A file report for this table.
    func report(layout: InputLayout, respondentColumn: String?, dropped: [DroppedColumn]) -> FileReport {
        FileReport(
            file: file, layout: layout, encoding: encoding, delimiter: sheet == nil ? delimiter.display : "",
            delimiterFromSepLine: delimiterFromSepLine, rows: rows.count - 1,
            respondentColumn: respondentColumn, droppedColumns: dropped, sheet: sheet, skippedSheets: skippedSheets,
            archiveEntry: archiveEntry)
    }
}
