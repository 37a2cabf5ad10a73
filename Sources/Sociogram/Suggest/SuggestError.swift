/// Why a suggestion could not be made at all. Requests that are merely hard to satisfy are not
/// errors: they come back as ``UnmetConstraint``s. The command line maps this error to exit code 2.
public struct SuggestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, for programs; `message` says it for people.
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

    public let kind: Kind
    /// A message a teacher understands, in English.
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
