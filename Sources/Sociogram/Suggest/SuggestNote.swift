/// Something a suggestion's reader must know about the data or the search (not an unmet wish).
public enum SuggestNote: String, Sendable, Hashable, Codable {
    /// The survey has no negative question, so no pairs were kept apart because of it.
    case noNegativeQuestion
    /// The survey has no prosocial question: no leaders suggested / ranking by status and ties only.
    case noProsocialQuestion
    /// Leaders were asked for, but nobody was named as helpful often enough.
    case noLeaderCandidates
    /// Fewer leader candidates than groups: some groups have no candidate in every round, and the
    /// candidates lead in every round (the role cannot rotate).
    case fewerLeaderCandidatesThanGroups
    /// The class is too small for groups within one of the requested size; the nearest sizes were used.
    case sizesNotWithinOne
    /// The time limit stopped the search before its iteration budget: the result may depend on the
    /// machine's speed, and more time could improve it.
    case timeLimitReached
    /// The survey has no influence question: influence not used.
    case noInfluenceQuestion
    /// Too few classmates were named as helpful to fill the support group: it is smaller than asked,
    /// rather than filled up with classmates nobody called helpful.
    case fewHelpfulClassmates
}
