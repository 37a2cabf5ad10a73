/// A cell address (`C7`): 1-based row and column, as a worksheet's `r` attributes write it.
struct CellReference: Sendable, Hashable {
    let row: Int
    let column: Int

    /// The largest column Excel has (`XFD`).
    static let maxColumn = 16_384
    /// The largest row Excel has.
    static let maxRow = 1_048_576

    /// Parses `C7`, `$C$7` or `c7`; `nil` for anything else or beyond Excel's grid.
    init?(_ text: String) {
        var column = 0, row = 0, letters = 0, digits = 0
        for u in text.utf8 where u != UInt8(ascii: "$") {
            switch u {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((u | 0x20) - UInt8(ascii: "a") + 1)
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(u - UInt8(ascii: "0"))
                digits += 1
            default: return nil
            }
        }
        guard letters > 0, digits > 0, (1...Self.maxRow).contains(row), (1...Self.maxColumn).contains(column) else {
            return nil
        }
        self.row = row
        self.column = column
    }

    init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// A range `A1:D1` (a merged cell); a single cell is a range of one.
    static func range(_ text: String) -> (first: CellReference, last: CellReference)? {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard let first = parts.first.flatMap(CellReference.init) else { return nil }
        let last = parts.count == 2 ? CellReference(parts[1]) : first
        guard let last, last.row >= first.row, last.column >= first.column else { return nil }
        return (first, last)
    }
}
