/// The HTML report: method notes, the caveat, the privacy note and the footer.
extension Strings {
    var feedHeading: String { text(.feedHeading) }
    var columnNumber: String { text(.columnNumber) }
    var columnQuestion: String { text(.columnQuestion) }
    var noQuestion: String { text(.noQuestion) }
    var feedPositive: String {
        text(.feedPositive)
    }
    var feedLM: String { text(.feedLM) }
    var feedLL: String { text(.feedLL) }
    var feedProsocial: String { text(.feedProsocial) }
    var feedInfluence: String { text(.feedInfluence) }
    var feedOther: String { text(.feedOther) }
    var methodMutualHeading: String { text(.methodMutualHeading) }
    var methodMutual: String {
        text(.methodMutual)
    }
    var methodNumbersHeading: String { text(.methodNumbersHeading) }
    func methodStandardisation(alpha: String) -> String {
        text(.methodStandardisation, ["alpha": alpha])
    }
    var methodCoieDodge: String {
        text(.methodCoieDodge)
    }
    func methodNewcombBukowski(alpha: String) -> String {
        text(.methodNewcombBukowski, ["alpha": alpha])
    }
    var methodNeedsNegative: String {
        text(.methodNeedsNegative)
    }
    func statusCounts(_ counts: [(String, Int)]) -> String {
        text(.statusCounts) + counts.map { "\($0.0) \($0.1)" }.joined(separator: ", ") + "."
    }
    var methodGroupsHeading: String { text(.methodGroupsHeading) }
    func methodGroups(seed: String) -> String {
        text(.methodGroups, ["seed": seed])
    }
    func methodPositions(minimum: Int) -> String {
        text(.methodPositions, ["minimum": minimum])
    }
    var methodNotesHeading: String { text(.methodNotesHeading) }
    func importWarningsReport(_ count: Int) -> String {
        text(.importWarningsReport, ["count": count])
    }

    // MARK: Closing

    var caveatHeading: String { text(.caveatHeading) }
    var caveatLong: String {
        text(.caveatLong)
    }
    var privacyHeading: String { text(.privacyHeading) }
    func privacyLong(_ labels: LabelStyle) -> String {
        let common = text(.privacyLong)
        switch labels {
        case .codes:
            return text(.privacyLongCodes) + common
        case .initials:
            return text(.privacyLongInitials) + common
        case .names:
            return text(.privacyLongNames) + common
        }
    }
    func footer(version: String, date: String) -> String {
        text(.footer, ["version": version, "date": date])
    }
}
