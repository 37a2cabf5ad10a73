/// Why a room could not be read: a preset that does not parse or a room file with a bad grid, naming
/// the line and column (1-based) where there is one. The command line maps it to exit code 2.
///
/// ``message(_:)`` words it in a language (the words are in the string catalogue), ``description`` in
/// English.
public struct RoomError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// `pairs:RxC`, `rows:RxC`, `islands:TxS`, `horseshoe:N` written wrongly or out of range.
        case badPreset
        /// A cell that is neither `1`, a table letter or name, nor empty / `.` (walkway).
        case badCell
        /// No line marks the board (`tavle`/`board`, as the first or the last line).
        case noBoard
        /// The board line is neither the first nor the last line.
        case boardInMiddle
        /// The grid has no seat.
        case noSeats
        /// More seats than the tool handles (500).
        case tooLarge
    }

    /// What is wrong, with what the message quotes.
    public enum Reason: Sendable, Hashable {
        /// The preset as written.
        case badPreset(String)
        /// The cell as written.
        case badCell(String)
        case noBoard
        case boardInMiddle
        case noSeats
        /// More than `maxSeats` seats.
        case tooLarge(maxSeats: Int)
    }

    public let reason: Reason
    /// The file, when it was a file.
    public let file: String?
    public let line: Int?
    public let column: Int?

    public init(_ reason: Reason, file: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.reason = reason
        self.file = file
        self.line = line
        self.column = column
    }

    public var kind: Kind {
        switch reason {
        case .badPreset: .badPreset
        case .badCell: .badCell
        case .noBoard: .noBoard
        case .boardInMiddle: .boardInMiddle
        case .noSeats: .noSeats
        case .tooLarge: .tooLarge
        }
    }

    /// The place (`rom.txt, line 3, column 2`) and what is wrong, in `language`.
    public func message(_ language: Language) -> String { Strings(language).roomError(self) }

    /// The message in English.
    public var description: String { message(.en) }
}
