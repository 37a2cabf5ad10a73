/// Texts of `sociogram follow`: the terminal overview, the charts, the series evaluation for the activity
/// plan, and the command's error messages. Texts describe what the answers show ("valgt av 3 av 24"),
/// never label a pupil, and never say that a measure caused a change: a survey is a snapshot, so a change
/// is described as coming *after* the measure started, not *because of* it.
extension Strings {
    // MARK: Errors

    public func followTooFewWaves(_ n: Int) -> String {
        t("follow trenger minst to kartlegginger (fikk \(n)).", "follow needs at least two surveys (got \(n)).")
    }
    public func followLabelCount(labels: Int, waves: Int) -> String {
        t("--wave-label er gitt \(labels) \(labels == 1 ? "gang" : "ganger"), men det er \(waves) kartlegginger; gi én per kartlegging, i samme rekkefølge.",
          "--wave-label was given \(labels) \(labels == 1 ? "time" : "times") but there are \(waves) surveys; give one per survey, in the same order.")
    }
    public func followDuplicateLabel(_ label: String) -> String {
        t("--wave-label \(quote(label)) er gitt to ganger; hver kartlegging trenger sitt eget navn.",
          "--wave-label \(quote(label)) is given twice; each survey needs a name of its own.")
    }
    public func followUnknownWave(_ text: String, labels: [String]) -> String {
        t("--measure-from \(quote(text)): ingen kartlegging heter det; skriv navnet (\(list(labels.map(quote)))) eller nummeret (1–\(labels.count)).",
          "--measure-from \(quote(text)): no survey has this name; write its name (\(list(labels.map(quote)))) or its number (1–\(labels.count)).")
    }
    public func followNothingBefore(_ label: String) -> String {
        t("--measure-from \(quote(label)) er den første kartleggingen; velg den første kartleggingen etter at tiltaket startet, slik at minst én kommer før.",
          "--measure-from \(quote(label)) is the first survey; choose the first survey after the measure started, so that at least one comes before it.")
    }
    public func followUnknownPupil(_ text: String) -> String {
        t("--pupil \(quote(text)): ingen elev i noen av kartleggingene har dette navnet, id-en eller koden.",
          "--pupil \(quote(text)): no pupil of any of the surveys has this name, id or code.")
    }
    public func followAmbiguousPupil(_ text: String, codes: [String]) -> String {
        t("--pupil \(quote(text)) passer til flere elever (\(codes.joined(separator: ", "))); skriv hele navnet, id-en eller koden.",
          "--pupil \(quote(text)) fits several pupils (\(codes.joined(separator: ", "))); write the full name, the id or the code.")
    }
    public func followAnalysisFailed(_ label: String, _ detail: String) -> String {
        t("Kartleggingen \(quote(label)): \(detail)", "The survey \(quote(label)): \(detail)")
    }

    // MARK: Terminal

    public var followDatesOutOfOrder: String {
        t("Merk: datoene i kartleggingene er ikke i den rekkefølgen filene er gitt; follow tar rekkefølgen på kommandolinjen som tidsrekkefølge.",
          "Note: the surveys' dates are not in the order the files were given; follow takes the order on the command line as time order.")
    }

    public func followHeader(waves: Int, first: String, last: String, pupils: Int) -> String {
        t("Oppfølging over \(waves) kartlegginger (\(first) → \(last)): \(pupils) elever var med minst én gang.",
          "Follow-up over \(waves) surveys (\(first) → \(last)): \(pupils) pupils took part at least once.")
    }
    /// The column headings of the per-survey table.
    public var followTableHeadings: [String] {
        nb ? ["Kartlegging", "Elever", "Svarte", "Ingen valgte", "Uten gjensidig", "Gjensidighet", "Stabilitet"]
            : ["Survey", "Pupils", "Answered", "Chosen by none", "No mutual", "Reciprocity", "Stability"]
    }
    public func followMeasureLine(_ label: String) -> String {
        t("Tiltaket startet før kartleggingen \(label).", "The measure started before the survey \(label).")
    }
    public func followStep(_ from: String, _ to: String) -> String { "\(from) → \(to): " }
    public var followOverall: String { t("Første → siste: ", "First → last: ") }
    public var followLinksHeading: String {
        t("Elever koblet mellom kartleggingene – sjekk at det er samme elev:", "Pupils matched between surveys – check that each is the same pupil:")
    }
    public func followLink(_ before: String, _ after: String, from: String, to: String, _ method: WaveMatch.Method, gap: Bool) -> String {
        let how = matchMethod(method)
        let names = before == after ? before : "\(before) → \(after)"
        let gapNote = gap ? t(", ikke med i kartleggingene mellom", ", not in the surveys in between") : ""
        return "  \(names) (\(how)), \(from) → \(to)\(gapNote)"
    }
    public func followAway(_ label: String) -> String { t("Ikke med i \(label) (med senere): ", "Not in \(label) (back later): ") }
    public var followBack: String { t("Med igjen etter å ha vært borte: ", "Back after being away: ") }
    public var followStabilityNote: String {
        t("Stabilitet (Jaccard) = beholdte valg / (beholdte + nye + falt bort), for elever som var med og svarte begge gangene.",
          "Stability (Jaccard) = kept choices / (kept + new + lost), over pupils present and answering both times.")
    }

