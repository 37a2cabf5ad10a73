extension ReportSupport {
    /// The report's view of the suggestion engine's supporters and support group for one pupil, with
    /// every reason, role, note and reminder already in `language`.
    ///
    /// - Parameters:
    ///   - supporters: ``ClassNetwork/suggestSupporters(for:count:signals:)`` for the pupil.
    ///   - group: ``ClassNetwork/suggestSupportGroup(for:size:signals:)`` for the same pupil.
    ///   - language: the report's language.
    public init(supporters: SupportersResult, group: SupportGroupResult, language: Language) {
        let s = Strings(language)
        var notes: [String] = []
        for note in supporters.notes + group.notes where !notes.contains(s.suggestNote(note)) { notes.append(s.suggestNote(note)) }
        if group.oneSubgroupOnly { notes.append(s.oneSubgroupOnly) }
        let excluded = Set(supporters.excluded.map(\.pupil)).union(group.excluded.map(\.pupil))
        self.init(
            supporters: supporters.supporters.map { Entry(pupil: $0.pupil, reasons: $0.reasons.map(s.reason)) },
            group: group.members.map { Entry(pupil: $0.pupil, reasons: $0.reasons.map(s.reason), role: s.role($0.role)) },
            design: s.supportDesign(group.design), consentReminder: s.consentReminder, notes: notes,
            excludedCount: excluded.count)
    }
}
