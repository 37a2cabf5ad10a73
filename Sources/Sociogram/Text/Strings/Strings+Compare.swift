/// Texts of `sociogram compare` and of the before/after evaluation paragraph for the activity plan.
/// Shareable texts describe rather than label ("få eller ingen gjensidige valg").
extension Strings {
    /// The default names of the two surveys compared.
    public var compareBeforeLabel: String { text(.compareBeforeLabel) }
    public var compareAfterLabel: String { text(.compareAfterLabel) }
    public func evaluationHeading(_ who: String, _ before: String, _ after: String) -> String {
        text(.evaluationHeading, ["who": who, "before": before, "after": after])
    }
    public func evaluationClassmates(_ n: Int) -> String { text(.evaluationClassmates, ["n": n]) }
    public func evaluationMutual(_ n: Int) -> String { text(.evaluationMutual, ["n": n]) }
    public func evaluationWave(_ label: String, chosenBy: String, mutual: String) -> String {
        text(.evaluationWave, ["label": label, "chosenBy": chosenBy, "mutual": mutual])
    }
    public func evaluationTies(new: Int, lost: Int, kept: Int) -> String {
        text(.evaluationTies, ["new": new, "lost": lost, "kept": kept])
    }
    public func evaluationNegative(_ before: Int, _ after: Int) -> String {
        text(.evaluationNegative, ["before": before, "after": after])
    }
    public var evaluationNoLongerIsolated: String { text(.evaluationNoLongerIsolated) }
    public var evaluationNowIsolated: String { text(.evaluationNowIsolated) }
    public var evaluationGainedMutual: String { text(.evaluationGainedMutual) }
    public var evaluationLostMutual: String { text(.evaluationLostMutual) }
    public var evaluationStillIsolated: String {
        text(.evaluationStillIsolated)
    }
    public var evaluationStillNoMutual: String {
        text(.evaluationStillNoMutual)
    }
    public var evaluationRejectedBefore: String {
        text(.evaluationRejectedBefore)
    }
    public var evaluationRejectedNow: String {
        text(.evaluationRejectedNow)
    }
    public func evaluationNotInWave(_ label: String) -> String {
        text(.evaluationNotInWave, ["label": label])
    }
    public func evaluationDidNotAnswer(_ label: String) -> String {
        text(.evaluationDidNotAnswer, ["label": label])
    }
    public var evaluationCaveat: String {
        text(.evaluationCaveat)
    }

    // Terminal lines of `sociogram compare`.
    /// The two surveys compared, each with its label unless the label is its name (`before.csv` labelled
    /// `before` is written once).
    public func compareHeader(_ before: String, _ beforeLabel: String, _ after: String, _ afterLabel: String, matched: Int) -> String {
        text(.compareHeader, [
            "before": before, "beforeLabel": beforeLabel, "labelledBefore": !Self.sameName(before, beforeLabel),
            "after": after, "afterLabel": afterLabel, "labelledAfter": !Self.sameName(after, afterLabel), "matched": matched,
        ])
    }

    /// Whether a label only repeats a name (`before` for `before.csv`, case and extension aside).
    static func sameName(_ name: String, _ label: String) -> Bool {
        let stem = name.split(separator: "/").last.map { $0.split(separator: ".").first.map(String.init) ?? "" } ?? name
        return stem.lowercased() == label.lowercased() || name.lowercased() == label.lowercased()
    }
    public var compareJoined: String { text(.compareJoined) }
    public var compareLeft: String { text(.compareLeft) }
    public func compareLooseMatch(_ before: String, _ after: String, _ method: WaveMatch.Method) -> String {
        text(.compareLooseMatch) + "\(before) → \(after) (\(matchMethod(method)))"
    }
    /// How two surveys' pupils were matched, in words.
    public func matchMethod(_ method: WaveMatch.Method) -> String {
        switch method {
        case .id: text(.compareLooseMatchId)
        case .exact: text(.compareLooseMatchExact)
        case .normalised: text(.compareLooseMatchNormalised)
        case .firstName: text(.compareLooseMatchFirstName)
        case .closeSpelling: text(.compareLooseMatchCloseSpelling)
        }
    }
    public func compareTies(kept: Int, new: Int, lost: Int, jaccard: Double?) -> String {
        let stability = jaccard.map { decimal($0) } ?? "–"
        return text(.compareTies, ["kept": kept, "new": new, "lost": lost, "stability": stability])
    }
    public var comparePositive: String { text(.comparePositive) }
    public var compareChangedHeading: String {
        text(.compareChangedHeading)
    }
    public func compareChange(_ name: String, chosen: (Int, Int), mutual: (Int, Int)) -> String {
        text(.compareChange, ["name": name, "chosen": chosen.0, "chosen2": chosen.1, "mutual": mutual.0, "mutual2": mutual.1])
    }
}

// The report's section on what changed (`report --before`).
extension Strings {
    var changeTitle: String { text(.changeTitle) }
    func changeIntro(before: String, after: String, matched: Int) -> String {
        text(.changeIntro, ["after": after, "before": before, "matched": matched])
    }
    var changeCaption: String {
        text(.changeCaption)
    }
    var changePupilsCaption: String {
        text(.changePupilsCaption)
    }
    var changeChosenBy: String { text(.changeChosenBy) }
    var changeMutual: String { text(.changeMutual) }
    func changeBeforeAfter(_ before: Int?, _ after: Int?) -> String {
        "\(before.map(String.init) ?? "–") → \(after.map(String.init) ?? "–")"
    }
    var changeNoPupilChanged: String {
        text(.changeNoPupilChanged)
    }
    var changeEvaluationHeading: String { text(.changeEvaluationHeading) }
}

/// Texts of ``CompareError`` and ``AnalysisError``: a `--pupil`, `--lm` or `--ll` that names nobody or
/// several.
extension Strings {
    public func compareError(_ error: CompareError) -> String {
        error.codes.isEmpty
            ? text(.compareErrorUnknownPupil, ["written": error.written])
            : text(.compareErrorAmbiguousPupil, ["written": error.written, "codes": error.codes.joined(separator: ", ")])
    }

    public func analysisError(_ reason: AnalysisError.Reason) -> String {
        switch reason {
        case .unknownQuestion(let option, let written, let questions):
            let list = questions.map { text(.analysisErrorQuestion, ["id": $0.id, "text": $0.text]) }
            return text(.analysisErrorUnknownQuestion, ["option": option, "written": written, "questions": list.joined(separator: ", ")])
        case .ambiguousQuestion(let option, let written, let ids):
            return text(.analysisErrorAmbiguousQuestion, ["option": option, "written": written, "ids": ids.joined(separator: ", ")])
        }
    }
}
