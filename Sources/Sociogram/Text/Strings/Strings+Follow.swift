/// Texts of `sociogram follow`: the terminal overview, the charts, the series evaluation for the activity
/// plan, and the command's error messages. Texts describe what the answers show ("valgt av 3 av 24"),
/// never label a pupil, and never say that a measure caused a change: a survey is a snapshot, so a change
/// is described as coming *after* the measure started, not *because of* it.
extension Strings {
    // MARK: Errors

    public func followTooFewWaves(_ n: Int) -> String {
        text(.followTooFewWaves, ["n": n])
    }
    public func followLabelCount(labels: Int, waves: Int) -> String {
        text(.followLabelCount, ["labels": labels, "waves": waves])
    }
    public func followDuplicateLabel(_ label: String) -> String {
        text(.followDuplicateLabel, ["label": quote(label)])
    }
    public func followUnknownWave(_ given: String, labels: [String]) -> String {
        text(.followUnknownWave, ["text": quote(given), "labels": list(labels.map(quote)), "count": labels.count])
    }
    public func followNothingBefore(_ label: String) -> String {
        text(.followNothingBefore, ["label": quote(label)])
    }
    public func followUnknownPupil(_ given: String) -> String {
        text(.followUnknownPupil, ["text": quote(given)])
    }
    public func followAmbiguousPupil(_ given: String, codes: [String]) -> String {
        text(.followAmbiguousPupil, ["text": quote(given), "codes": codes.joined(separator: ", ")])
    }
    public func followAnalysisFailed(_ label: String, _ detail: String) -> String {
        text(.followAnalysisFailed, ["label": quote(label), "detail": detail])
    }

    // MARK: Terminal

    public var followDatesOutOfOrder: String {
        text(.followDatesOutOfOrder)
    }

    public func followHeader(waves: Int, first: String, last: String, pupils: Int) -> String {
        text(.followHeader, ["waves": waves, "first": first, "last": last, "pupils": pupils])
    }
    /// The column headings of the per-survey table.
    public var followTableHeadings: [String] {
        [.followHeadingSurvey, .followHeadingPupils, .followHeadingAnswered, .followHeadingChosenByNone, .followHeadingNoMutual,
         .followHeadingReciprocity, .followHeadingStability].map { text($0) }
    }
    public func followMeasureLine(_ label: String) -> String {
        text(.followMeasureLine, ["label": label])
    }
    public func followStep(_ from: String, _ to: String) -> String { "\(from) → \(to): " }
    public var followOverall: String { text(.followOverall) }
    public var followLinksHeading: String {
        text(.followLinksHeading)
    }
    public func followLink(_ before: String, _ after: String, from: String, to: String, _ method: WaveMatch.Method, gap: Bool) -> String {
        let how = matchMethod(method)
        let names = before == after ? before : "\(before) → \(after)"
        let gapNote = gap ? text(.followLinkGap) : ""
        return "  \(names) (\(how)), \(from) → \(to)\(gapNote)"
    }
    public func followAway(_ label: String) -> String { text(.followAway, ["label": label]) }
    public var followBack: String { text(.followBack) }
    public var followStabilityNote: String {
        text(.followStabilityNote)
    }

    // MARK: Charts

    public var followClassChartTitle: String { text(.followClassChartTitle) }
    public var followChartPupilsAxis: String { text(.followChartPupilsAxis) }
    public var followChartChosenByNone: String { text(.followChartChosenByNone) }
    public var followChartNoMutual: String { text(.followChartNoMutual) }
    public var followChartReciprocity: String { text(.followChartReciprocity) }
    public func followPupilChartTitle(_ who: String) -> String { text(.followPupilChartTitle, ["who": who]) }
    public var followChartChoicesAxis: String { text(.followChartChoicesAxis) }
    public var followChartReceived: String { text(.followChartReceived) }
    public var followChartMutual: String { text(.followChartMutual) }
    public var followChartMeasure: String { text(.followChartMeasure) }
    public var followChartNotInClass: String { text(.followChartNotInClass) }
    public var followChartDidNotAnswer: String { text(.followChartDidNotAnswer) }
    public var followChartCaveat: String {
        text(.followChartCaveat)
    }

