/// The plain-words terminal form of the suggestions, built from the same documents as `--json`, so the
/// two always agree. Pupils are written with the context's labels (names, initials or codes).
public enum SuggestionText {
    /// Supporters: each classmate with score and reasons, how many were left out (and, in the teacher's
    /// own view, who and why), the data notes, how the ranking is made, and always the consent reminder.
    ///
    /// - Complexity: O(*k* + *e*).
    /// - Parameter hint: a line printed under the number of excluded classmates when they are not
    ///   listed (e.g. how to list them).
    public static func lines(_ doc: SupportersDocument, context: SuggestionContext, hint: String? = nil) -> [String] {
        let s = Strings(context.language), b = doc.body, labels = Labels(context)
        let who = labels[b.pupil]
        var out = [s.supportersLead(who)]
        if b.supporters.isEmpty { out.append("  " + s.nobodyToSuggest) }
        for e in b.supporters {
            out.append("  \(e.rank). \(labels[e.pupil]) (\(s.score(e.score)))\(reasons(e.reasons))")
        }
        out += excluded(b.excluded, who: who, labels, hint: hint, s)
        out += notes(b.notes, s)
        out += ["", s.methodHeading, "  " + b.method, "", b.consentReminder]
        return out
    }

    /// Support group: the design it follows, each member with role and reasons, the notes and always the
    /// consent reminder.
    ///
    /// - Complexity: O(*k* + *e*).
    public static func lines(_ doc: SupportGroupDocument, context: SuggestionContext, hint: String? = nil) -> [String] {
        let s = Strings(context.language), b = doc.body, labels = Labels(context)
        let who = labels[b.pupil]
        var out = [s.supportGroupLead(who, size: b.requestedSize), "  \(s.designLabel) \(b.design.text)", ""]
        if b.members.isEmpty { out.append("  " + s.nobodyToSuggest) }
        for m in b.members {
            out.append("  \(m.position). \(labels[m.pupil]) — \(m.role.text)\(reasons(m.reasons))")
        }
        if !b.members.isEmpty && b.members.count < b.requestedSize {
            out.append("  " + s.fewerThanAsked(b.members.count, b.requestedSize))
        }
        if b.oneSubgroupOnly { out.append("  " + s.oneSubgroupOnly) }
        out += excluded(b.excluded, who: who, labels, hint: hint, s)
        out += notes(b.notes, s)
        out += ["", b.consentReminder]
        return out
    }

    /// Work groups: per round and group the members (leader marked), the ties that hold the group
    /// together and members without a friend; every unmet wish with its reason; absent pupils, leader
    /// candidates, notes, what "best" means and the snapshot reminder.
    ///
    /// - Complexity: O(*R* · (*n* + *t*)).
    public static func lines(_ doc: WorkGroupsDocument, context: SuggestionContext) -> [String] {
        let s = Strings(context.language), b = doc.body, labels = Labels(context)
        let present = b.rounds.first.map { $0.groups.reduce(0) { $0 + $1.size } } ?? 0
        var out = [s.groupsHeading(doc.className, pupils: present, b.sizes)]
        for round in b.rounds {
            out.append("")
            if b.rounds.count > 1 { out.append(s.round(round.round, of: b.rounds.count)) }
            for g in round.groups {
                let names = g.members.map { labels[$0] + ($0 == g.leader ? " " + s.leaderMark : "") }
                out.append("  \(s.group(g.number)): \(names.joined(separator: ", "))")
                let ties = g.ties.map { s.tie(labels[$0.from], labels[$0.to], mutual: $0.mutual) }
                out.append("    \(s.tiesHeading) \(ties.isEmpty ? s.none : ties.joined(separator: ", "))")
                if !g.withoutFriend.isEmpty {
                    out.append("    \(s.withoutFriend) \(g.withoutFriend.map { labels[$0] }.joined(separator: ", "))")
                }
            }
            out += unmet(round.unmet, allMet: s.allMetGroups, s)
            out.append("  " + s.points(round.score))
        }
        out.append("")
        if !b.request.absent.isEmpty { out.append(s.absent(b.request.absent.map { labels[$0] }.joined(separator: ", "))) }
        if !b.leaderCandidates.isEmpty {
            let names = b.leaderCandidates.map { labels[$0] }.joined(separator: ", ")
            out.append(b.request.leaders == .chosen ? s.chosenLeaders(names) : s.leaderCandidates(names))
        }
        out += notes(b.notes, s)
        out += ["", s.objectiveGroups, doc.caveat]
        return out
    }

