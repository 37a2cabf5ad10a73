/// The texts of the before/after evaluation, in bokmål and English.
///
/// One small table so that it can move into the report's shared string table as it is. Shareable texts
/// describe rather than label (the brief's "få eller ingen gjensidige valg").
struct CompareStrings: Sendable {
    let language: Language

    private func t(_ nb: String, _ en: String) -> String { language == .nb ? nb : en }

    func heading(_ who: String, _ before: String, _ after: String) -> String {
        t("Evaluering for \(who) (\(before) → \(after)).", "Evaluation for \(who) (\(before) → \(after)).")
    }
    func classmates(_ n: Int) -> String { t(n == 1 ? "1 medelev" : "\(n) medelever", n == 1 ? "1 classmate" : "\(n) classmates") }
    func mutualCount(_ n: Int) -> String {
        t(n == 0 ? "ingen gjensidige valg" : (n == 1 ? "1 gjensidig valg" : "\(n) gjensidige valg"),
          n == 0 ? "no mutual choice" : (n == 1 ? "1 mutual choice" : "\(n) mutual choices"))
    }
    func wave(_ label: String, chosenBy: String, mutual: String) -> String {
        t("Ved kartleggingen \(label) ble eleven valgt av \(chosenBy) og hadde \(mutual).",
          "In the survey \(label) the pupil was chosen by \(chosenBy) and had \(mutual).")
    }
    func ties(new: Int, lost: Int, kept: Int) -> String {
        t("Valg fra medelever som var med begge gangene: \(new) nye, \(lost) falt bort, \(kept) beholdt.",
          "Choices from classmates who took part both times: \(new) new, \(lost) no longer made, \(kept) kept.")
    }
    func negative(_ before: Int, _ after: Int) -> String {
        t("På det negative spørsmålet ble eleven nevnt av \(before) før og \(after) etter.",
          "In the negative question the pupil was named by \(before) before and \(after) after.")
    }
    var noLongerIsolated: String { t("Eleven er ikke lenger uten valg.", "The pupil is no longer unchosen.") }
    var nowIsolated: String { t("Eleven er nå ikke valgt av noen.", "The pupil is now chosen by no one.") }
    var gainedMutual: String { t("Eleven har nå minst ett gjensidig valg.", "The pupil now has at least one mutual choice.") }
    var lostMutual: String { t("Eleven har ikke lenger noe gjensidig valg.", "The pupil no longer has a mutual choice.") }
    var stillIsolated: String {
        t("Eleven er fortsatt ikke valgt av noen; tiltakene bør vurderes på nytt.",
          "The pupil is still chosen by no one; the measures should be reviewed.")
    }
    var stillNoMutual: String {
        t("Eleven har fortsatt få eller ingen gjensidige valg; tiltakene bør vurderes på nytt.",
          "The pupil still has few or no mutual choices; the measures should be reviewed.")
    }
    var rejectedBefore: String {
        t("Før ble eleven nevnt mange ganger på det negative spørsmålet og få ganger på de positive; det gjelder ikke lenger.",
          "Before, the pupil was named often in the negative question and rarely in the positive ones; that is no longer so.")
    }
    var rejectedNow: String {
        t("Eleven blir nå nevnt mange ganger på det negative spørsmålet og få ganger på de positive.",
          "The pupil is now named often in the negative question and rarely in the positive ones.")
    }
    func notInWave(_ label: String) -> String {
        t("Eleven var ikke med i kartleggingen \(label), så det er ingenting å sammenligne med.",
          "The pupil was not in the survey \(label), so there is nothing to compare with.")
    }
    func didNotAnswer(_ label: String) -> String {
        t("Eleven svarte ikke i kartleggingen \(label); egne valg kan derfor ikke sammenlignes.",
          "The pupil did not answer in the survey \(label), so the pupil's own choices cannot be compared.")
    }
    var caveat: String {
        t("Svarene er et øyeblikksbilde av hvordan elevene svarte én dag. Vurder endringen sammen med observasjoner og samtaler med eleven og foreldrene før dere konkluderer om tiltakene har virket.",
          "The answers are a snapshot of how pupils answered on one day. Weigh the change together with observations and conversations with the pupil and the parents before concluding whether the measures worked.")
    }
}
