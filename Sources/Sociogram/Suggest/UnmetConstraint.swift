/// A wish the suggestion could not fully meet, with the reason.
public struct UnmetConstraint: Sendable, Hashable, Codable {
    /// Which wish.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The pupil has no positive tie inside the group (work groups).
        case friendInGroup
        /// The pupil has none of the classmates they chose in the class (placement).
        case chosenFriendInClass
        /// A pair where one named the other negatively shares a group or class.
        case negativeApart
        /// A pair the teacher asked to keep apart shares a group or class.
        case apart
        /// The group has no leader candidate.
        case leader
    }

    /// Whether it is proven impossible, or only not achieved by the search.
    public enum Reason: String, Sendable, Hashable, Codable {
        /// No grouping can meet it (the detail says why).
        case infeasible
        /// The search did not find a grouping meeting it together with the other constraints; one may exist.
        case notFound
    }

    /// Why, in a machine-readable form; ``message(labels:language:)`` says it in words.
    public enum Detail: String, Sendable, Hashable, Codable {
        /// The pupil has no positive tie with any pupil present.
        case noTieToAnyonePresent
        /// Every pupil the pupil has a tie with must be kept apart from them.
        case allTiesKeptApart
        /// The pair is kept together as the teacher asked, although one named the other negatively.
        case keptTogetherAsAsked
        /// Fewer leader candidates than groups.
        case fewerLeadersThanGroups
        /// The search found no grouping that meets this together with the rest.
        case searchDidNotFind
    }

    public let kind: Kind
    /// Network indices of the pupils concerned (one pupil, or a pair).
    public let pupils: [Int]
    /// The group (or class) concerned, 0-based, when there is one.
    public let group: Int?
    public let reason: Reason
    public let detail: Detail

    public init(kind: Kind, pupils: [Int], group: Int?, reason: Reason, detail: Detail) {
        self.kind = kind
        self.pupils = pupils
        self.group = group
        self.reason = reason
        self.detail = detail
    }
}
