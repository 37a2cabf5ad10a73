/// A place in an input file that a message refers to: file, and where known, line and column (1-based).
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file name as the user gave it.
    public let file: String
    /// 1-based line number (physical line in the file, counting the `sep=` line and the header).
    public let line: Int?
    /// 1-based column number (the field's position in the row, counting from the first field).
    public let column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, leaving out what is unknown.
    public var description: String {
        var s = file
        if let line { s += ":\(line)" }
        if let column { s += ":\(column)" }
        return s
    }
}
