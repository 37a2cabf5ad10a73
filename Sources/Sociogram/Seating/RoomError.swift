/// Why a room could not be read: a preset that does not parse or a room file with a bad grid, naming
/// the line and column (1-based) where there is one. The command line maps it to exit code 2.
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

    public let kind: Kind
    /// The file, when it was a file.
    public let file: String?
    public let line: Int?
    public let column: Int?
    /// What is wrong, in English, without the place (``description`` adds it).
    public let message: String

    public init(_ kind: Kind, _ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.kind = kind
        self.message = message
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String {
        var place = file ?? ""
        if let line { place += (place.isEmpty ? "" : ", ") + "line \(line)" }
        if let column { place += ", column \(column)" }
        return place.isEmpty ? message : "\(place): \(message)"
    }
}
