/// The report's seating-plan section (`report --seating ROOM`).
extension Strings {
    public var reportSeatingTitle: String { text(.reportSeatingTitle) }

    /// What the plan is made from and that the teacher adjusts it.
    public func reportSeatingIntro(room: String) -> String { text(.reportSeatingIntro, ["room": room]) }

    public var reportSeatingNeighboursHeading: String { text(.reportSeatingNeighboursHeading) }
    public var reportSeatingColumnPupil: String { text(.reportSeatingColumnPupil) }
    public var reportSeatingColumnTable: String { text(.reportSeatingColumnTable) }
    public var reportSeatingColumnBeside: String { text(.reportSeatingColumnBeside) }
    public var reportSeatingColumnFrontBehind: String { text(.reportSeatingColumnFrontBehind) }
    /// An empty cell of the neighbours table.
    public var reportSeatingNone: String { text(.reportSeatingNone) }
    public var reportSeatingUnmetHeading: String { text(.reportSeatingUnmetHeading) }
    public var reportSeatingAllMet: String { text(.reportSeatingAllMet) }

    /// The accessible name of a chart; `rotation` is ``seatingRotation(_:of:)``.
    public func reportSeatingChartLabel(_ rotation: String) -> String { text(.reportSeatingChartLabel, ["rotation": rotation]) }
}
