import Foundation

extension Room {
    /// Reads a room file: a grid with one line per row of the room.
    ///
    /// - Text grid: one character per cell. `1` is a single seat, a letter is a seat of that table
    ///   (`AA` is one double desk, `BBBB` over two lines an island of four), a space or `.` is a walkway.
    /// - CSV grid (cells separated by `,` or `;`): each cell is `1`, a table name, or empty (walkway).
    /// - The board: the first or the last line says `tavle` or `board` (any case, anything around it).
    ///   The row nearest it becomes row A.
    /// - Lines starting with `#` are comments; empty lines at the start and end are ignored.
    ///
    /// - Throws: ``RoomError`` naming the line and column of the first bad cell.
    /// - Complexity: O(characters).
    public static func parse(_ text: String, file: String? = nil) throws(RoomError) -> Room {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        var numbered = lines.enumerated().map { (line: $0.offset + 1, text: $0.element) }
            .filter { !$0.text.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
        while let last = numbered.last, last.text.trimmingCharacters(in: .whitespaces).isEmpty { numbered.removeLast() }
        while let first = numbered.first, first.text.trimmingCharacters(in: .whitespaces).isEmpty { numbered.removeFirst() }
        func isBoard(_ s: String) -> Bool {
            let l = s.lowercased()
            return l.contains("tavle") || l.contains("board")
        }
        let boardLines = numbered.indices.filter { isBoard(numbered[$0].text) }
        guard let board = boardLines.first else {
            throw RoomError(.noBoard, file: file, line: numbered.first?.line ?? 1)
        }
        if let middle = boardLines.first(where: { $0 != 0 && $0 != numbered.count - 1 }) ?? (boardLines.count > 1 ? boardLines[1] : nil) {
            throw RoomError(.boardInMiddle, file: file, line: numbered[middle].line)
        }
        let boardAtTop = board == 0
        numbered.remove(at: board)
        let csv = numbered.contains { $0.text.contains(",") || $0.text.contains(";") }
        var grid: [[String?]] = []
        var seatCount = 0
        for (lineNo, text) in numbered {
            var row: [String?] = []
            let cells: [String] = csv
                ? text.split(separator: text.contains(";") ? ";" : ",", omittingEmptySubsequences: false).map(String.init)
                : text.map(String.init)
            for (c, raw) in cells.enumerated() {
                let cell = raw.trimmingCharacters(in: .whitespaces)
                if cell.isEmpty || cell == "." {
                    row.append(nil)
                } else if cell == "1" {
                    row.append("1@\(lineNo):\(c)")
                } else if cell.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
                    row.append("t:" + cell.uppercased())
                } else {
                    throw RoomError(.badCell(cell), file: file, line: lineNo, column: c + 1)
                }
            }
            seatCount += row.compactMap { $0 }.count
            guard seatCount <= Self.maxSeats else {
                throw RoomError(.tooLarge(maxSeats: Self.maxSeats), file: file, line: lineNo)
            }
            grid.append(row)
        }
        guard seatCount > 0 else { throw RoomError(.noSeats, file: file) }
        return Room(name: file ?? "room", grid: boardAtTop ? grid : grid.reversed().map { Array($0.reversed()) })
    }

    /// The most seats a room file may have.
    static let maxSeats = 500
}
