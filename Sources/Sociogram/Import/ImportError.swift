/// Why a survey file could not be read. Every case carries the place in the file and a message a
/// teacher understands; the command line maps it to exit code 2.
public struct ImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, for programs; `message` says it for people.
    public enum Kind: String, Sendable, Hashable, Codable {
        case fileNotReadable
        case emptyFile
        case notText
        case unterminatedQuote
        case raggedRow
        case unknownLayout
        case missingColumn
        case badValue
        case unknownName
        case noAnswers
        case badOption
        case tooLarge
        /// The same respondent answered twice (two rows for one pupil).
        case duplicateRespondent
        /// A roster lists the same name, id or code twice.
        case duplicateEntry
        /// A sociomatrix that is not square, or has a cell that is not a number.
        case badMatrix
        /// A workbook or zip archive that is damaged, encrypted, in a format not read (`.xls`, `.ods`), or
        /// refused for safety (a `DOCTYPE` in its XML).
        case badWorkbook
        /// Several sheets of a workbook look like answers, or `--sheet` names none of its sheets.
        case sheetChoice
        /// A workbook with several sheets, none of which reads as survey answers.
        case noAnswerSheet
    }

    public let kind: Kind
    public let location: SourceLocation?
    public let message: String

    public init(_ kind: Kind, at location: SourceLocation?, _ message: String) {
        self.kind = kind
        self.location = location
        self.message = message
    }

    /// `file:line:column: message`.
    public var description: String {
        if let location { return "\(location): \(message)" }
        return message
    }
}
