/// The plain-text form of a comparison, as `sociogram compare` prints it.
public enum CompareText {
    /// The lines (no trailing newlines) in the given language.
    public static func lines(_ d: WaveComparison, language: Language) -> [String] {
        let s = Strings(language)
        func who(_ r: WaveComparison.PupilRef) -> String { r.name ?? r.code }
        func tieLine(_ t: TieChange) -> String { s.compareTies(kept: t.kept, new: t.new, lost: t.lost, jaccard: t.jaccard) }
        var out = [s.compareHeader(d.before.name, d.before.label, d.after.name, d.after.label, matched: d.matching.matched)]
        if !d.matching.joined.isEmpty { out.append("  " + s.compareJoined + d.matching.joined.map(who).joined(separator: ", ")) }
        if !d.matching.left.isEmpty { out.append("  " + s.compareLeft + d.matching.left.map(who).joined(separator: ", ")) }
        for m in d.matching.loose { out.append("  " + s.compareLooseMatch(who(m.before), who(m.after), m.method)) }
        if let p = d.positive { out.append(s.comparePositive + tieLine(p)) }
        for q in d.questions where d.questions.count > 1 { out.append("  \(q.afterID) \(q.text): " + tieLine(q.ties)) }
        var changedHeading = false
        for p in d.pupils where p.status == .stayed {
            let fb = Set(p.flagsBefore ?? []), fa = Set(p.flagsAfter ?? [])
            guard fb.contains(.isolated) != fa.contains(.isolated) || fb.contains(.noMutual) != fa.contains(.noMutual)
            else { continue }
            if !changedHeading {
                out.append(s.compareChangedHeading)
                changedHeading = true
            }
            out.append(
                "  " + s.compareChange(
                    p.name ?? p.code, chosen: (p.positiveReceived.before ?? 0, p.positiveReceived.after ?? 0),
                    mutual: (p.mutual.before ?? 0, p.mutual.after ?? 0)))
        }
        if let e = d.evaluation {
            out.append("")
            out.append(e.text)
        }
        return out
    }
}