    // MARK: Charts

    public var followClassChartTitle: String { t("Klassen over tid", "The class over time") }
    public var followChartPupilsAxis: String { t("elever", "pupils") }
    public var followChartChosenByNone: String { t("Elever ingen valgte", "Pupils nobody chose") }
    public var followChartNoMutual: String { t("Elever uten gjensidige valg", "Pupils without a mutual choice") }
    public var followChartReciprocity: String { t("Gjensidighet (andel valg som ble gjengjeldt)", "Reciprocity (share of choices returned)") }
    public func followPupilChartTitle(_ who: String) -> String { t("\(who) over tid", "\(who) over time") }
    public var followChartChoicesAxis: String { t("valg", "choices") }
    public var followChartReceived: String { t("Valgt av (medelever)", "Chosen by (classmates)") }
    public var followChartMutual: String { t("Gjensidige valg", "Mutual choices") }
    public var followChartMeasure: String { t("tiltaket startet", "measure started") }
    public var followChartNotInClass: String { t("ikke med", "not in the survey") }
    public var followChartDidNotAnswer: String { t("svarte ikke", "did not answer") }
    public var followChartCaveat: String {
        t("Hver kartlegging er et øyeblikksbilde av svarene den dagen.", "Each survey is a snapshot of that day's answers.")
    }

    // MARK: Evaluation for the activity plan

