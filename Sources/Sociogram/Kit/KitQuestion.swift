/// A question the kit sets up: one of the kinds the analysis uses. There is deliberately no negative
/// case: the kit only describes a negative question, behind a warning (see `docs/kit.md`).
public enum KitQuestion: String, Sendable, Hashable, CaseIterable {
    /// Whom the pupil would most like to be with (always asked, always first).
    case positive
    /// Who helps others.
    case prosocial
    /// Who decides the most.
    case influence

    /// Parses `--questions` (`positive,prosocial,influence`, in any order, commas or spaces). The positive
    /// question is always included and always first; the others keep the kit's order; repeats count once.
    ///
    /// - Throws: ``KitError/negativeQuestion`` for `negative`, ``KitError/unknownQuestion(_:)`` for
    ///   anything else that is not a kind.
    public static func list(parsing text: String) throws(KitError) -> [KitQuestion] {
        var wanted: Set<KitQuestion> = [.positive]
        for part in text.split(whereSeparator: { $0 == "," || $0 == " " }) {
            let word = part.lowercased()
            if let kind = KitQuestion(rawValue: word) {
                wanted.insert(kind)
            } else if word == "negative" {
                throw .negativeQuestion
            } else {
                throw .unknownQuestion(String(part))
            }
        }
        return allCases.filter(wanted.contains)
    }

    /// The analysis kind the importer guesses from ``text(_:)``.
    public var kind: QuestionKind {
        switch self {
        case .positive: .positive
        case .prosocial: .prosocial
        case .influence: .influence
        }
    }

    /// The question as the pupils read it.
    func text(_ s: Strings) -> String {
        switch self {
        case .positive: s.kitQuestionPositive
        case .prosocial: s.kitQuestionProsocial
        case .influence: s.kitQuestionInfluence
        }
    }

    /// What the question measures, as a heading.
    func title(_ s: Strings) -> String {
        switch self {
        case .positive: s.kitKindPositive
        case .prosocial: s.kitKindProsocial
        case .influence: s.kitKindInfluence
        }
    }

    /// Why the question is asked.
    func why(_ s: Strings) -> String {
        switch self {
        case .positive: s.kitWhyPositive
        case .prosocial: s.kitWhyProsocial
        case .influence: s.kitWhyInfluence
        }
    }
}
