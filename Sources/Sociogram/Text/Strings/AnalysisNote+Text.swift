extension AnalysisNote {
    /// Whether the note is also listed under the document's `warnings`.
    public var isWarning: Bool {
        switch self {
        case .noPositiveQuestion, .unusualQuestion, .noSpread: true
        case .noNegativeQuestion, .nonRespondents, .betweennessSkipped: false
        }
    }

    /// The note in plain words.
    public func text(_ language: Language) -> String { Strings(language).note(self) }
}
