/// The `--json` document of `sociogram groups`.
public typealias WorkGroupsDocument = SuggestionDocument<WorkGroupsBody>

/// The search settings a result was made with (same seed and iterations, same result).
public struct SuggestionSearchEntry: Sendable, Codable, Hashable {
    public let seed: UInt64
    public let iterations: Int
    /// The wall-clock upper bound in seconds, or `null`.
    @ExplicitNull public var timeLimit: Double?

    init(_ limits: SearchLimits) {
        seed = limits.seed
        iterations = limits.iterations
        timeLimit = limits.timeLimit
    }
}

/// The fields of a ``WorkGroupsDocument``.
public struct WorkGroupsBody: SuggestionBody {
    public static var kind: SuggestionKind { .workGroups }

    /// What was asked for, with pupils as references.
    public struct Request: Sendable, Codable, Hashable {
        public let size: Int
        public let rounds: Int
        public let leaders: WorkGroupRequest.LeaderMode
        public let balanceGender: Bool
        /// Pairs kept apart (`--apart`), each two pupils.
        public let apart: [[SuggestionPupil]]
        /// Pairs kept together (`--together`).
        public let together: [[SuggestionPupil]]
        public let absent: [SuggestionPupil]
        public let search: SuggestionSearchEntry
    }

    /// A positive tie inside a group: `from` named `to`; a mutual pair appears once.
    public struct Tie: Sendable, Codable, Hashable {
        public let from: SuggestionPupil
        public let to: SuggestionPupil
        public let mutual: Bool
    }

    /// One group of a round.
    public struct Group: Sendable, Codable, Hashable {
        /// 1-based, as in the texts and the diagram.
        public let number: Int
        public let size: Int
        public let members: [SuggestionPupil]
        /// The suggested leader (the teacher appoints), or `null`.
        @ExplicitNull public var leader: SuggestionPupil?
        public let ties: [Tie]
        /// Members with no positive tie inside the group.
        public let withoutFriend: [SuggestionPupil]
    }

    /// One grouping of the class.
    public struct Round: Sendable, Codable, Hashable {
        public let round: Int
        /// The objective in three tiers (see `docs/groups.md`): broken safety rules, pupils without a
        /// friend, points.
        public let score: GroupScore
        public let groups: [Group]
        public let unmet: [SuggestionUnmetEntry]
    }

    public let request: Request
    public let sizes: GroupSizes
    /// Pupils named as helpful at least as often as the class average (may lead), or empty.
    public let leaderCandidates: [SuggestionPupil]
    public let rounds: [Round]
    public let notes: [SuggestionNoteEntry]
    /// Whether some wish was not met (the command exits with 1).
    public let needsAttention: Bool

    /// - Complexity: O(*R* · (*n* + *t*)) for *R* rounds and *t* ties inside groups.
    public init(_ result: WorkGroupsResult, request r: WorkGroupRequest, context: SuggestionContext) {
        let ref = context.pupil
        request = Request(
            size: r.size, rounds: r.rounds, leaders: r.leaders, balanceGender: r.balanceGender,
            apart: r.apart.map { [ref($0.a), ref($0.b)] }, together: r.together.map { [ref($0.a), ref($0.b)] },
            absent: r.absent.sorted().map(ref), search: SuggestionSearchEntry(r.limits))
        sizes = result.sizes
        leaderCandidates = result.leaderCandidates.map(ref)
        rounds = result.rounds.map { round in
            Round(
                round: round.round, score: round.score,
                groups: round.groups.enumerated().map { g, group in
                    Group(
                        number: g + 1, size: group.members.count, members: group.members.map(ref),
                        leader: group.leader.map(ref),
                        ties: group.ties.map { Tie(from: ref($0.from), to: ref($0.to), mutual: $0.mutual) },
                        withoutFriend: group.withoutFriend.map(ref))
                },
                unmet: round.unmet.map(context.unmet))
        }
        notes = result.notes.map { context.note($0, for: .workGroups) }
        needsAttention = result.needsAttention
    }
}
