/// What the teacher asks for with `sociogram groups`.
public struct WorkGroupRequest: Sendable, Hashable, Codable {
    /// Who leads a group.
    public enum LeaderMode: String, Sendable, Hashable, Codable {
        /// A pupil classmates named as helpful (prosocial question), rotating over rounds.
        case prosocial
        /// No leaders.
        case none
        /// The pupils the teacher named (``WorkGroupRequest/leaderPupils``), rotating over rounds.
        case chosen
    }

    /// The wished group size N (groups of N ± 1).
    public var size: Int
    /// How many groupings (rounds) to make.
    public var rounds: Int
    /// Pairs (network indices) never to be in the same group.
    public var apart: [GroupingProblem.Pair]
    /// Pairs (network indices) always in the same group.
    public var together: [GroupingProblem.Pair]
    /// Pupils (network indices) not present: left out of every group.
    public var absent: [Int]
    public var leaders: LeaderMode
    /// With `leaders == .chosen`: the pupils (network indices) the teacher chose as leaders.
    public var leaderPupils: [Int]
    /// Whether groups should follow the class's share of girls and boys.
    public var balanceGender: Bool
    public var weights: GroupingProblem.Weights
    public var limits: SearchLimits

    public init(
        size: Int, rounds: Int = 1, apart: [GroupingProblem.Pair] = [], together: [GroupingProblem.Pair] = [],
        absent: [Int] = [], leaders: LeaderMode = .prosocial, leaderPupils: [Int] = [], balanceGender: Bool = false,
        weights: GroupingProblem.Weights = .groups, limits: SearchLimits = SearchLimits()
    ) {
        self.leaderPupils = leaderPupils
        self.size = size
        self.rounds = rounds
        self.apart = apart
        self.together = together
        self.absent = absent
        self.leaders = leaders
        self.balanceGender = balanceGender
        self.weights = weights
        self.limits = limits
    }
}

/// A positive tie inside a group: `from` named `to`; a mutual pair appears once with `from < to`.
public struct GroupTie: Sendable, Hashable, Codable {
    public let from: Int
    public let to: Int
    public let mutual: Bool
}

/// One suggested group (network indices).
public struct SuggestedGroup: Sendable, Hashable, Codable {
    /// Members, ascending.
    public let members: [Int]
    /// The suggested leader, if the group has a candidate.
    public let leader: Int?
    /// The positive ties that hold the group together.
    public let ties: [GroupTie]
    /// Members with no positive tie inside the group.
    public let withoutFriend: [Int]
}

/// One grouping of the class.
public struct GroupRound: Sendable, Hashable, Codable {
    /// 1-based round number.
    public let round: Int
    public let groups: [SuggestedGroup]
    public let score: GroupScore
    /// Every wish not met in this round, with the reason.
    public let unmet: [UnmetConstraint]
}

/// The result of `sociogram groups`.
public struct WorkGroupsResult: Sendable, Hashable, Codable {
    public let sizes: GroupSizes
    public let rounds: [GroupRound]
    /// Pupils left out as absent.
    public let absent: [Int]
    /// The leader candidates (named as helpful at least as often as the class average), or empty.
    public let leaderCandidates: [Int]
    public let notes: [SuggestNote]
    /// Whether a wish was not met in some round: a pupil without a tie in the group, a negative or apart
    /// pair together, or a group without a leader when leaders were asked for (the command line exits
    /// with 1, as `docs/groups.md` says).
    public var needsAttention: Bool { rounds.contains { !$0.unmet.isEmpty } }
}
