/// The series evaluation for one pupil, for the activity plan (aktivitetsplan): what the answers showed
/// at each survey, what changed from one survey to the next, and — with `--measure-from` — the surveys
/// before the measure started beside those after it. It describes what the answers show, names no
/// classmate, never labels the pupil, and never says the measure caused a change.
public enum FollowEvaluation {
    /// The paragraph for `document.pupils[pupil]`, called `label` in the text.
    ///
    /// - Complexity: O(*w*) for *w* surveys.
    public static func paragraph(_ document: FollowDocument, pupil index: Int, label: String, language: Language) -> String {
        let s = Strings(language)
        let p = document.pupils[index], waves = document.waves
        let labels = waves.map(\.label)
        var parts = [s.followEvaluationHeading(label, waves: waves.count, first: labels.first ?? "", last: labels.last ?? "")]
        let present = waves.indices.filter { p.responded[$0] != nil }
        // Chosen by r of the classmates who answered that time.
        let chosen = present.compactMap { k in
            p.received[k].map { (label: labels[k], received: $0, of: possibleChoosers(waves[k], p.responded[k] == true)) }
        }
        if !chosen.isEmpty { parts.append(s.followChosenBy(chosen)) }
        let mutual = present.filter { p.received[$0] != nil }.map { s.followCountEntry(labels[$0], p.mutual[$0]) }
        if !mutual.isEmpty { parts.append(s.followMutual(mutual)) }
        let negative = present.filter { p.negativeReceived[$0] != nil }
        if negative.allSatisfy({ p.negativeReceived[$0] == 0 }) {
            if !negative.isEmpty { parts.append(s.followNegativeNone) }
        } else {
            parts.append(s.followNegative(negative.map { s.followCountEntry(labels[$0], p.negativeReceived[$0]) }))
        }
        let absent = waves.indices.filter { p.responded[$0] == nil }.map { labels[$0] }
        if !absent.isEmpty { parts.append(s.followNotInSurveys(absent)) }
        let silent = waves.indices.filter { p.responded[$0] == false }.map { labels[$0] }
        if !silent.isEmpty { parts.append(s.followDidNotAnswer(silent)) }
        let steps = p.steps.compactMap { step in
            step.received.map { s.followStepTies(labels[step.from - 1], labels[step.to - 1], new: $0.new, lost: $0.lost, kept: $0.kept) }
        }
        if !steps.isEmpty { parts.append(s.followStepTiesSentence(steps)) }
        if let m = document.measureFrom {
            parts += measure(p, labels: labels, from: m.wave - 1, s)
            parts.append(s.followEvaluationCaveat)
        } else {
            parts.append(s.followEvaluationCaveatNoMeasure)
        }
        return parts.joined(separator: " ")
    }

    /// Classmates who answered and so could have chosen the pupil.
    private static func possibleChoosers(_ wave: FollowDocument.Wave, _ answered: Bool) -> Int {
        max(0, wave.respondents - (answered ? 1 : 0))
    }

    /// The surveys before the measure started beside those after it.
    private static func measure(_ p: FollowDocument.PupilSeries, labels: [String], from m: Int, _ s: Strings) -> [String] {
        let before = labels.indices.filter { $0 < m && p.received[$0] != nil }
        let after = labels.indices.filter { $0 >= m && p.received[$0] != nil }
        guard !before.isEmpty else { return [] }
        guard !after.isEmpty else { return [s.followNoAnswerAfterMeasure] }
        var out = [s.followBeforeAfter(
            before: before.map { labels[$0] }, after: after.map { labels[$0] },
            chosenBefore: before.compactMap { p.received[$0] }, chosenAfter: after.compactMap { p.received[$0] })]
        let mb = before.compactMap { p.mutual[$0] }, ma = after.compactMap { p.mutual[$0] }
        if !mb.isEmpty && !ma.isEmpty { out.append(s.followBeforeAfterMutual(before: s.followRange(mb), after: s.followRange(ma))) }
        return out
    }
}
