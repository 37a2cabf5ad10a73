/// Texts of `sociogram compare` and of the before/after evaluation paragraph for the activity plan.
/// Shareable texts describe rather than label ("få eller ingen gjensidige valg").
extension Strings {
    public func evaluationHeading(_ who: String, _ before: String, _ after: String) -> String {
        t("Evaluering for \(who) (\(before) → \(after)).", "Evaluation for \(who) (\(before) → \(after)).")
    }
    public func evaluationClassmates(_ n: Int) -> String { t(n == 1 ? "1 medelev" : "\(n) medelever", n == 1 ? "1 classmate" : "\(n) classmates") }
    public func evaluationMutual(_ n: Int) -> String {
        t(n == 0 ? "ingen gjensidige valg" : (n == 1 ? "1 gjensidig valg" : "\(n) gjensidige valg"),
          n == 0 ? "no mutual choice" : (n == 1 ? "1 mutual choice" : "\(n) mutual choices"))
    }
    public func evaluationWave(_ label: String, chosenBy: String, mutual: String) -> String {
        t("Ved kartleggingen \(label) ble eleven valgt av \(chosenBy) og hadde \(mutual).",
          "In the survey \(label) the pupil was chosen by \(chosenBy) and had \(mutual).")
    }
    public func evaluationTies(new: Int, lost: Int, kept: Int) -> String {
        t("Valg fra medelever som var med begge gangene: \(new) \(new == 1 ? "ny" : "nye"), \(lost) falt bort, \(kept) beholdt.",
          "Choices from classmates who took part both times: \(new) new, \(lost) no longer made, \(kept) kept.")
    }
    public func evaluationNegative(_ before: Int, _ after: Int) -> String {
        t("På det negative spørsmålet ble eleven nevnt av \(before) før og \(after) etter.",
          "In the negative question the pupil was named by \(before) before and \(after) after.")
    }
    public var evaluationNoLongerIsolated: String { t("Eleven er ikke lenger uten valg.", "The pupil is no longer unchosen.") }
    public var evaluationNowIsolated: String { t("Eleven er nå ikke valgt av noen.", "The pupil is now chosen by no one.") }
    public var evaluationGainedMutual: String { t("Eleven har nå minst ett gjensidig valg.", "The pupil now has at least one mutual choice.") }
    public var evaluationLostMutual: String { t("Eleven har ikke lenger noe gjensidig valg.", "The pupil no longer has a mutual choice.") }
    public var evaluationStillIsolated: String {
        t("Eleven er fortsatt ikke valgt av noen; tiltakene bør vurderes på nytt.",
          "The pupil is still chosen by no one; the measures should be reviewed.")
    }
    public var evaluationStillNoMutual: String {
        t("Eleven har fortsatt få eller ingen gjensidige valg; tiltakene bør vurderes på nytt.",
          "The pupil still has few or no mutual choices; the measures should be reviewed.")
    }
    public var evaluationRejectedBefore: String {
        t("Før ble eleven nevnt mange ganger på det negative spørsmålet og få ganger på de positive; det gjelder ikke lenger.",
          "Before, the pupil was named often in the negative question and rarely in the positive ones; that is no longer so.")
    }
    public var evaluationRejectedNow: String {
        t("Eleven blir nå nevnt mange ganger på det negative spørsmålet og få ganger på de positive.",
          "The pupil is now named often in the negative question and rarely in the positive ones.")
    }
    public func evaluationNotInWave(_ label: String) -> String {
        t("Eleven var ikke med i kartleggingen \(label), så det er ingenting å sammenligne med.",
          "The pupil was not in the survey \(label), so there is nothing to compare with.")
    }
    public func evaluationDidNotAnswer(_ label: String) -> String {
        t("Eleven svarte ikke i kartleggingen \(label); egne valg kan derfor ikke sammenlignes.",
          "The pupil did not answer in the survey \(label), so the pupil's own choices cannot be compared.")
    }
    public var evaluationCaveat: String {
        t("Svarene er et øyeblikksbilde av hvordan elevene svarte én dag. Vurder endringen sammen med observasjoner og samtaler med eleven og foreldrene før dere konkluderer om tiltakene har virket.",
          "The answers are a snapshot of how pupils answered on one day. Weigh the change together with observations and conversations with the pupil and the parents before concluding whether the measures worked.")
    }