    public func followEvaluationHeading(_ who: String, waves: Int, first: String, last: String) -> String {
        t("Oppfølging for \(who) over \(waves) kartlegginger (\(first) → \(last)).",
          "Follow-up for \(who) over \(waves) surveys (\(first) → \(last)).")
    }
    /// "Chosen by 5 of 25 classmates who answered (autumn), 6 of 24 (winter) and …": one entry per survey
    /// the pupil was in, `of` being the classmates who answered that time.
    public func followChosenBy(_ entries: [(label: String, received: Int, of: Int)]) -> String {
        let parts = entries.enumerated().map { k, e in
            k == 0 ? t("\(e.received) av \(e.of) medelever som svarte (\(e.label))", "\(e.received) of \(e.of) classmates who answered (\(e.label))")
                : t("\(e.received) av \(e.of) (\(e.label))", "\(e.received) of \(e.of) (\(e.label))")
        }
        return t("Eleven ble valgt av \(list(parts)).", "The pupil was chosen by \(list(parts)).")
    }
    /// `m (label)`, or `– (label, did not answer)`.
    public func followCountEntry(_ label: String, _ m: Int?) -> String {
        m.map { "\($0) (\(label))" } ?? t("– (\(label), svarte ikke)", "– (\(label), did not answer)")
    }
    public func followMutual(_ entries: [String]) -> String {
        t("Gjensidige valg: \(list(entries)).", "Mutual choices: \(list(entries)).")
    }
    public var followNegativeNone: String {
        t("Ingen nevnte eleven på det negative spørsmålet.", "Nobody named the pupil in the negative question.")
    }
    public func followNegative(_ entries: [String]) -> String {
        t("Nevnt på det negative spørsmålet: \(list(entries)).", "Named in the negative question: \(list(entries)).")
    }
    public func followNotInSurveys(_ labels: [String]) -> String {
        t("Eleven var ikke med i \(labels.count == 1 ? "kartleggingen" : "kartleggingene") \(list(labels)).",
          "The pupil was not in the \(labels.count == 1 ? "survey" : "surveys") \(list(labels)).")
    }
    public func followDidNotAnswer(_ labels: [String]) -> String {
        t("Eleven svarte ikke i \(labels.count == 1 ? "kartleggingen" : "kartleggingene") \(list(labels)); elevens egne valg er ukjente der, ikke null.",
          "The pupil did not answer in the \(labels.count == 1 ? "survey" : "surveys") \(list(labels)); the pupil's own choices are unknown there, not zero.")
    }
    public func followStepTies(_ from: String, _ to: String, new: Int, lost: Int, kept: Int) -> String {
        t("fra \(from) til \(to): \(new) \(new == 1 ? "nytt" : "nye"), \(lost) falt bort og \(kept) beholdt",
          "from \(from) to \(to): \(new) new, \(lost) no longer made and \(kept) kept")
    }
    public func followStepTiesSentence(_ steps: [String]) -> String {
        t("Valg eleven fikk fra medelever som var med og svarte begge gangene: \(steps.joined(separator: "; ")).",
          "Choices the pupil received from classmates present and answering both times: \(steps.joined(separator: "; ")).")
    }
    /// A range of counts: `3` or `0–2`.
    public func followRange(_ values: [Int]) -> String {
        guard let lo = values.min(), let hi = values.max() else { return "–" }
        return lo == hi ? "\(lo)" : "\(lo)–\(hi)"
    }
    /// "Before the measure started (autumn) the pupil was chosen by 0–1 classmates; after it started (spring) by 3."
    public func followBeforeAfter(before: [String], after: [String], chosenBefore: [Int], chosenAfter: [Int]) -> String {
        let one = chosenBefore.min() == 1 && chosenBefore.max() == 1
        return t("Før tiltaket startet (\(list(before))) ble eleven valgt av \(followRange(chosenBefore)) \(one ? "medelev" : "medelever"); etter at tiltaket startet (\(list(after))) av \(followRange(chosenAfter)).",
          "Before the measure started (\(list(before))) the pupil was chosen by \(followRange(chosenBefore)) \(one ? "classmate" : "classmates"); after the measure started (\(list(after))) by \(followRange(chosenAfter)).")
    }
    public func followBeforeAfterMutual(before: String, after: String) -> String {
        t("Gjensidige valg før: \(before); etter: \(after).", "Mutual choices before: \(before); after: \(after).")
    }
    public var followNoAnswerAfterMeasure: String {
        t("Eleven var ikke med eller svarte ikke i noen kartlegging etter at tiltaket startet.",
          "The pupil was not in, or did not answer, any survey after the measure started.")
    }
    public var followEvaluationCaveat: String {
        t("Svarene er øyeblikksbilder av hvordan elevene svarte de dagene kartleggingene ble gjort. At noe endret seg etter at tiltaket startet, viser ikke at tiltaket var årsaken; vurder endringen sammen med observasjoner og samtaler med eleven og foreldrene.",
          "The answers are snapshots of how pupils answered on the days of the surveys. A change after the measure started does not show that the measure caused it; weigh it together with observations and conversations with the pupil and the parents.")
    }
    public var followEvaluationCaveatNoMeasure: String {
        t("Svarene er øyeblikksbilder av hvordan elevene svarte de dagene kartleggingene ble gjort; vurder dem sammen med observasjoner og samtaler med eleven og foreldrene.",
          "The answers are snapshots of how pupils answered on the days of the surveys; weigh them together with observations and conversations with the pupil and the parents.")
    }

    // MARK: The report's section (`report --earlier`)

    var followSectionTitle: String { t("Utvikling over tid", "Development over time") }
    func followSectionIntro(waves: Int, first: String, last: String) -> String {
        t("Denne kartleggingen og de tidligere, \(waves) i alt (\(first) → \(last)). Hver kartlegging er sammenlignet med den forrige på samme måte som i avsnittet om endring: et valg teller som nytt, falt bort eller beholdt bare når eleven som valgte, var med og svarte begge gangene.",
          "This survey and the earlier ones, \(waves) in all (\(first) → \(last)). Each survey is compared with the one before it as in the section on change: a choice counts as new, lost or kept only when the pupil who chose took part and answered both times.")
    }
    var followWavesCaption: String { t("Klassen ved hver kartlegging", "The class at each survey") }
    var followStepsCaption: String { t("Valg fra kartlegging til kartlegging", "Choices from survey to survey") }
    var followStepHeadings: [String] {
        nb ? ["Fra → til", "Beholdt", "Nye", "Falt bort", "Stabilitet"] : ["From → to", "Kept", "New", "Lost", "Stability"]
    }
    var followClassChartCaption: String {
        t("Elever ingen valgte og elever uten gjensidige valg (antall), og gjensidigheten (andelen valg som ble gjengjeldt), ved hver kartlegging.",
          "Pupils nobody chose and pupils without a mutual choice (counts), and reciprocity (the share of choices returned), at each survey.")
    }
    var followPupilChartCaption: String {
        t("Hvor mange medelever som valgte eleven, og elevens gjensidige valg, ved hver kartlegging. Linjen brytes der eleven ikke var med eller ikke svarte.",
          "How many classmates chose the pupil, and the pupil's mutual choices, at each survey. The line breaks where the pupil was not in the survey or did not answer.")
    }
}
