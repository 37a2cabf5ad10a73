/// Why a suggestion could not be made at all. Requests that are merely hard to satisfy are not
/// errors: they come back as ``UnmetConstraint``s. The command line maps this error to exit code 2.
///
/// The error carries what went wrong as data (``reason``); ``message(_:)`` words it in a language
/// (the words are in the string catalogue, `Text/Catalogue/`), ``description`` in English.
public struct SuggestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, for programs; ``reason`` has the details and `message(_:)` says it for people.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The requested group or class size is larger than the number of pupils present.
        case sizeLargerThanClass
        /// A group size below 2 or a class count below 1, a round count below 1, and similar.
        case badOption
        /// The same pair was asked to be both together and apart.
        case contradictoryPairs
        /// Pupils linked by keep-together requests are more than a group may hold.
        case togetherTooLarge
        /// A pupil index or name that is not in the class.
        case unknownPupil
        /// Nobody is left to group (everyone absent).
        case noPupils
        /// The survey has no positive question, so there are no ties to build groups on.
        case noPositiveQuestion
        /// An instance file (JSON) that does not describe a valid grouping problem.
        case badInstance
    }

    /// What went wrong, with the numbers and names the message needs.
    public enum Reason: Sendable, Hashable {
        /// Nobody present to put in groups.
        case noPupilsToGroup
        /// A group size below 2.
        case groupTooSmall(asked: Int)
        /// Groups of `size` from fewer pupils.
        case groupLargerThanClass(size: Int, pupils: Int)
        /// Nobody present to place in classes (or in the groups of a problem).
        case noPupilsToPlace
        /// A class count below 1.
        case noClasses(asked: Int)
        /// More classes than pupils.
        case moreClassesThanPupils(classes: Int, pupils: Int)
        /// `--max-size` too small for everyone.
        case classesTooSmall(pupils: Int, classes: Int, maxSize: Int)
        /// A problem whose group sizes or count make no sense.
        case groupSizesImpossible(min: Int, max: Int, groups: Int)
        /// A problem whose pupils cannot fill its groups.
        case cannotSplit(pupils: Int, groups: Int, min: Int, max: Int)
        /// A problem whose gender list does not have one entry per pupil.
        case genderListLength(entries: Int, pupils: Int)
        /// A problem's tie that names no pupil or has a negative weight (indices as in the problem).
        case badTie(from: Int, to: Int)
        /// A problem's pair that names no pupil (indices as in the problem).
        case badPair(Int, Int)
        /// A problem's leader candidate that is no pupil.
        case badLeader(Int)
        /// Two pupils (as the message names them) asked to be both together and apart.
        case togetherAndApart(String, String)
        /// Pupils (as the message names them) chained by keep-together requests, more than a group holds.
        case togetherTooLarge([String], maxSize: Int)
        /// Keep-together chains that cannot be packed into groups of `min`–`max`.
        case togetherLeavesNoGrouping(min: Int, max: Int)
        /// No positive question: no friendships to place classes by.
        case noPositiveQuestionForPlacement
        /// No positive question: no ties to build groups on.
        case noPositiveQuestionForGroups
        /// A pupil index (`number` is 1-based) that is not in the class, or the grade.
        case pupilNotIn(number: Int, grade: Bool)
        /// A support group of fewer than 2 peers.
        case supportGroupTooSmall(asked: Int)
        /// Fewer than one supporter asked for.
        case noSupporters(asked: Int)
        /// Fewer than one round of groups asked for.
        case noRounds(asked: Int)
        /// Nobody present to seat.
        case noPupilsToSeat
        /// Fewer than one seating rotation asked for.
        case noRotations
        /// A room with fewer seats than pupils.
        case roomTooSmall(room: String, seats: Int, pupils: Int)
        /// Two pupils (as the message names them) fixed to the same seat.
        case sameFixedSeat(String, String, seat: String)
    }

    /// What went wrong, with its details.
    public let reason: Reason

    public init(_ reason: Reason) { self.reason = reason }

    /// What went wrong, for programs.
    public var kind: Kind {
        switch reason {
        case .groupLargerThanClass, .moreClassesThanPupils, .classesTooSmall, .cannotSplit, .roomTooSmall:
            .sizeLargerThanClass
        case .groupTooSmall, .noClasses, .groupSizesImpossible, .supportGroupTooSmall, .noSupporters, .noRounds,
            .noRotations:
            .badOption
        case .togetherAndApart, .sameFixedSeat: .contradictoryPairs
        case .togetherTooLarge, .togetherLeavesNoGrouping: .togetherTooLarge
        case .badPair, .badLeader, .pupilNotIn: .unknownPupil
        case .noPupilsToGroup, .noPupilsToPlace, .noPupilsToSeat: .noPupils
        case .noPositiveQuestionForPlacement, .noPositiveQuestionForGroups: .noPositiveQuestion
        case .genderListLength, .badTie: .badInstance
        }
    }

    /// A message a teacher understands, in `language`.
    public func message(_ language: Language) -> String { Strings(language).suggestError(reason) }

    /// The message in English.
    public var description: String { message(.en) }
}
