import Testing
@testable import Sociogram

@Suite("Seating rooms")
struct SeatingRoomTests {
    @Test("Presets have the seats and tables their names say")
    func presets() throws {
        let pairs = try Room.preset("pairs:5x3")
        #expect(pairs.capacity == 30)
        #expect(pairs.tables.count == 15)
        #expect(pairs.tables.allSatisfy { $0.count == 2 })
        let rows = try Room.preset("rows:4x6")
        #expect(rows.capacity == 24 && rows.tables.count == 24)
        let islands = try Room.preset("islands:6x5")
        #expect(islands.capacity == 30 && islands.tables.map(\.count) == Array(repeating: 5, count: 6))
        let horseshoe = try Room.preset("horseshoe:28")
        #expect(horseshoe.capacity == 28)
        #expect(horseshoe.neighbours.pairs.count == 27)
        #expect(Set(pairs.seats.map(\.name)).count == 30)
    }

    @Test("Desk-mates are table neighbours; desks across a walkway are not neighbours; rows are")
    func pairNeighbours() throws {
        let room = try Room.preset("pairs:2x2")
        let a1 = try #require(room.seat(named: "A1")), a2 = try #require(room.seat(named: "A2"))
        let a3 = try #require(room.seat(named: "A3")), b1 = try #require(room.seat(named: "B1"))
        #expect(room.neighbours.kind(a1, a2) == .table)
        #expect(room.neighbours.kind(a2, a3) == nil)
        #expect(room.neighbours.kind(a1, b1) == .frontBehind)
        let single = try Room.preset("rows:1x3")
        #expect(single.neighbours.kind(0, 1) == .beside)
        #expect(single.neighbours.kind(0, 2) == nil)
    }

    @Test("A fixed place is a seat's name or the front row, in each language")
    func fixedPlaces() throws {
        let room = try Room.preset("pairs:2x2")
        #expect(room.fixedPlace(named: " b1 ") == room.seat(named: "B1").map { .seat($0) })
        for word in ["front", "Foran", "framme"] { #expect(room.fixedPlace(named: word) == .front) }
        #expect(room.fixedPlace(named: "bak") == nil && room.fixedPlace(named: "E9") == nil)
    }

    @Test(arguments: ["pairs", "rows:3", "islands:4x1", "horseshoe:2", "pairs:0x3", "circle:5", "pairs:ax3"])
    func badPresets(_ text: String) {
        #expect(throws: RoomError.self) { try Room.preset(text) }
    }

    @Test("A text room file: letters are tables, the board at the bottom makes the last line row A")
    func textFile() throws {
        let room = try Room.parse("AA BB\n1.1 CC\n\n  tavle  \n", file: "rom.txt")
        #expect(room.capacity == 8)
        // The board is at the bottom: the line just above it is row A, read from the board's view.
        let front = room.frontSeats.map { room.seats[$0].name }
        #expect(front == ["A1", "A2", "A3", "A4"])
        let tableSizes = room.tables.map(\.count).sorted()
        #expect(tableSizes == [1, 1, 2, 2, 2])
    }

    @Test("A CSV room file with the board first")
    func csvFile() throws {
        let room = try Room.parse("Tavle\nA;A;;B;B\n1;;;1;\n", file: "rom.csv")
        #expect(room.capacity == 6)
        #expect(room.frontSeats.count == 4)
        let a1 = try #require(room.seat(named: "A1")), a2 = try #require(room.seat(named: "A2"))
        #expect(room.neighbours.kind(a1, a2) == .table)
    }

    @Test("Room file errors name the line and column")
    func fileErrors() {
        func error(_ text: String) -> RoomError? {
            do { _ = try Room.parse(text, file: "rom.txt"); return nil } catch { return error }
        }
        let bad = error("board\nAA BB\nA* 11\n")
        #expect(bad?.kind == .badCell)
        #expect(bad?.line == 3 && bad?.column == 2)
        #expect(bad?.description.contains("rom.txt, line 3, column 2") == true)
        #expect(error("AA BB\n11 11\n")?.kind == .noBoard)
        let middle = error("AA\nboard\nBB\n")
        #expect(middle?.kind == .boardInMiddle && middle?.line == 2)
        #expect(error("tavle\n   \n..\n")?.kind == .noSeats)
        let csv = error("tavle\n1;1;?\n")
        #expect(csv?.kind == .badCell && csv?.line == 2 && csv?.column == 3)
    }
}
