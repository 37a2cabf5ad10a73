/// `sociogram seating`: the terminal summary, the seating chart's legend and the JSON texts.
extension Strings {
    /// The caveat every seating output carries.
    public var seatingCaveat: String {
        text(.seatingCaveat)
    }

    public func seatingTitle(_ className: String, room: String) -> String {
        text(.seatingTitle, ["className": className, "room": room])
    }

    public func seatingRotation(_ r: Int, of n: Int) -> String {
        n == 1 ? text(.seatingRotation) : text(.seatingRotation2, ["r": r, "n": n])
    }

    public func seatingTable(_ number: Int) -> String { text(.seatingTable, ["number": number]) }

    public var seatingBoard: String { text(.seatingBoard) }

    public func seatingBesideCount(_ met: Int, of n: Int) -> String {
        text(.seatingBesideCount, ["met": met, "n": n])
    }

    public func seatingRepeated(_ k: Int) -> String {
        text(.seatingRepeated, ["k": k])
    }

    public func seatingScore(_ total: Int) -> String { text(.seatingScore, ["total": total]) }

    public var seatingAllHardMet: String {
        text(.seatingAllHardMet)
    }

    /// The words for a rule or wish not met; `who` are the pupils' labels.
    public func seatingUnmet(_ u: SeatingUnmet, who: [String]) -> String {
        let names = who.joined(separator: text(.seatingUnmet))
        switch (u.kind, u.reason) {
        case (.apart, _):
            return text(.seatingUnmetApart_, ["names": names])
        case (.fixed, .frontRowFull):
            return text(.seatingUnmetFixedFrontRowFull, ["names": names])
        case (.fixed, _):
            return text(.seatingUnmetFixed_, ["names": names])
        case (.together, _):
            return text(.seatingUnmetTogether_, ["names": names])
        case (.besideChosen, .noChoices):
            return text(.seatingUnmetBesideChosenNoChoices, ["names": names])
        case (.besideChosen, .allChosenApart):
            return text(.seatingUnmetBesideChosenAllChosenApart, ["names": names])
        case (.besideChosen, _):
            return text(.seatingUnmetBesideChosen_, ["names": names])
        }
    }

    public var seatingHardFailed: String {
        text(.seatingHardFailed)
    }

    public var seatingChartLegend: String {
        text(.seatingChartLegend)
    }
}

/// Texts of ``RoomError``: why a room preset or room file cannot be read.
extension Strings {
    /// The place (`rom.txt, line 3, column 2`) and what is wrong.
    public func roomError(_ error: RoomError) -> String {
        let what: String
        switch error.reason {
        case .badPreset(let preset): what = text(.seatingErrorBadPreset, ["room": preset])
        case .badCell(let cell): what = text(.seatingErrorBadCell, ["cell": cell])
        case .noBoard: what = text(.seatingErrorNoBoard)
        case .boardInMiddle: what = text(.seatingErrorBoardInMiddle)
        case .noSeats: what = text(.seatingErrorNoSeats)
        case .tooLarge(let max): what = text(.seatingErrorTooLarge, ["max": max])
        }
        var place = error.file ?? ""
        if let line = error.line { place += (place.isEmpty ? "" : ", ") + text(.seatingErrorLine, ["line": line]) }
        if let column = error.column { place += ", " + text(.seatingErrorColumn, ["column": column]) }
        return place.isEmpty ? what : "\(place): \(what)"
    }
}
