import Foundation

/// Reads one worksheet part (`xl/worksheets/sheetN.xml`) into its non-empty cells.
///
/// Rows and cells may be sparse: a cell's place is its `r` attribute (`C7`) or, where a writer left it
/// out, the next column of the row (and a row without `r` is the next row). Values: shared strings,
/// inline strings (runs concatenated), numbers as written, booleans, formulas' cached values, error
/// values as shown (`#N/A`), and numbers in a date style as dates. The `dimension` element is ignored
/// (writers get it wrong); only the cells count.
final class WorksheetHandler: WorkbookXMLHandler {
    /// A sheet with a value beyond this column is refused (a class survey has a few dozen columns).
    static let maxColumns = 1_000

    struct Cell {
        let row: Int
        let column: Int
        let text: String
    }

    /// The non-empty cells in document order.
    private(set) var cells: [Cell] = []
    /// Merged ranges (`<mergeCell ref="A1:D1"/>`).
    private(set) var merges: [(first: CellReference, last: CellReference)] = []

    private let shared: [String]
    private let dateStyles: [Bool]
    private let place: (Int, Int) -> SourceLocation
    private let strings: Strings

    private var row = 0
    private var column = 0
    /// The place of the cell being read (from its start tag: a damaged file may open a row inside it).
    private var cell: (row: Int, column: Int)?
    private var type = "n"
    private var style = 0
    private var value = ""
    private var inline = ""
    private var inValue = false
    private var inInlineText = false
    private var inInline = false
    private var phonetic = 0

    /// `place(row, column)` names a cell in messages.
    init(sharedStrings: [String], dateStyles: [Bool], place: @escaping (Int, Int) -> SourceLocation, _ s: Strings) {
        shared = sharedStrings
        self.dateStyles = dateStyles
        self.place = place
        strings = s
    }

    override func start(_ name: Substring, _ attributes: [String: String]) {
        switch name {
        case "row":
            let next = row + 1
            row = attributes["r"].flatMap { Int($0) } ?? next
            column = 0
            guard (1...CellReference.maxRow).contains(row) else {
                // The place is where the row stands (after the one before it), not the number it gives.
                let written = attributes["r"] ?? "\(row)"
                stopError = ImportError(
                    .badWorkbook, at: place(min(max(next, 1), CellReference.maxRow), 1), strings.workbookBadCellReference(written))
                return
            }
        case "c":
            if let r = attributes["r"] {
                guard let ref = CellReference(r) else {
                    stopError = ImportError(.badWorkbook, at: place(max(row, 1), column + 1), strings.workbookBadCellReference(r))
                    return
                }
                row = ref.row
                column = ref.column
            } else {
                // A cell outside any row (not valid, but written by a damaged file) is in the first row.
                row = max(row, 1)
                column += 1
            }
            cell = (row, column)
            type = attributes["t"] ?? "n"
            style = attributes["s"].flatMap { Int($0) } ?? 0
            value = ""
            inline = ""
        case "v": inValue = true
        case "is": inInline = true
        case "rPh": phonetic += 1
        case "t" where inInline: inInlineText = phonetic == 0
        case "mergeCell":
            if let ref = attributes["ref"], let range = CellReference.range(ref) { merges.append(range) }
        default: break
        }
    }

    override func end(_ name: Substring) {
        switch name {
        case "v": inValue = false
        case "t": inInlineText = false
        case "rPh": phonetic -= 1
        case "is": inInline = false
        case "c": finishCell()
        default: break
        }
    }

    override func text(_ string: String) {
        if inValue { value += string } else if inInlineText { inline += string }
    }

    private func finishCell() {
        guard let (row, column) = cell else { return }
        cell = nil
        let text: String
        switch type {
        case "s":
            guard let i = Int(value.trimmedWhitespace), shared.indices.contains(i) else {
                if value.isEmpty { return }
                stopError = ImportError(.badWorkbook, at: place(row, column), strings.workbookBadSharedString(value))
                return
            }
            text = shared[i]
        case "inlineStr": text = ExcelText.unescape(inline)
        case "str", "e": text = ExcelText.unescape(value)
        case "b": text = value == "1" ? "TRUE" : value == "0" ? "FALSE" : value
        case "d": text = value
        default:
            let isDate = dateStyles.indices.contains(style) && dateStyles[style]
            text = CellValue.number(value, asDate: isDate)
        }
        guard !text.isEmpty else { return }
        guard column <= Self.maxColumns else {
            stopError = ImportError(.tooLarge, at: place(row, column), strings.workbookTooManyColumns(Self.maxColumns))
            return
        }
        cells.append(Cell(row: row, column: column, text: text))
        if cells.count > CSVReader.maxRows * 4 {
            stopError = ImportError(.tooLarge, at: place(row, column), strings.workbookTooManyCells)
        }
    }
}

/// How numbers in cells become text.
enum CellValue {
    /// A number as a teacher sees it: whole numbers without a decimal point (`3`, not `3.0`), others in
    /// their shortest exact form; in a date style a date and time (`2025-03-10 08:10:00`, 1900 date system).
    static func number(_ raw: String, asDate: Bool) -> String {
        let trimmed = raw.trimmedWhitespace
        guard let v = Double(trimmed), v.isFinite else { return trimmed }
        if asDate, v >= 0, v < 2_958_466 { return date(serial: v) }
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return String(v)
    }

    /// An Excel serial date (days since 1899-12-30, the fraction the time of day) as `yyyy-MM-dd HH:mm:ss`.
    static func date(serial: Double) -> String {
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds >= 86_400 { days += 1; seconds -= 86_400 }
        // Days since 1899-12-30 → civil date (Howard Hinnant's days_from_civil, inverted).
        let z = days - 25_569 + 719_468  // 25,569 days from 1899-12-30 to 1970-01-01
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(two(m))-\(two(d)) \(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
    }
}
