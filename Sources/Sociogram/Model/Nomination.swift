/// One choice: pupil `from` named pupil `to` in answer to question `question`.
///
/// Pupils and questions are referred to by their index in the owning ``ClassNetwork``.
public struct Nomination: Sendable, Hashable, Codable {
    /// Index of the pupil who made the choice.
    public let from: Int
    /// Index of the pupil who was chosen.
    public let to: Int
    /// Index of the question.
    public let question: Int
    /// The rank the respondent gave (1 = first choice), when the survey ranks choices.
    public let rank: Int?

    public init(from: Int, to: Int, question: Int, rank: Int? = nil) {
        self.from = from
        self.to = to
        self.question = question
        self.rank = rank
    }
}
