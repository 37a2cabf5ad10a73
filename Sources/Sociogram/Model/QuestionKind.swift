/// What a survey question measures, which decides how the analysis uses it.
public enum QuestionKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Liked, wants to be with, wants to work with.
    case positive
    /// Would rather not be with. Analysed only when the survey has such a question.
    case negative
    /// Helps others, is kind, includes others.
    case prosocial
    /// Decides most, is listened to.
    case influence
    /// Kept in the network but not analysed.
    case other
}

/// How a question's kind was decided, so `inspect` can say so.
public enum KindSource: String, Sendable, Hashable, Codable {
    /// Guessed from the question text.
    case guessed
    /// Set by the user with `--question TEXT-OR-ID=kind`.
    case userSet
    /// Nothing in the text matched; the default (`positive`) was used.
    case defaulted
}
