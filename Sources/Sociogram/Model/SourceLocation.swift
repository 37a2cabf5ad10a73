/// A place in an input file that a message refers to: file, and where known, line and column (1-based).
///
/// In a workbook (`.xlsx`) the place is a cell of a sheet: ``sheet`` names the sheet, ``line`` is the
/// row number and ``column`` the column number (1 = A), and ``description`` names it as Excel does
/// (`svar.xlsx, ark «Svar», celle C7`) in the language the location was made in.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file name as the user gave it.
    public let file: String
    /// 1-based line number (physical line in the file, counting the `sep=` line and the header); in a
    /// workbook the row number.
    public let line: Int?
    /// 1-based column number (the field's position in the row, counting from the first field); in a
    /// workbook the column number (1 = A).
    public let column: Int?
    /// The workbook sheet, when the place is in a workbook.
    public let sheet: String?
    /// The language ``description`` names a workbook cell in (not part of the JSON).
    let language: Language?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.init(file: file, line: line, column: column, sheet: nil, language: nil)
    }

    /// A place in sheet `sheet` of a workbook, described in `language`.
    public init(file: String, line: Int?, column: Int?, sheet: String?, language: Language?) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
        self.language = language
    }

    private enum CodingKeys: String, CodingKey { case file, line, column, sheet }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            file: try c.decode(String.self, forKey: .file), line: try c.decodeIfPresent(Int.self, forKey: .line),
            column: try c.decodeIfPresent(Int.self, forKey: .column),
            sheet: try c.decodeIfPresent(String.self, forKey: .sheet), language: nil)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encodeIfPresent(line, forKey: .line)
        try c.encodeIfPresent(column, forKey: .column)
        try c.encodeIfPresent(sheet, forKey: .sheet)
    }

    /// `file:line:column`, leaving out what is unknown; in a workbook `file, ark «Svar», celle C7`.
    public var description: String {
        if let sheet {
            return Strings(language ?? .en).workbookPlace(file: file, sheet: sheet, row: line, column: column)
        }
        var s = file
        if let line { s += ":\(line)" }
        if let column { s += ":\(column)" }
        return s
    }
}
