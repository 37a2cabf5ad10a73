/// Texts for workbook (`.xlsx`) input: how a cell of a sheet is named in messages.
extension Strings {
    /// A workbook cell named as Excel does: `svar.xlsx, ark «Svar», celle C7` / `svar.xlsx, sheet “Svar”, cell C7`.
    /// Without a column the row is named (`rad 7` / `row 7`); without a row, only the sheet.
    func workbookPlace(file: String, sheet: String, row: Int?, column: Int?) -> String {
        let sheetPart = t("\(file), ark \(quote(sheet))", "\(file), sheet \(quote(sheet))")
        guard let row else { return sheetPart }
        guard let column, column > 0 else { return sheetPart + t(", rad \(row)", ", row \(row)") }
        let cell = Self.columnLetters(column) + String(row)
        return sheetPart + t(", celle \(cell)", ", cell \(cell)")
    }

    /// The spreadsheet letters of 1-based column `column`: 1 → `A`, 27 → `AA`, 16 384 → `XFD`.
    static func columnLetters(_ column: Int) -> String {
        var n = column
        var letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(Character(UnicodeScalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }
}
