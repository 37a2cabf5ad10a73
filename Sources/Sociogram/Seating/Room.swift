/// A classroom as the teacher sees it: seats on a grid, grouped into tables (a double desk, an island),
/// with the board at the front. Row 1 is the row nearest the board; columns count from the left as seen
/// from the back of the room, facing the board.
///
/// Seats are named by row letter and position in the row (`A1` is the front row's leftmost seat,
/// `B3` the third seat from the left in the second row), the names `--fixed "Kari=A3"` uses.
public struct Room: Sendable, Hashable, Codable {
    /// One seat: its table, its grid row and column (1-based, row 1 nearest the board) and its name.
    public struct Seat: Sendable, Hashable, Codable {
        /// The table the seat belongs to (1-based, numbered front to back, left to right).
        public let table: Int
        public let row: Int
        public let column: Int
        /// The teacher's name for the seat: row letter and position in the row (`A3`).
        public let name: String
    }

    /// A short description of the room (`pairs:4x3`, or the file name).
    public let name: String
    public let seats: [Seat]
    /// Number of grid rows and columns, walkways included.
    public let rows: Int
    public let columns: Int
    /// Which seats are neighbours and how strongly (see ``SeatNeighbours``).
    public let neighbours: SeatNeighbours

    /// Builds a room from a grid of cells, each `nil` (walkway) or a table key; cells with the same key
    /// form one table. `grid[0]` is the row nearest the board.
    ///
    /// - Complexity: O(rows × columns).
    init(name: String, grid: [[String?]]) {
        var tableOf: [String: Int] = [:]
        var seats: [Seat] = []
        let width = grid.map(\.count).max() ?? 0
        var rowIndex = 0, lettered = 0
        for cells in grid {
            guard cells.contains(where: { $0 != nil }) else { rowIndex += 1; continue }
            // Rows are lettered by the rows that have seats: A is the first row with seats.
            let letter = Room.rowLetter(lettered)
            lettered += 1
            var inRow = 0
            for (c, key) in cells.enumerated() {
                guard let key else { continue }
                let table: Int
                if let t = tableOf[key] { table = t } else { table = tableOf.count + 1; tableOf[key] = table }
                inRow += 1
                seats.append(Seat(table: table, row: rowIndex + 1, column: c + 1, name: "\(letter)\(inRow)"))
            }
            rowIndex += 1
        }
        self.name = name
        self.seats = seats
        self.rows = grid.count
        self.columns = width
        self.neighbours = SeatNeighbours(gridSeats: seats)
    }

    /// Builds a room with explicit neighbours (the horseshoe, where seats touch along a U).
    init(name: String, seats: [Seat], rows: Int, columns: Int, neighbours: SeatNeighbours) {
        self.name = name
        self.seats = seats
        self.rows = rows
        self.columns = columns
        self.neighbours = neighbours
    }

    /// The number of seats.
    public var capacity: Int { seats.count }

    /// The seats of the row nearest the board that has seats.
    public var frontSeats: [Int] {
        guard let first = seats.map(\.row).min() else { return [] }
        return seats.indices.filter { seats[$0].row == first }
    }

    /// The seat index named `name` (`A3`, case-insensitive), if any.
    public func seat(named name: String) -> Int? {
        seats.firstIndex { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }

    /// The place a teacher wrote for a fixed seat: a seat's name (`A3`, case-insensitive) or the front
    /// row, in any of the three languages (`front`, bokmål `foran`, nynorsk `framme`); `nil` for neither.
    public func fixedPlace(named text: String) -> SeatingProblem.Fixed? {
        let place = text.trimmingCharacters(in: .whitespaces)
        if ["front", "foran", "framme"].contains(place.lowercased()) { return .front }
        return seat(named: place).map { .seat($0) }
    }

    /// Seats grouped by table, tables in order.
    public var tables: [[Int]] {
        var result: [[Int]] = Array(repeating: [], count: (seats.map(\.table).max() ?? 0))
        for (i, seat) in seats.enumerated() { result[seat.table - 1].append(i) }
        return result
    }

    /// `A`…`Z`, then `AA`, `AB`, …
    static func rowLetter(_ index: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return index < 26 ? String(letters[index]) : String(letters[index / 26 - 1]) + String(letters[index % 26])
    }
}
