/// A short evaluation paragraph for the activity plan (aktivitetsplan): what changed for one pupil
/// between two surveys, in words a teacher can paste into the plan. It names no classmate.
public enum EvaluationText {
    /// The paragraph for `pupil`, called `label` in the text.
    ///
    /// - Complexity: O(1).
    public static func paragraph(
        _ pupil: WaveComparison.PupilChange, label: String, before: String, after: String, language: Language
    ) -> String {
        let s = Strings(language)
        var parts = [s.evaluationHeading(label, before, after)]
        switch pupil.status {
        case .joined:
            parts.append(s.evaluationNotInWave(before))
        case .left:
            parts.append(s.evaluationNotInWave(after))
        case .stayed:
            if let b = pupil.positiveReceived.before, let m = pupil.mutual.before {
                parts.append(s.evaluationWave(before, chosenBy: s.evaluationClassmates(b), mutual: s.evaluationMutual(m)))
            }
            if let a = pupil.positiveReceived.after, let m = pupil.mutual.after {
                parts.append(s.evaluationWave(after, chosenBy: s.evaluationClassmates(a), mutual: s.evaluationMutual(m)))
            }
            if let r = pupil.received { parts.append(s.evaluationTies(new: r.new, lost: r.lost, kept: r.kept)) }
            if let nb = pupil.negativeReceived.before, let na = pupil.negativeReceived.after { parts.append(s.evaluationNegative(nb, na)) }
            parts += conclusions(pupil, s)
            if pupil.respondedBefore == false { parts.append(s.evaluationDidNotAnswer(before)) }
            if pupil.respondedAfter == false { parts.append(s.evaluationDidNotAnswer(after)) }
        }
        parts.append(s.evaluationCaveat)
        return parts.joined(separator: " ")
    }

    /// What changed in words: isolation, mutual ties, the rejected pattern.
    private static func conclusions(_ p: WaveComparison.PupilChange, _ s: Strings) -> [String] {
        let fb = Set(p.flagsBefore ?? []), fa = Set(p.flagsAfter ?? [])
        var out: [String] = []
        switch (fb.contains(.isolated), fa.contains(.isolated)) {
        case (true, false): out.append(s.evaluationNoLongerIsolated)
        case (false, true): out.append(s.evaluationNowIsolated)
        case (true, true): out.append(s.evaluationStillIsolated)
        default: break
        }
        let mb = p.mutual.before ?? 0, ma = p.mutual.after ?? 0
        if mb == 0 && ma > 0 { out.append(s.evaluationGainedMutual) }
        if mb > 0 && ma == 0 { out.append(s.evaluationLostMutual) }
        if mb == 0 && ma == 0 && !fa.contains(.isolated) && p.respondedAfter == true { out.append(s.evaluationStillNoMutual) }
        if p.coieDodgeBefore == .rejected && p.coieDodgeAfter != nil && p.coieDodgeAfter != .rejected { out.append(s.evaluationRejectedBefore) }
        if p.coieDodgeAfter == .rejected && p.coieDodgeBefore != .rejected { out.append(s.evaluationRejectedNow) }
        return out
    }
}
