/// Which cell styles show a number as a date or time (`xl/styles.xml`).
///
/// A date in a workbook is a number with a date format; Forms' start and finish times are such cells.
/// They are metadata and never imported, but the reader writes them as dates (`2025-03-10 08:10:00`) so
/// that they look the way a CSV export shows them, and the metadata rules recognise them.
final class CellStylesHandler: WorkbookXMLHandler {
    /// For each cell style (`s="3"` → index 3): whether its number format is a date or time.
    private(set) var isDate: [Bool] = []
    private var customFormats: [Int: String] = [:]
    private var formatIDs: [Int] = []
    private var inCellFormats = false

    override func start(_ name: Substring, _ attributes: [String: String]) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] {
                customFormats[id] = code
            }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats:
            formatIDs.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
        default: break
        }
    }

    override func end(_ name: Substring) {
        guard name == "cellXfs" else { return }
        inCellFormats = false
        isDate = formatIDs.map { id in customFormats[id].map(Self.isDateFormat) ?? Self.builtInDates.contains(id) }
    }

    /// Excel's built-in date and time formats (ECMA-376 §18.8.30, and the East Asian ones).
    static let builtInDates: Set<Int> = Set(14...22).union(45...47).union(27...36).union(50...58)

    /// Whether a custom format code shows a date or time: it has `d`, `m`, `y`, `h` or `s` outside
    /// quoted text, escaped characters and `[colour]`/`[$-414]` brackets (`[h]` counts as a time).
    static func isDateFormat(_ code: String) -> Bool {
        var quoted = false, escaped = false, bracket = ""
        var inBracket = false
        for ch in code.lowercased() {
            if escaped { escaped = false; continue }
            if quoted { if ch == "\"" { quoted = false }; continue }
            if inBracket {
                if ch == "]" {
                    inBracket = false
                    if ["h", "hh", "m", "mm", "s", "ss"].contains(bracket) { return true }
                } else {
                    bracket.append(ch)
                }
                continue
            }
            switch ch {
            case "\"": quoted = true
            case "\\", "_", "*": escaped = true
            case "[": inBracket = true; bracket = ""
            case "d", "m", "y", "h", "s": return true
            default: continue
            }
        }
        return false
    }
}
