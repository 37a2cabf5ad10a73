/// The plain-words terminal summary `sociogram analyze` prints: first the pupils who need attention
/// (not chosen, no mutual choice, and — only with a negative question — many negative choices or few
/// choices of any kind), then the class numbers, then the reminder that the data are a snapshot.
/// Descriptions are used rather than labels.
public enum Summary {
    /// The summary as lines of text (no trailing newlines).
    ///
    /// - Parameters:
    ///   - analysis: the analysis.
    ///   - language: bokmål or English.
    ///   - pseudonymised: show codes instead of names.
    /// - Complexity: O(*n* log *n*).
    public static func lines(_ analysis: ClassAnalysis, language: Language = .nb, pseudonymised: Bool = false)
        -> [String]
    {
        let s = Strings(language)
        let net = analysis.network
        let label: (Int) -> String = { pseudonymised ? net.pupils[$0].code : net.pupils[$0].name }
        var out: [String] = []
        out.append(
            s.classLine(
                net.name, pupils: analysis.pupilCount, respondents: analysis.respondentCount,
                rate: s.percent(analysis.responseRate ?? 0)))
        out.append("")
        // Attention first
        let sorted: [(Int, [String])] = analysis.attentionOrder { label($0) < label($1) }.map { i in
            let p = analysis.pupils[i]
            var words: [String] = []
            if p.flags.contains(.isolated) { words.append(s.describeIsolated) }
            if p.flags.contains(.noMutual) { words.append(s.describeNoMutual) }
            if let e = StatusEvidence(analysis, pupil: i) {
                if p.flags.contains(.rejected) { words.append(s.describeRejected(e)) }
                if p.flags.contains(.neglected) { words.append(s.describeNeglected(e)) }
            }
            if !net.pupils[i].responded { words.append(s.describeDidNotAnswer) }
            return (i, words)
        }
        if analysis.positiveMeasures != nil {
            out.append(s.attentionHeading)
            if sorted.isEmpty { out.append("  " + s.nobodyNeedsAttention) }
            for (i, words) in sorted { out.append("  - \(label(i)): " + words.joined(separator: "; ")) }
            if sorted.count > 1 { out.append("  " + s.attentionOrderRule) }
            out.append("")
        }
        for note in analysis.notes { out.append(note.text(language)) }
        if !analysis.notes.isEmpty { out.append("") }
        // Class numbers
        out.append(s.classNumbersHeading)
        if let m = analysis.positiveMeasures {
            out.append(
                "  " + s.ties(
                    density: m.density.map { s.decimal($0) } ?? "–", reciprocity: m.reciprocity.map { s.decimal($0) } ?? "–"))
            out.append("  " + s.subgroups(analysis.subgroups.count))
            if let c = analysis.communities {
                out.append("  " + s.communities(c.members.count, c.modularity.map { s.decimal($0) } ?? "–"))
            }
            let stars = analysis.pupils.filter { $0.flags.contains(.star) }.map { label($0.index) }.sorted()
            if !stars.isEmpty { out.append("  " + s.stars(stars.joined(separator: ", "))) }
            let power = analysis.pupils.filter { $0.flags.contains(.powerPosition) }.map { label($0.index) }.sorted()
            if !power.isEmpty { out.append("  " + s.power(power.joined(separator: ", "))) }
        }
        if analysis.negativeQuestionUsed {
            let counts = CoieDodgeStatus.allCases.map { status in
                "\(s.status(status)) \(analysis.pupils.filter { $0.coieDodge == status }.count)"
            }
            out.append("  " + s.statusLine(counts.joined(separator: ", ")))
        }
        if let g = analysis.genderSplit, let share = g.withinShare, let ei = g.eiIndex {
            out.append("  " + s.genderLine(within: s.percent(share), ei: s.decimal(ei)))
        }
        out.append("")
        out.append(s.caveat)
        return out
    }
}
