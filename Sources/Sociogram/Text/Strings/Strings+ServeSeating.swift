/// The web app's seating page (`sociogram serve`, «Klassekart»): its error answers and the page's texts.
extension Strings {
    /// Seating on the page: rotations or the search's swaps out of range.
    public func serveSeatingRotationsRange(maxRotations: Int, maxIterations: Int) -> String {
        text(.serveSeatingRotationsRange, ["maxRotations": maxRotations, "maxIterations": maxIterations])
    }

    /// Seating on the page: a fixed seat the room does not have.
    public func serveSeatingNoSeat(room: String, seat: String) -> String { text(.serveSeatingNoSeat, ["room": room, "seat": seat]) }

    /// The size of a room beside the class: `pairs:5x3: 30 seats for 26 pupils.`
    public func serveSeatingRoomSize(room: String, seats: Int, pupils: Int) -> String {
        text(.serveSeatingRoomSize, ["room": room, "seats": seats, "pupils": pupils])
    }

    /// The seating page's keys (`data-t="…"`, `T("…")`) and their catalogue keys; part of ``serveTexts``.
    static let serveSeatingPageKeys: [(page: String, key: TextKey)] = [
        ("seatingStep", .servePageSeatingStep),
        ("seatingHelp", .servePageSeatingHelp),
        ("seatingRoom", .servePageSeatingRoom),
        ("seatingRoom.pairs", .servePageSeatingRoomPairs),
        ("seatingRoom.rows", .servePageSeatingRoomRows),
        ("seatingRoom.islands", .servePageSeatingRoomIslands),
        ("seatingRoom.horseshoe", .servePageSeatingRoomHorseshoe),
        ("seatingRows", .servePageSeatingRows),
        ("seatingDesks", .servePageSeatingDesks),
        ("seatingTables", .servePageSeatingTables),
        ("seatingSeatsPerTable", .servePageSeatingSeatsPerTable),
        ("seatingSeatCount", .servePageSeatingSeatCount),
        ("seatingRotations", .servePageSeatingRotations),
        ("seatingApart", .servePageSeatingApart),
        ("seatingTogether", .servePageSeatingTogether),
        ("seatingNegativeApart", .servePageSeatingNegativeApart),
        ("seatingMixGender", .servePageSeatingMixGender),
        ("seatingFixed", .servePageSeatingFixed),
        ("seatingSeat", .servePageSeatingSeat),
        ("seatingFront", .servePageSeatingFront),
        ("seatingChooseSeat", .servePageSeatingChooseSeat),
        ("seatingAddFixed", .servePageSeatingAddFixed),
        ("seatingMake", .servePageSeatingMake),
        ("seatingChart", .servePageSeatingChart),
        ("downloadSeating", .servePageDownloadSeating),
        ("downloadSeatingJSON", .servePageDownloadSeatingJSON),
        ("seatingUnmet", .reportSeatingUnmetHeading),
        ("seatingAllMet", .reportSeatingAllMet),
        ("seatingCaveat", .seatingCaveat),
        ("seatingLegend", .seatingChartLegend),
    ]
}