    // Terminal lines of `sociogram compare`.
    public func compareHeader(_ before: String, _ beforeLabel: String, _ after: String, _ afterLabel: String, matched: Int) -> String {
        t("\(before) (\(beforeLabel)) → \(after) (\(afterLabel)): \(matched) elever i begge.",
          "\(before) (\(beforeLabel)) → \(after) (\(afterLabel)): \(matched) pupils in both.")
    }
    public var compareJoined: String { t("Nye i klassen: ", "Joined: ") }
    public var compareLeft: String { t("Har sluttet: ", "Left: ") }
    public func compareLooseMatch(_ before: String, _ after: String, _ method: WaveMatch.Method) -> String {
        t("Koblet løst (sjekk): ", "Matched loosely (check): ") + "\(before) → \(after) (\(matchMethod(method)))"
    }
    /// How two surveys' pupils were matched, in words.
    public func matchMethod(_ method: WaveMatch.Method) -> String {
        switch method {
        case .id: t("samme id", "same id")
        case .exact: t("samme navn", "same name")
        case .normalised: t("uten hensyn til store/små bokstaver, mellomrom og aksenter", "ignoring case, spaces and accents")
        case .firstName: t("eneste med dette fornavnet", "unique first name")
        case .closeSpelling: t("nesten lik stavemåte", "close spelling")
        }
    }
    public func compareTies(kept: Int, new: Int, lost: Int, jaccard: Double?) -> String {
        let stability = jaccard.map { decimal($0) } ?? "–"
        return t(
            "\(kept) beholdt, \(new) \(new == 1 ? "ny" : "nye"), \(lost) falt bort; stabilitet (Jaccard) \(stability)",
            "\(kept) kept, \(new) new, \(lost) lost; stability (Jaccard) \(stability)")
    }
    public var comparePositive: String { t("Positive valg: ", "Positive choices: ") }
    public var compareChangedHeading: String {
        t("Elever der det har endret seg om de er valgt / har gjensidige valg:", "Pupils whose unchosen / no-mutual situation changed:")
    }
    public func compareChange(_ name: String, chosen: (Int, Int), mutual: (Int, Int)) -> String {
        t("\(name): valgt av \(chosen.0) → \(chosen.1), gjensidige valg \(mutual.0) → \(mutual.1)",
          "\(name): chosen by \(chosen.0) → \(chosen.1), mutual \(mutual.0) → \(mutual.1)")
    }
}

// The report's section on what changed (`report --before`).
extension Strings {
    var changeTitle: String { t("Endring siden forrige kartlegging", "Change since the earlier survey") }
    func changeIntro(before: String, after: String, matched: Int) -> String {
        t("Denne kartleggingen (\(after)) sammenlignet med den forrige (\(before)): \(matched) elever var med begge gangene. "
            + "Et valg teller som nytt, falt bort eller beholdt bare når eleven som valgte, svarte begge gangene.",
          "This survey (\(after)) compared with the earlier one (\(before)): \(matched) pupils took part both times. "
            + "A choice counts as new, lost or kept only when the pupil who chose answered both times.")
    }
    var changeCaption: String {
        t("Endringssosiogram: nye valg grønne, valg som falt bort røde og stiplet, beholdte valg svarte.",
          "Difference sociogram: new choices green, lost choices red and dashed, kept choices black.")
    }
    var changePupilsCaption: String {
        t("Elever der antall valg mottatt eller gjensidige valg har endret seg (før → etter)",
          "Pupils whose choices received or mutual choices changed (before → after)")
    }
    var changeChosenBy: String { t("Valgt av", "Chosen by") }
    var changeMutual: String { t("Gjensidige valg", "Mutual choices") }
    func changeBeforeAfter(_ before: Int?, _ after: Int?) -> String {
        "\(before.map(String.init) ?? "–") → \(after.map(String.init) ?? "–")"
    }
    var changeNoPupilChanged: String {
        t("Ingen elev har fått flere eller færre valg eller gjensidige valg.", "No pupil received more or fewer choices or mutual choices.")
    }
    var changeEvaluationHeading: String { t("Evaluering til aktivitetsplanen", "Evaluation for the activity plan") }
}
