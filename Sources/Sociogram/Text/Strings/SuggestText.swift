/// The fixed texts of the suggestions; the words themselves are in the string table (``Strings``).
public enum SuggestText {
    /// The reminder every supporter or support-group suggestion carries.
    public static func consentReminder(_ language: Language) -> String { Strings(language).consentReminder }

    /// Which support-group design a suggestion follows.
    public static func design(_ design: SupportGroupDesign, _ language: Language) -> String {
        Strings(language).supportDesign(design)
    }
}

extension SuggestNote {
    /// The note in words.
    public func message(_ language: Language) -> String { Strings(language).suggestNote(self) }
}

extension UnmetConstraint {
    /// The unmet wish and its reason in words; `labels[i]` names network pupil `i` (name or code).
    public func message(labels: [String], language: Language) -> String { Strings(language).unmet(self, labels: labels) }
}

extension SupportReason {
    /// The reason in words.
    public func message(_ language: Language) -> String { Strings(language).reason(self) }
}
