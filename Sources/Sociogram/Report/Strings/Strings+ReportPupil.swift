/// The HTML report: pupils who need attention, the pupil in focus, supporters and the overview table.
extension Strings {
    // MARK: Attention

    var attentionIntro: String {
        t(
            "Her er elevene som svarene tyder på at trenger at en voksen følger med. Beskrivelsene sier hva svarene viser – ikke hva eleven er.",
            "These are the pupils whose answers suggest that an adult should keep an eye on them. The descriptions say what the answers show – not what the pupil is.")
    }
    func attentionNegativeUsed(_ question: String) -> String {
        t(
            "Undersøkelsen har et negativt spørsmål, \(question). Det er brukt til å se hvem som får mange negative og få positive valg, og hvem som får få valg av noe slag.",
            "The survey has a negative question, \(question). It was used to see who gets many negative and few positive choices, and who gets few choices of any kind.")
    }
    var attentionNoNegative: String {
        t(
            "Undersøkelsen har ikke noe negativt spørsmål. Derfor sier rapporten bare hvem som ikke blir valgt og hvem som ikke har gjensidige valg – ikke om noen blir avvist eller oversett.",
            "The survey has no negative question. The report therefore only says who is not chosen and who has no mutual choice – not whether anyone is rejected or overlooked.")
    }
    var attentionClosing: String {
        t(
            "Listen bygger bare på svarene denne dagen. Snakk med eleven, følg med i timer og friminutt og hør med andre voksne før dere trekker konklusjoner.",
            "The list rests only on the answers given that day. Talk with the pupil, watch lessons and breaks and ask other adults before drawing conclusions.")
    }
    var sentenceIsolated: String {
        t("Ble ikke valgt av noen i de positive spørsmålene.", "Was not chosen by anyone in the positive questions.")
    }
    var sentenceNoMutual: String {
        t(
            "Har ingen gjensidige valg: ingen av dem eleven valgte, valgte eleven tilbake.",
            "Has no mutual choice: none of those the pupil chose chose the pupil back.")
    }
    var sentenceNoMutualIsolated: String {
        t("Har derfor heller ingen gjensidige valg.", "So has no mutual choice either.")
    }
    var chosenByLabel: String { t("Valgt av:", "Chosen by:") }
    var choseLabel: String { t("Valgte selv:", "Chose:") }
    var mutualLabel: String { t("Gjensidige valg med:", "Mutual choices with:") }
    /// "by 3", or "by nobody" for 0.
    private func by(_ n: Int) -> String { n == 0 ? t("av ingen", "by nobody") : t("av \(n)", "by \(n)") }
    func sentenceRejected(named: Int, question: String, chosen: Int) -> String {
        t(
            "Mange negative og få positive valg: nevnt \(by(named)) i \(question), valgt \(by(chosen)) i de positive spørsmålene.",
            "Many negative and few positive choices: named \(by(named)) in \(question), chosen \(by(chosen)) in the positive questions.")
    }
    func sentenceNeglected(named: Int, question: String, chosen: Int) -> String {
        t(
            "Få valg av noe slag: valgt \(by(chosen)) i de positive spørsmålene og nevnt \(by(named)) i \(question).",
            "Few choices of any kind: chosen \(by(chosen)) in the positive questions and named \(by(named)) in \(question).")
    }
    var sentenceDidNotAnswer: String {
        t("Svarte ikke på undersøkelsen, så det er ukjent hvem eleven ville valgt.", "Did not answer the survey, so whom the pupil would have chosen is unknown.")
    }
    var sentenceChoseNobody: String { t("Valgte ingen selv.", "Chose nobody.") }
    func sentenceProsocial(_ count: Int) -> String {
        count == 0
            ? t("Ingen nevnte eleven som en som hjelper andre.", "Nobody named the pupil as someone who helps others.")
            : t("Nevnt som en som hjelper andre \(by(count)).", "Named as someone who helps others \(by(count)).")
    }
    func sentenceNamedNegatively(_ count: Int, question: String) -> String {
        count == 0
            ? t("Ingen nevnte eleven i det negative spørsmålet \(question).", "Nobody named the pupil in the negative question \(question).")
            : t("Nevnt \(by(count)) i det negative spørsmålet \(question).", "Named \(by(count)) in the negative question \(question).")
    }

    // MARK: Pupil in focus

    var pupilIntro: String {
        t(
            "Denne delen handler om én elev og er ment for dem som følger opp eleven. Diagrammet viser eleven, alle eleven valgte og alle som valgte eleven, og valgene mellom dem.",
            "This part is about one pupil and is meant for those who follow the pupil up. The diagram shows the pupil, everyone the pupil chose and everyone who chose the pupil, and the choices among them.")
    }
    var pupilFactsHeading: String { t("Det svarene viser", "What the answers show") }
    func egoCaption(_ label: String) -> String { t("Valgene til og fra \(label).", "The choices to and from \(label).") }
    var supportersHeading: String { t("Mulige støttespillere", "Possible supporters") }
    var supportersIntro: String {
        t(
            "Klassekamerater som kan spørres om å hjelpe («Vi trenger din hjelp!»), de best egnede først: elever andre nevner som hjelpsomme, som er godt likt, og som allerede har valg til eller fra eleven. Ingen som har nevnt eleven negativt, eller som eleven har nevnt negativt, er foreslått.",
            "Classmates who could be asked to help (“We need your help!”), the best suited first: pupils others name as helpful, who are well liked and who already have choices to or from the pupil. Nobody who named the pupil negatively, or whom the pupil named negatively, is suggested.")
    }
    func supportersCaption(_ label: String) -> String {
        t(
            "\(label) i midten og de foreslåtte støttespillerne rundt, i rekkefølge, med valgene mellom dem.",
            "\(label) in the centre and the suggested supporters around, in order, with the choices between them.")
    }
    var noSupporters: String { t("Ingen klassekamerater kunne foreslås.", "No classmates could be suggested.") }
    var supportGroupHeading: String { t("Forslag til støttegruppe", "Suggested support group") }
    var supportMissing: String {
        t(
            "Forslag til støttespillere og støttegruppe er ikke med i denne rapporten: denne versjonen av sociogram lager dem ikke ennå. Velg støttespillere ut fra elevens egne valg (over) og klassekamerater dere vet er hjelpsomme.",
            "Suggested supporters and a support group are not part of this report: this version of sociogram does not make them yet. Choose supporters from the pupil's own choices (above) and classmates you know to be helpful.")
    }
    func excludedFromSupport(_ count: Int) -> String {
        t(
            count == 1
                ? "Én klassekamerat er holdt utenfor fordi det er negative valg mellom klassekameraten og eleven."
                : "\(count) klassekamerater er holdt utenfor fordi det er negative valg mellom dem og eleven.",
            "\(count == 1 ? "One classmate was" : "\(count) classmates were") left out because of negative choices between them and the pupil.")
    }

    // MARK: Tables

    var columnPupil: String { t("Elev", "Pupil") }
    var columnWhy: String { t("Hvorfor", "Why") }
    var columnChosenBy: String { t("Valgt av (antall)", "Chosen by (number)") }
    var columnMutual: String { t("Gjensidige valg", "Mutual choices") }
    var columnChose: String { t("Valgte", "Chose") }
    var columnHelps: String { t("Nevnt som hjelpsom", "Named as helpful") }
    var overviewIntro: String {
        t(
            "Alle elevene med valgene i de positive spørsmålene. Negative valg står bevisst ikke i tabellen.",
            "All pupils with their choices in the positive questions. Negative choices are deliberately left out of the table.")
    }
}
