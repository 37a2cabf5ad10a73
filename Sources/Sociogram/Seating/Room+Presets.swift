extension Room {
    /// The room a preset names: `pairs:RxC` (R rows of C double desks), `rows:RxC` (R rows of C single
    /// desks side by side), `islands:TxS` (T tables of S seats), `horseshoe:N` (N seats along a U open
    /// towards the board). Walkways run between double desks, between islands and inside the U.
    ///
    /// - Throws: ``RoomError`` (`badPreset`) for anything else.
    public static func preset(_ text: String) throws(RoomError) -> Room {
        let parts = text.lowercased().split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw bad(text) }
        let numbers = parts[1].split(separator: "x").map { Int($0) }
        guard !numbers.isEmpty, numbers.allSatisfy({ ($0 ?? 0) >= 1 && ($0 ?? 0) <= 60 }) else { throw bad(text) }
        let n = numbers.compactMap { $0 }
        switch (parts[0], n.count) {
        case ("pairs", 2): return pairs(rows: n[0], desks: n[1], name: text)
        case ("rows", 2): return singleRows(rows: n[0], desks: n[1], name: text)
        case ("islands", 2) where n[1] >= 2: return islands(tables: n[0], seats: n[1], name: text)
        case ("horseshoe", 1) where n[0] >= 3: return horseshoe(n[0], name: text)
        default: throw bad(text)
        }
    }

    private static func bad(_ text: String) -> RoomError {
        RoomError(.badPreset(text))
    }

    static func pairs(rows: Int, desks: Int, name: String) -> Room {
        let grid: [[String?]] = (0..<rows).map { r in
            (0..<(desks * 3 - 1)).map { c in c % 3 == 2 ? nil : "\(r)-\(c / 3)" }
        }
        return Room(name: name, grid: grid)
    }

    static func singleRows(rows: Int, desks: Int, name: String) -> Room {
        Room(name: name, grid: (0..<rows).map { r in (0..<desks).map { c in "\(r)-\(c)" } })
    }

    /// Islands of S seats as blocks of two rows, ⌈√T⌉ islands across, a walkway around each.
    static func islands(tables: Int, seats: Int, name: String) -> Room {
        var across = 1
        while across * across < tables { across += 1 }
        let width = (seats + 1) / 2
        let down = (tables + across - 1) / across
        var grid = Array(repeating: [String?](repeating: nil, count: across * (width + 1) - 1), count: down * 3 - 1)
        for t in 0..<tables {
            let top = (t / across) * 3, left = (t % across) * (width + 1)
            for s in 0..<seats { grid[top + s / width][left + s % width] = "t\(t)" }
        }
        return Room(name: name, grid: grid)
    }

    /// N single desks touching along a U: the left arm from front to back, the back row, the right arm
    /// from back to front. Each seat is a neighbour (`beside`) of the next along the U.
    static func horseshoe(_ n: Int, name: String) -> Room {
        let arm = max(1, n / 3), back = n - 2 * arm
        let width = back + 2, rows = arm + 1
        var cells: [(Int, Int)] = []
        for r in 0..<arm { cells.append((r, 0)) }
        for c in 0..<back { cells.append((arm, c + 1)) }
        for r in stride(from: arm - 1, through: 0, by: -1) { cells.append((r, width - 1)) }
        // Names by row, left to right, as everywhere.
        let order = cells.indices.sorted { (cells[$0].0, cells[$0].1) < (cells[$1].0, cells[$1].1) }
        var name_ = Array(repeating: "", count: n)
        var counter: [Int: Int] = [:]
        for i in order {
            let k = (counter[cells[i].0] ?? 0) + 1
            counter[cells[i].0] = k
            name_[i] = "\(rowLetter(cells[i].0))\(k)"
        }
        let seats = cells.enumerated().map { i, rc in Seat(table: i + 1, row: rc.0 + 1, column: rc.1 + 1, name: name_[i]) }
        let pairs = (0..<(n - 1)).map { SeatNeighbours.Pair(a: $0, b: $0 + 1, kind: .beside) }
        return Room(name: name, seats: seats, rows: rows, columns: width, neighbours: SeatNeighbours(count: n, pairs: pairs))
    }
}