    // MARK: Evaluation for the activity plan

    public func followEvaluationHeading(_ who: String, waves: Int, first: String, last: String) -> String {
        text(.followEvaluationHeading, ["who": who, "waves": waves, "first": first, "last": last])
    }
    /// "Chosen by 5 of 25 classmates who answered (autumn), 6 of 24 (winter) and …": one entry per survey
    /// the pupil was in, `of` being the classmates who answered that time.
    public func followChosenBy(_ entries: [(label: String, received: Int, of: Int)]) -> String {
        let parts = entries.enumerated().map { k, e in
            k == 0 ? text(.followChosenByFirst, ["received": e.received, "of": e.of, "label": e.label])
                : text(.followChosenByNext, ["received": e.received, "of": e.of, "label": e.label])
        }
        return text(.followChosenBy, ["parts": list(parts)])
    }
    /// `m (label)`, or `– (label, did not answer)`.
    public func followCountEntry(_ label: String, _ m: Int?) -> String {
        m.map { "\($0) (\(label))" } ?? text(.followCountDidNotAnswer, ["label": label])
    }
    public func followMutual(_ entries: [String]) -> String {
        text(.followMutual, ["entries": list(entries)])
    }
    public var followNegativeNone: String {
        text(.followNegativeNone)
    }
    public func followNegative(_ entries: [String]) -> String {
        text(.followNegative, ["entries": list(entries)])
    }
    public func followNotInSurveys(_ labels: [String]) -> String {
        text(.followNotInSurveys, ["count": labels.count, "labels": list(labels)])
    }
    public func followDidNotAnswer(_ labels: [String]) -> String {
        text(.followDidNotAnswer, ["count": labels.count, "labels": list(labels)])
    }
    public func followStepTies(_ from: String, _ to: String, new: Int, lost: Int, kept: Int) -> String {
        text(.followStepTies, ["from": from, "to": to, "new": new, "lost": lost, "kept": kept])
    }
    public func followStepTiesSentence(_ steps: [String]) -> String {
        text(.followStepTiesSentence, ["steps": steps.joined(separator: "; ")])
    }
    /// A range of counts: `3` or `0–2`.
    public func followRange(_ values: [Int]) -> String {
        guard let lo = values.min(), let hi = values.max() else { return "–" }
        return lo == hi ? "\(lo)" : "\(lo)–\(hi)"
    }
    /// "Before the measure started (autumn) the pupil was chosen by 0–1 classmates; after it started (spring) by 3."
    public func followBeforeAfter(before: [String], after: [String], chosenBefore: [Int], chosenAfter: [Int]) -> String {
        let one = chosenBefore.min() == 1 && chosenBefore.max() == 1
        return text(.followBeforeAfter, ["before": list(before), "chosenBefore": followRange(chosenBefore), "one": one, "after": list(after), "chosenAfter": followRange(chosenAfter)])
    }
    public func followBeforeAfterMutual(before: String, after: String) -> String {
        text(.followBeforeAfterMutual, ["before": before, "after": after])
    }
    public var followNoAnswerAfterMeasure: String {
        text(.followNoAnswerAfterMeasure)
    }
    public var followEvaluationCaveat: String {
        text(.followEvaluationCaveat)
    }
    public var followEvaluationCaveatNoMeasure: String {
        text(.followEvaluationCaveatNoMeasure)
    }

    // MARK: The report's section (`report --earlier`)

    var followSectionTitle: String { text(.followSectionTitle) }
    func followSectionIntro(waves: Int, first: String, last: String) -> String {
        text(.followSectionIntro, ["waves": waves, "first": first, "last": last])
    }
    var followWavesCaption: String { text(.followWavesCaption) }
    var followStepsCaption: String { text(.followStepsCaption) }
    var followStepHeadings: [String] {
        [.followHeadingFromTo, .followHeadingKept, .followHeadingNew, .followHeadingLost, .followHeadingStability].map { text($0) }
    }
    var followClassChartCaption: String {
        text(.followClassChartCaption)
    }
    var followPupilChartCaption: String {
        text(.followPupilChartCaption)
    }
}
