import Foundation

/// The one-tailed significance level of the Newcomb–Bukowski chance test.
public enum SignificanceLevel: Double, Sendable, Hashable, Codable, CaseIterable {
    case p10 = 0.10
    case p05 = 0.05
    case p01 = 0.01

    /// Parses `.10`, `0.05`, `0,01`, `10%` …; `nil` for anything else.
    public init?(parsing text: String) {
        var t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        var scale = 1.0
        if t.hasSuffix("%") {
            t.removeLast()
            scale = 0.01
        }
        guard let value = Double(t) else { return nil }
        let v = value * scale
        guard let level = SignificanceLevel.allCases.first(where: { abs($0.rawValue - v) < 1e-9 }) else {
            return nil
        }
        self = level
    }
}

/// Picks a question by id (`q2`), by its whole text, or by a part of its text that only one question has
/// (case-insensitive), as `--lm` and `--ll` do.
public struct QuestionSelector: Sendable, Hashable, ExpressibleByStringLiteral {
    public let text: String

    public init(_ text: String) { self.text = text }
    public init(stringLiteral value: String) { self.text = value }

    /// The index of the selected question.
    ///
    /// - Throws: ``AnalysisError`` when no question or more than one question matches.
    /// - Complexity: O(*q* · *t*) for *q* questions of text length *t*.
    public func resolve(in questions: [Question], option: String) throws(AnalysisError) -> Int {
        let wanted = text.trimmingCharacters(in: .whitespaces)
        if let i = questions.firstIndex(where: { $0.id == wanted }) { return i }
        let folded = wanted.lowercased()
        if let i = questions.firstIndex(where: { $0.text.lowercased() == folded }) { return i }
        let partial = questions.indices.filter { questions[$0].text.lowercased().contains(folded) }
        if partial.count == 1, !folded.isEmpty { return partial[0] }
        if partial.isEmpty || folded.isEmpty {
            throw AnalysisError(.unknownQuestion(option: option, written: text, questions: questions))
        }
        throw AnalysisError(.ambiguousQuestion(option: option, written: text, ids: partial.map { questions[$0].id }))
    }
}

/// What the user chose for the analysis (`--lm`, `--ll`, `--alpha`, `--seed`, …).
public struct AnalysisOptions: Sendable, Hashable {
    /// The liked-most question; `nil` = the first positive question.
    public var lmQuestion: QuestionSelector?
    /// The liked-least question; `nil` = the first negative question (none when the survey has none).
    public var llQuestion: QuestionSelector?
    /// One-tailed significance level of the Newcomb–Bukowski test (default .05).
    public var alpha: SignificanceLevel
    /// Seed of the community detection (Leiden); the same seed gives the same communities.
    public var seed: UInt64
    /// A star has at least this many mutual positive ties (default 3) …
    public var starMinimumMutual: Int
    /// … and at least the class mean plus this many (sample) standard deviations (default 1).
    public var starStandardDeviations: Double
    /// A pupil in a special power position has at most this many mutual ties (default 1).
    public var powerPositionMaximumMutual: Int
    /// Whether to compute betweenness (O(*n m*)); on by default. Very large networks may turn it off.
    public var computeBetweenness: Bool

    public init(
        lmQuestion: QuestionSelector? = nil, llQuestion: QuestionSelector? = nil,
        alpha: SignificanceLevel = .p05, seed: UInt64 = 1, starMinimumMutual: Int = 3,
        starStandardDeviations: Double = 1, powerPositionMaximumMutual: Int = 1, computeBetweenness: Bool = true
    ) {
        self.lmQuestion = lmQuestion
        self.llQuestion = llQuestion
        self.alpha = alpha
        self.seed = seed
        self.starMinimumMutual = starMinimumMutual
        self.starStandardDeviations = starStandardDeviations
        self.powerPositionMaximumMutual = powerPositionMaximumMutual
        self.computeBetweenness = computeBetweenness
    }
}

/// Why an analysis could not be made: only the user's options can cause it (the command line maps it
/// to exit code 2).
public struct AnalysisError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// `--lm`/`--ll` names no question.
        case unknownQuestion
        /// `--lm`/`--ll` fits several questions.
        case ambiguousQuestion
    }

    /// What went wrong, with what the message quotes.
    public enum Reason: Sendable, Hashable {
        /// `option` (`--lm`) was given `written`, which names none of `questions`.
        case unknownQuestion(option: String, written: String, questions: [Question])
        /// `option` was given `written`, which fits the questions `ids`.
        case ambiguousQuestion(option: String, written: String, ids: [String])
    }

    public let reason: Reason

    public init(_ reason: Reason) { self.reason = reason }

    public var kind: Kind {
        switch reason {
        case .unknownQuestion: .unknownQuestion
        case .ambiguousQuestion: .ambiguousQuestion
        }
    }

    /// A message a teacher understands, in `language`.
    public func message(_ language: Language) -> String { Strings(language).analysisError(reason) }

    /// The message in English.
    public var description: String { message(.en) }
}