    /// Placement: per new class its size, girls and boys, ties inside, where the pupils come from, the
    /// members and those without a chosen friend; every unmet wish; notes and the snapshot reminder.
    ///
    /// - Complexity: O(*n*).
    public static func lines(_ doc: PlacementDocument, context: SuggestionContext) -> [String] {
        let s = Strings(context.language), b = doc.body, labels = Labels(context)
        let present = b.classes.reduce(0) { $0 + $1.size }
        var out = [s.placementHeading(doc.className, pupils: present, b.sizes)]
        for c in b.classes {
            out.append("")
            out.append(
                "  " + s.placedClass(c.number, size: c.size, girls: c.girls, boys: c.boys, other: c.otherOrUnknown, ties: c.ties))
            let origin = c.fromClasses.map { "\($0.className ?? s.noClass) \($0.pupils)" }.joined(separator: ", ")
            out.append("    " + s.fromClasses(origin))
            out.append("    \(s.pupilsHeading) \(c.members.map { labels[$0] }.joined(separator: ", "))")
            if !c.withoutChosenFriend.isEmpty {
                out.append("    \(s.withoutChosenFriend) \(c.withoutChosenFriend.map { labels[$0] }.joined(separator: ", "))")
            }
        }
        out.append("")
        out += unmet(b.unmet, allMet: s.allMetPlacement, s)
        out.append("  " + s.points(b.score, placement: true))
        if !b.request.absent.isEmpty {
            out.append("")
            out.append(s.absent(b.request.absent.map { labels[$0] }.joined(separator: ", ")))
        }
        out += notes(b.notes, s)
        out += ["", s.objectivePlacement, doc.caveat]
        return out
    }

    // MARK: shared pieces

    /// Labels by pupil reference (the documents carry references, the texts use the chosen labels).
    private struct Labels {
        let byID: [String: String]
        init(_ context: SuggestionContext) {
            var map: [String: String] = [:]
            for (i, p) in context.network.pupils.enumerated() where map[p.id] == nil { map[p.id] = context.labels[i] }
            byID = map
        }
        subscript(_ p: SuggestionPupil) -> String { byID[p.id] ?? p.name }
    }

    private static func reasons(_ reasons: [SuggestionReasonEntry]) -> String {
        reasons.isEmpty ? "" : ": " + reasons.map(\.text).joined(separator: "; ")
    }

    private static func excluded(
        _ e: SuggestionExcluded, who: String, _ labels: Labels, hint: String?, _ s: Strings
    ) -> [String] {
        guard e.count > 0 else { return [] }
        var out = ["", s.excludedCount(e.count, who, often: e.namedNegativelyOften > 0)]
        if e.pupils == nil, let hint { out.append("  " + hint) }
        if let pupils = e.pupils {
            out.append(s.excludedOwnView)
            for p in pupils { out.append("  - \(labels[p.pupil]): \(p.text)") }
        }
        return out
    }

    private static func notes(_ notes: [SuggestionNoteEntry], _ s: Strings) -> [String] {
        guard !notes.isEmpty else { return [] }
        return ["", s.notesHeading] + notes.map { "  - " + $0.text }
    }

    private static func unmet(_ unmet: [SuggestionUnmetEntry], allMet: String, _ s: Strings) -> [String] {
        guard !unmet.isEmpty else { return ["  " + allMet] }
        return ["  " + s.unmetHeading] + unmet.map { "    - " + $0.text }
    }
}
