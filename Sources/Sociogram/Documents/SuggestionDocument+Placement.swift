/// The `--json` document of `sociogram placement`.
public typealias PlacementDocument = SuggestionDocument<PlacementBody>

/// The fields of a ``PlacementDocument``.
public struct PlacementBody: SuggestionBody {
    public static var kind: SuggestionKind { .placement }

    /// What was asked for, with pupils as references.
    public struct Request: Sendable, Codable, Hashable {
        public let classes: Int
        @ExplicitNull public var maxSize: Int?
        public let balanceGender: Bool
        public let apart: [[SuggestionPupil]]
        public let together: [[SuggestionPupil]]
        public let absent: [SuggestionPupil]
        public let search: SuggestionSearchEntry
    }

    /// How many of a new class's pupils come from one of the current classes.
    public struct Origin: Sendable, Codable, Hashable {
        /// The current class, or `null` for pupils without one.
        @ExplicitNull public var className: String?
        public let pupils: Int
    }

    /// One new class.
    public struct PlacedClassEntry: Sendable, Codable, Hashable {
        /// 1-based, as in the texts and the diagram.
        public let number: Int
        public let size: Int
        public let girls: Int
        public let boys: Int
        /// Members whose gender is other or not known.
        public let otherOrUnknown: Int
        /// Positive nominations between members.
        public let ties: Int
        public let members: [SuggestionPupil]
        /// Members none of whose chosen classmates are in the class.
        public let withoutChosenFriend: [SuggestionPupil]
        /// Where the members come from, by current class (sorted by class name).
        public let fromClasses: [Origin]
    }

    public let request: Request
    public let sizes: GroupSizes
    /// The objective in three tiers (see `docs/groups.md`).
    public let score: GroupScore
    public let classes: [PlacedClassEntry]
    public let unmet: [SuggestionUnmetEntry]
    public let notes: [SuggestionNoteEntry]
    /// Whether some wish was not met (the command exits with 1).
    public let needsAttention: Bool

    /// - Complexity: O(*n* log *n*).
    public init(_ result: PlacementResult, request r: PlacementRequest, context: SuggestionContext) {
        let ref = context.pupil
        let pupils = context.network.pupils
        request = Request(
            classes: r.classes, maxSize: r.maxSize, balanceGender: r.balanceGender,
            apart: r.apart.map { [ref($0.a), ref($0.b)] }, together: r.together.map { [ref($0.a), ref($0.b)] },
            absent: r.absent.sorted().map(ref), search: SuggestionSearchEntry(r.limits))
        sizes = result.sizes
        score = result.score
        classes = result.classes.enumerated().map { c, placed in
            var origin: [String?: Int] = [:]
            for i in placed.members { origin[pupils[i].className, default: 0] += 1 }
            return PlacedClassEntry(
                number: c + 1, size: placed.members.count, girls: placed.girls, boys: placed.boys,
                otherOrUnknown: placed.members.count - placed.girls - placed.boys, ties: placed.ties,
                members: placed.members.map(ref), withoutChosenFriend: placed.withoutChosenFriend.map(ref),
                fromClasses: origin.map { Origin(className: $0.key, pupils: $0.value) }
                    .sorted { ($0.className ?? "\u{10FFFF}") < ($1.className ?? "\u{10FFFF}") })
        }
        unmet = result.unmet.map(context.unmet)
        notes = result.notes.map { context.note($0, for: .placement) }
        needsAttention = result.needsAttention
    }
}
