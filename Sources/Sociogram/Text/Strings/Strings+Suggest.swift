/// The suggestions: supporters, support groups, work groups and class placement (``SuggestText``,
/// ``SuggestNote``, ``UnmetConstraint``, ``SupportReason`` say their texts through these).
extension Strings {
    /// The reminder every supporter or support-group suggestion carries.
    public var consentReminder: String {
        text(.consentReminder)
    }

    /// Which support-group design a suggestion follows, in words.
    public func supportDesign(_ design: SupportGroupDesign) -> String {
        switch design {
        case .chosenPeersWithPupil: text(.supportDesignChosenPeersWithPupil)
        }
    }

    /// A note of the suggestions in words.
    public func suggestNote(_ note: SuggestNote) -> String {
        switch note {
        case .noNegativeQuestion:
            return text(.suggestNoteNoNegativeQuestion)
        case .noProsocialQuestion:
            return text(.suggestNoteNoProsocialQuestion)
        case .noLeaderCandidates:
            return text(.suggestNoteNoLeaderCandidates)
        case .fewerLeaderCandidatesThanGroups:
            return text(.suggestNoteFewerLeaderCandidatesThanGroups)
        case .sizesNotWithinOne:
            return text(.suggestNoteSizesNotWithinOne)
        case .timeLimitReached:
            return text(.suggestNoteTimeLimitReached)
        case .noInfluenceQuestion:
            return text(.suggestNoteNoInfluenceQuestion)
        case .fewHelpfulClassmates:
            return text(.suggestNoteFewHelpfulClassmates)
        }
    }

    /// An unmet wish and its reason in words; `labels[i]` names network pupil `i` (name or code).
    public func unmet(_ constraint: UnmetConstraint, labels: [String]) -> String {
        let who = constraint.pupils.map { $0 >= 0 && $0 < labels.count ? labels[$0] : "?" }
        let group = constraint.group.map { text(.unmet, ["value": $0 + 1]) } ?? ""
        let what: String
        switch constraint.kind {
        case .friendInGroup:
            what = text(.unmetFriendInGroup, ["who": who.joined(), "group": group])
        case .chosenFriendInClass:
            what = text(.unmetChosenFriendInClass, ["who": who.joined(), "group": (constraint.group ?? 0) + 1])
        case .negativeApart:
            what = text(.unmetNegativeApart, ["list": who.joined(separator: text(.listAnd)), "group": group])
        case .apart:
            what = text(.unmetApart, ["list": who.joined(separator: text(.listAnd)), "group": group])
        case .leader:
            what = text(.unmetLeader, ["group": group])
        }
        let why: String
        switch constraint.detail {
        case .noTieToAnyonePresent:
            why = text(.unmetNoTieToAnyonePresent)
        case .allTiesKeptApart:
            why = text(.unmetAllTiesKeptApart)
        case .keptTogetherAsAsked:
            why = text(.unmetKeptTogetherAsAsked)
        case .fewerLeadersThanGroups:
            why = text(.unmetFewerLeadersThanGroups)
        case .searchDidNotFind:
            why = text(.unmetSearchDidNotFind)
        }
        return "\(what) — \(why)."
    }

    /// Why a classmate is suggested, in words.
    public func reason(_ reason: SupportReason) -> String {
        switch reason {
        case .namedHelpful(let k):
            return text(.reasonNamedHelpfulK, ["k": k])
        case .wellLiked:
            return text(.reasonWellLiked)
        case .influential(let k):
            return text(.reasonInfluentialK, ["k": k])
        case .chosenByPupil:
            return text(.reasonChosenByPupil)
        case .chosePupil:
            return text(.reasonChosePupil)
        case .mutual:
            return text(.reasonMutual)
        case .namedNegativelyOften(let k):
            return text(.reasonNamedNegativelyOften, ["k": k])
        }
    }

    /// A support-group member's role, in words.
    public func role(_ role: SupportGroupMember.Role) -> String {
        switch role {
        case .pupilsChoice: text(.rolePupilsChoice)
        case .prosocialPeer: text(.roleProsocialPeer)
        }
    }

    /// Said when every member of a suggested support group belongs to one subgroup.
    public var oneSubgroupOnly: String {
        text(.oneSubgroupOnly)
    }
}
