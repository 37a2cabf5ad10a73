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
