/// One question of the survey ("Hvem vil du helst være sammen med i friminuttene?").
public struct Question: Sendable, Hashable, Codable, Identifiable {
    /// A short stable identifier: `q1`, `q2`, … for form exports, or the label used in an edge list.
    public let id: String
    /// The question text as the survey showed it (without choice suffixes like `[Valg 1]`).
    public let text: String
    /// What the question measures.
    public let kind: QuestionKind
    /// Whether the kind was guessed, set by the user, or defaulted.
    public let kindSource: KindSource

    public init(id: String, text: String, kind: QuestionKind, kindSource: KindSource = .guessed) {
        self.id = id
        self.text = text
        self.kind = kind
        self.kindSource = kindSource
    }

    /// A copy with another kind, e.g. after `--question q2=negative`.
    public func with(kind: QuestionKind, source: KindSource) -> Question {
        Question(id: id, text: text, kind: kind, kindSource: source)
    }
}
