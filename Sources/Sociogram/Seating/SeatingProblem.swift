/// A seating problem, independent of the survey: pupils `0..<count` with their choices, the pairs that
/// must never be neighbours, fixed seats, and the signals the soft goals use. See `docs/seating.md`.
public struct SeatingProblem: Sendable, Hashable {
    /// Where a fixed pupil must sit.
    public enum Fixed: Sendable, Hashable {
        /// This seat (a ``Room/Seat`` index).
        case seat(Int)
        /// Any seat in the row nearest the board.
        case front
    }

    public var count: Int
    /// `choices[i]`: whom pupil `i` chose in a positive question.
    public var choices: [[Int]]
    /// How many distinct classmates chose each pupil (for the least-chosen weighting).
    public var received: [Int]
    /// Pairs that must not be neighbours of any kind (teacher's `--apart`, optionally negative choices).
    public var apart: [GroupingProblem.Pair]
    /// Pairs that must sit beside each other: at one table or next to each other in a row (the page's
    /// «keep together»).
    public var together: [GroupingProblem.Pair]
    /// Fixed seats by pupil.
    public var fixed: [Int: Fixed]
    /// Pupils named as prosocial by at least two classmates and liked above average (zSP > 0); empty
    /// without a prosocial question.
    public var supporters: Set<Int>
    /// Genders, for the optional mix at tables.
    public var genders: [Gender?]
    public var mixGender: Bool
    /// Desk-mate pairs from earlier rotations, with how often.
    public var earlierDeskMates: [GroupingProblem.Pair: Int]

    public init(
        count: Int, choices: [[Int]], received: [Int], apart: [GroupingProblem.Pair] = [], fixed: [Int: Fixed] = [:],
        supporters: Set<Int> = [], genders: [Gender?]? = nil, mixGender: Bool = false,
        earlierDeskMates: [GroupingProblem.Pair: Int] = [:], together: [GroupingProblem.Pair] = []
    ) {
        self.count = count
        self.choices = choices
        self.received = received
        self.apart = apart
        self.together = together
        self.fixed = fixed
        self.supporters = supporters
        self.genders = genders ?? Array(repeating: nil, count: count)
        self.mixGender = mixGender
        self.earlierDeskMates = earlierDeskMates
    }

    /// Whether pupil `i` is one the plan seeks a supporter for: chosen by at most one classmate.
    func wantsSupporter(_ i: Int) -> Bool { !supporters.isEmpty && received[i] <= 1 && !supporters.contains(i) }
}
