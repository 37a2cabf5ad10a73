/// Texts of ``SuggestError``: why groups, classes, supporters or a seating plan could not be suggested
/// at all (exit code 2 in the command line).
extension Strings {
    /// The error in words.
    public func suggestError(_ reason: SuggestError.Reason) -> String {
        switch reason {
        case .noPupilsToGroup: return text(.suggestErrorNoPupilsToGroup)
        case .groupTooSmall(let asked): return text(.suggestErrorGroupTooSmall, ["asked": asked])
        case .groupLargerThanClass(let size, let pupils):
            return text(.suggestErrorGroupLargerThanClass, ["size": size, "pupils": pupils])
        case .noPupilsToPlace: return text(.suggestErrorNoPupilsToPlace)
        case .noClasses(let asked): return text(.suggestErrorNoClasses, ["asked": asked])
        case .moreClassesThanPupils(let classes, let pupils):
            return text(.suggestErrorMoreClassesThanPupils, ["classes": classes, "pupils": pupils])
        case .classesTooSmall(let pupils, let classes, let maxSize):
            return text(.suggestErrorClassesTooSmall, ["pupils": pupils, "classes": classes, "maxSize": maxSize])
        case .groupSizesImpossible(let min, let max, let groups):
            return text(.suggestErrorGroupSizesImpossible, ["min": min, "max": max, "groups": groups])
        case .cannotSplit(let pupils, let groups, let min, let max):
            return text(.suggestErrorCannotSplit, ["pupils": pupils, "groups": groups, "min": min, "max": max])
        case .genderListLength(let entries, let pupils):
            return text(.suggestErrorGenderList, ["entries": entries, "pupils": pupils])
        case .badTie(let from, let to): return text(.suggestErrorBadTie, ["from": from, "to": to])
        case .badPair(let a, let b): return text(.suggestErrorBadPair, ["a": a, "b": b])
        case .badLeader(let leader): return text(.suggestErrorBadLeader, ["leader": leader])
        case .togetherAndApart(let a, let b): return text(.suggestErrorTogetherAndApart, ["a": a, "b": b])
        case .togetherTooLarge(let names, let maxSize):
            return text(.suggestErrorTogetherTooLarge, ["names": names.joined(separator: ", "), "max": maxSize])
        case .togetherLeavesNoGrouping(let min, let max):
            return text(.suggestErrorTogetherLeavesNoGrouping, ["min": min, "max": max])
        case .noPositiveQuestionForPlacement: return text(.suggestErrorNoPositiveQuestionPlacement)
        case .noPositiveQuestionForGroups: return text(.suggestErrorNoPositiveQuestionGroups)
        case .pupilNotIn(let number, let grade):
            return text(.suggestErrorPupilNotIn, ["number": number, "grade": grade])
        case .supportGroupTooSmall(let asked): return text(.suggestErrorSupportGroupTooSmall, ["asked": asked])
        case .noSupporters(let asked): return text(.suggestErrorNoSupporters, ["asked": asked])
        case .noRounds(let asked): return text(.suggestErrorNoRounds, ["asked": asked])
        case .noPupilsToSeat: return text(.suggestErrorNoPupilsToSeat)
        case .noRotations: return text(.suggestErrorNoRotations)
        case .roomTooSmall(let room, let seats, let pupils):
            return text(.suggestErrorRoomTooSmall, ["room": room, "seats": seats, "pupils": pupils])
        case .sameFixedSeat(let a, let b, let seat): return text(.suggestErrorSameFixedSeat, ["a": a, "b": b, "seat": seat])
        }
    }
}
