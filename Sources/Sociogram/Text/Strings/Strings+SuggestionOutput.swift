/// The texts of the suggestion commands' output (terminal lines and the `text` fields of the
/// suggestion documents). The fixed texts of the suggestions themselves (consent reminder, design,
/// notes, unmet wishes, reasons, roles) are in `Strings+Suggest.swift`.
extension Strings {
    /// A note in words, worded for the suggestion it belongs to where the shared wording does not fit.
    func suggestNote(_ note: SuggestNote, for kind: SuggestionKind) -> String {
        let support = kind == .supporters || kind == .supportGroup
        switch (note, support) {
        case (.noProsocialQuestion, true):
            return text(.suggestNoteNoProsocialQuestionTrue)
        case (.noProsocialQuestion, false) where kind == .workGroups:
            return text(.suggestNoteNoProsocialQuestionFalseKindWorkGroups)
        case (.noNegativeQuestion, true):
            return text(.suggestNoteNoNegativeQuestionTrue)
        default:
            return suggestNote(note)
        }
    }

    /// An unmet wish in words, starting with a capital letter. A pupil placed without a chosen friend
    /// because they chose nobody (or did not answer) is said so plainly.
    func suggestionUnmet(_ u: UnmetConstraint, labels: [String], network: ClassNetwork) -> String {
        if u.kind == .chosenFriendInClass, u.detail == .noTieToAnyonePresent, let i = u.pupils.first,
            network.pupils.indices.contains(i)
        {
            let who = labels[i], c = (u.group ?? 0) + 1
            if !network.pupils[i].responded {
                return text(.suggestionUnmet, ["who": who, "c": c])
            }
            return text(.suggestionUnmet2, ["who": who, "c": c])
        }
        let text = unmet(u, labels: labels)
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    // MARK: supporters and support group

    func supportersLead(_ who: String) -> String {
        text(.supportersLead, ["who": who])
    }
    func score(_ x: Double) -> String { text(.score, ["x": decimal(x)]) }
    var nobodyToSuggest: String { text(.nobodyToSuggest) }
    var supporterMethod: String {
        text(.supporterMethod)
    }
    func excludedRule(_ who: String) -> String {
        text(.excludedRule, ["who": who])
    }
    /// `often`: whether some were left out because many named them in the negative question.
    func excludedCount(_ count: Int, _ who: String, often: Bool) -> String {
        text(.excludedCount, ["count": count, "who": who, "often": often])
    }
    var excludedOwnView: String {
        text(.excludedOwnView)
    }
    func excludedReason(_ reason: ExcludedPupil.Reason, _ who: String) -> String {
        switch reason {
        case .namedPupilNegatively: text(.excludedReasonNamedPupilNegatively, ["who": who])
        case .namedByPupilNegatively: text(.excludedReasonNamedByPupilNegatively, ["who": who])
        case .namedNegativelyOften: text(.excludedReasonNamedNegativelyOften)
        }
    }
    func supportGroupLead(_ who: String, size: Int) -> String {
        text(.supportGroupLead, ["who": who, "size": size])
    }
    func fewerThanAsked(_ count: Int, _ size: Int) -> String {
        text(.fewerThanAsked, ["count": count, "size": size])
    }
    func role(_ role: SupportGroupMember.Role, _ who: String) -> String {
        switch role {
        case .pupilsChoice: text(.rolePupilsChoice2, ["who": who])
        case .prosocialPeer: text(.roleProsocialPeer2)
        }
    }
    var designLabel: String { text(.designLabel) }
    var notesHeading: String { text(.notesHeading) }
    var methodHeading: String { text(.methodHeading) }

    /// Under the number of excluded classmates in the terminal: how to list them.
    public var showExcludedHint: String {
        text(.showExcludedHint)
    }

    // MARK: work groups and placement

    func groupSizes(_ s: GroupSizes) -> String { s.minSize == s.maxSize ? "\(s.minSize)" : "\(s.minSize)–\(s.maxSize)" }
    func groupsHeading(_ name: String, pupils: Int, _ s: GroupSizes) -> String {
        text(.groupsHeading, ["name": name, "pupils": pupils, "groupCount": s.groupCount, "s": groupSizes(s)])
    }
    func round(_ r: Int, of total: Int) -> String { text(.round, ["r": r, "total": total]) }
    var leaderMark: String { text(.leaderMark) }
    var tiesHeading: String { text(.tiesHeading) }
    var withoutFriend: String { text(.withoutFriend) }
    func tie(_ from: String, _ to: String, mutual: Bool) -> String { mutual ? "\(from) ↔ \(to)" : "\(from) → \(to)" }
    var unmetHeading: String { text(.unmetHeading) }
    var allMetGroups: String {
        text(.allMetGroups)
    }
    var allMetPlacement: String {
        text(.allMetPlacement)
    }
    func absent(_ names: String) -> String { text(.absent, ["names": names]) }
    func leaderCandidates(_ names: String) -> String {
        text(.leaderCandidates, ["names": names])
    }
    func chosenLeaders(_ names: String) -> String {
        text(.chosenLeaders, ["names": names])
    }
    func points(_ s: GroupScore, placement: Bool = false) -> String {
        let without = placement ? (text(.points)) : (text(.points2))
        return text(.points3, ["points": s.points, "hard": s.hard, "without": without, "friendless": s.friendless])
    }
    var objectiveGroups: String {
        text(.objectiveGroups)
    }
    var objectivePlacement: String {
        text(.objectivePlacement)
    }
    func placementHeading(_ name: String, pupils: Int, _ s: GroupSizes) -> String {
        text(.placementHeading, ["name": name, "pupils": pupils, "groupCount": s.groupCount, "s": groupSizes(s)])
    }
    func placedClass(_ c: Int, size: Int, girls: Int, boys: Int, other: Int, ties: Int) -> String {
        let rest = other > 0 ? (text(.placedClass, ["other": other])) : ""
        let gender = girls + boys == 0
            ? (text(.placedClass2))
            : (text(.placedClass3, ["girls": girls, "boys": boys, "rest": rest]))
        return text(.placedClass4, ["c": c, "size": size, "gender": gender, "ties": ties])
    }
    func fromClasses(_ parts: String) -> String { text(.fromClasses, ["parts": parts]) }
    var noClass: String { text(.noClass) }
    var pupilsHeading: String { text(.pupilsHeading) }
    var withoutChosenFriend: String { text(.withoutChosenFriend) }
}
