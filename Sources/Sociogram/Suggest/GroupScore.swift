/// How good a grouping (or one group) is, in three tiers compared in order: first fewer broken hard
/// constraints, then fewer pupils without a friend in their group, then more points.
///
/// Every tier is a sum over groups, so the score of a grouping is the sum of its groups' scores.
public struct GroupScore: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Pairs that must be apart (negative nomination or teacher's `apart`) but share a group.
    public var hard: Int
    /// Pupils without a positive tie (per the problem's coverage rule) inside their group.
    public var friendless: Int
    /// The weighted soft terms: ties, mutual ties, gender balance, leaders, repeated pairs.
    public var points: Int

    public init(hard: Int = 0, friendless: Int = 0, points: Int = 0) {
        self.hard = hard
        self.friendless = friendless
        self.points = points
    }

    /// The zero score (an empty grouping).
    public static let zero = GroupScore()

    /// Whether `self` is strictly better than `other` (lexicographic: hard, friendless, −points).
    ///
    /// - Complexity: O(1).
    public func isBetter(than other: GroupScore) -> Bool {
        if hard != other.hard { return hard < other.hard }
        if friendless != other.friendless { return friendless < other.friendless }
        return points > other.points
    }

    public static func + (a: GroupScore, b: GroupScore) -> GroupScore {
        GroupScore(hard: a.hard + b.hard, friendless: a.friendless + b.friendless, points: a.points + b.points)
    }

    public static func - (a: GroupScore, b: GroupScore) -> GroupScore {
        GroupScore(hard: a.hard - b.hard, friendless: a.friendless - b.friendless, points: a.points - b.points)
    }

    public var description: String { "hard \(hard), without friend \(friendless), points \(points)" }
}
