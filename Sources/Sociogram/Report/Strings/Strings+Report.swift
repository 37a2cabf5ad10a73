/// The HTML report: header, contents, summary, figures, groups and per-question views.
extension Strings {
    // MARK: Header and contents

    func reportTitle(_ className: String) -> String {
        className.isEmpty ? t("Sosiogram", "Sociogram report") : t("Sosiogram – \(className)", "Sociogram report – \(className)")
    }
    var kicker: String { t("Til ressursteamet · fortrolig", "For the resource team · confidential") }
    var factSurveyDate: String { t("Undersøkelsen ble tatt", "Survey taken") }
    var factCreated: String { t("Rapporten ble laget", "Report made") }
    var factPupils: String { t("Elever", "Pupils") }
    func pupilsAnswered(_ pupils: Int, _ respondents: Int, _ rate: String) -> String {
        t("\(pupils), av dem svarte \(respondents) (\(rate))", "\(pupils), of whom \(respondents) answered (\(rate))")
    }
    var factQuestions: String { t("Spørsmål", "Questions") }
    var factLabels: String { t("Elevene vises med", "Pupils shown by") }
    func labelStyle(_ style: LabelStyle) -> String {
        switch style {
        case .names: t("navn", "name")
        case .initials: t("initialer", "initials")
        case .codes: t("koder (pseudonymisert)", "codes (pseudonymised)")
        }
    }
    var factFocus: String { t("Eleven i fokus", "Pupil in focus") }
    var fillIn: String { t("fylles ut", "to be filled in") }
    var none: String { t("ingen", "none") }
    var caveatShortTitle: String { t("Et øyeblikksbilde.", "A snapshot.") }
    var caveatShort: String {
        t(
            "Svarene viser hvordan elevene svarte på disse spørsmålene én dag. Sosiogrammet er aldri eneste grunnlag for et tiltak.",
            "The answers show how the pupils answered these questions on one day. A sociogram is never the sole basis for a measure.")
    }
    var privacyShortTitle: String { t("Fortrolig.", "Confidential.") }
    func privacyShort(_ labels: LabelStyle) -> String {
        switch labels {
        case .codes:
            t(
                "Koder i stedet for navn; kodenøkkelen oppbevares atskilt fra rapporten. Laget på denne maskinen, ingenting er sendt noe sted.",
                "Codes instead of names; the code key is kept apart from the report. Made on this machine; nothing was sent anywhere.")
        case .names, .initials:
            t(
                "Opplysninger om enkeltelever: del rapporten bare med dem som trenger den. Laget på denne maskinen, ingenting er sendt noe sted.",
                "Information about individual pupils: share the report only with those who need it. Made on this machine; nothing was sent anywhere.")
        }
    }
    var contentsTitle: String { t("Innhold", "Contents") }
    var summaryTitle: String { t("Klassen kort fortalt", "The class in brief") }
    var attentionTitle: String { t("Elever som bør få oppmerksomhet", "Pupils who need attention") }
    var sociogramTitle: String { t("Sosiogrammet", "The sociogram") }
    var targetTitle: String { t("Målskiva", "The target sociogram") }
    var groupsSectionTitle: String { t("Subgrupper og grupper", "Subgroups and groups") }
    var questionsTitle: String { t("Spørsmål for spørsmål", "Question by question") }
    func pupilTitle(_ label: String) -> String { t("Eleven i fokus: \(label)", "Pupil in focus: \(label)") }
    func planTitle(_ label: String) -> String { t("Utkast til aktivitetsplan – \(label)", "Activity plan draft – \(label)") }
    var overviewTitle: String { t("Alle elevene", "All pupils") }
    var methodTitle: String { t("Slik er tallene laget", "How the numbers were made") }
    var closingTitle: String { t("Viktig å huske", "Important to remember") }

    // MARK: Script

    var scriptChose: String { t("Valgte", "Chose") }
    var scriptChosenBy: String { t("Valgt av", "Chosen by") }
    var scriptMutual: String { t("Gjensidige valg", "Mutual choices") }
    var scriptUnpin: String { t("Klikk på eleven igjen eller trykk Esc for å slippe.", "Click the pupil again or press Esc to let go.") }
    var interactionHint: String {
        t(
            "Pek på eller klikk på en elev – i diagrammet eller i en tabell – for å fremheve valgene til og fra eleven.",
            "Point at or click a pupil – in the diagram or in a table – to highlight the choices to and from them.")
    }

    // MARK: Summary

    func summaryResponse(pupils: Int, respondents: Int, rate: String, missing: Int) -> String {
        let base = t(
            "Klassen har \(pupils) elever, og \(respondents) svarte på undersøkelsen (\(rate)).",
            "The class has \(pupils) pupils, and \(respondents) answered the survey (\(rate)).")
        guard missing > 0 else { return base }
        return base + " " + t(
            "\(missing == 1 ? "Én elev" : "\(missing) elever") svarte ikke; de er talt med på valgene de fikk, men det er ukjent hvem de ville valgt.",
            "\(missing == 1 ? "One pupil" : "\(missing) pupils") did not answer; they are counted on the choices they received, but whom they would have chosen is unknown.")
    }
    func summaryQuestions(_ kinds: [(QuestionKind, [String])]) -> String {
        let total = kinds.reduce(0) { $0 + $1.1.count }
        let parts = kinds.map { kindName($0.0) + ": " + $0.1.joined(separator: ", ") }
        return t("Undersøkelsen hadde \(total) spørsmål – ", "The survey had \(total) question\(total == 1 ? "" : "s") – ")
            + parts.joined(separator: "; ") + "."
    }
    /// The kind of a question, as a plural heading (`positive`, `om å hjelpe andre`).
    func kindName(_ kind: QuestionKind) -> String {
        switch kind {
        case .positive: t("positive", "positive")
        case .negative: t("negative", "negative")
        case .prosocial: t("om hvem som hjelper andre", "about who helps others")
        case .influence: t("om hvem som bestemmer", "about who decides")
        case .other: t("andre (ikke analysert)", "other (not analysed)")
        }
    }
    func summaryChoices(average: String, returned: String, mutualPairs: Int) -> String {
        t(
            "Elevene som svarte, valgte i gjennomsnitt \(average) klassekamerater i de positive spørsmålene. \(returned) av valgene ble gjengjeldt, og \(mutualPairs) par har valgt hverandre (gjensidige valg).",
            "The pupils who answered chose \(average) classmates on average in the positive questions. \(returned) of the choices were returned, and \(mutualPairs) pairs chose each other (mutual choices).")
    }
    /// `both`: pupils counted in both numbers (not chosen, and answered without a mutual choice).
    func summaryAttention(isolated: Int, noMutual: Int, both: Int) -> String {
        if isolated == 0 && noMutual == 0 {
            return t(
                "Alle elevene ble valgt av minst én, og alle som svarte, har minst ett gjensidig valg.",
                "Every pupil was chosen by at least one classmate, and everyone who answered has at least one mutual choice.")
        }
        let overlap = both == 0 ? "" : t(
            " (\(both == isolated ? "de som ikke ble valgt" : "\(both) av dem som ikke ble valgt"), er blant dem)",
            " (\(both == isolated ? "those not chosen" : "\(both) of those not chosen") among them)")
        return t(
            "\(pupilCount(isolated, nbOne: "elev", nbMany: "elever")) ble ikke valgt av noen, og \(pupilCount(noMutual, nbOne: "elev", nbMany: "elever")) som svarte, har ingen gjensidige valg\(overlap): ingen gjengjeldte valgene deres. De er beskrevet i neste del.",
            "\(pupilCount(isolated, nbOne: "pupil", nbMany: "pupils")) \(isolated == 1 ? "was" : "were") not chosen by anyone, and \(pupilCount(noMutual, nbOne: "pupil", nbMany: "pupils")) who answered \(noMutual == 1 ? "has" : "have") no mutual choice\(overlap): nobody returned their choices. They are described in the next part.")
    }
    private func pupilCount(_ n: Int, nbOne: String, nbMany: String) -> String {
        n == 0 ? t("Ingen", "No") + " " + nbMany : "\(n) " + (n == 1 ? nbOne : nbMany)
    }
    func summaryNegative(_ question: String, rejected: Int, neglected: Int) -> String {
        t(
            "Det negative spørsmålet \(question) er brukt til å se hvem som får mange negative og få positive valg (\(rejected)), og hvem som får få valg av noe slag (\(neglected)).",
            "The negative question \(question) was used to see who gets many negative and few positive choices (\(rejected)), and who gets few choices of any kind (\(neglected)).")
    }
    func summaryGroups(subgroups: Int, communities: Int, modularity: String?, clear: Bool) -> String {
        let sub = subgroups == 0
            ? t("Ingen grupper på tre eller flere har alle valgt hverandre.", "No three or more pupils all chose each other.")
            : t("\(subgroups) subgruppe\(subgroups == 1 ? "" : "r") der minst tre elever alle har valgt hverandre.",
                "\(subgroups) subgroup\(subgroups == 1 ? "" : "s") in which at least three pupils all chose each other.")
        guard let modularity else { return sub }
        return sub + " " + t(
            "Valgene deler klassen i \(communities) grupper (modularitet \(modularity): \(clear ? "tydelig gruppedeling" : "svak gruppedeling")).",
            "The choices divide the class into \(communities) groups (modularity \(modularity): \(clear ? "clearly divided" : "weakly divided")).")
    }
    func summaryGender(within: String) -> String {
        t("\(within) av valgene går til en elev av samme kjønn.", "\(within) of the choices go to a pupil of the same gender.")
    }
    var summaryReadOn: String { t("Hvem som bør få oppmerksomhet, står i", "Who needs attention is described in") }

    // MARK: Figures

    var sociogramIntro: String {
        t(
            "Sosiogrammet viser alle valgene i de positive spørsmålene. Elever som står nær hverandre, har valgt hverandre eller de samme klassekameratene.",
            "The sociogram shows all choices in the positive questions. Pupils placed close together chose each other or the same classmates.")
    }
    var sociogramCaption: String { t("Sosiogram over alle positive valg.", "Sociogram of all positive choices.") }
    var targetIntro: String {
        t(
            "I målskiva står elevene som ble valgt flest ganger, i midten, og de som ble valgt færrest ganger, ytterst. Der kjønn er kjent, står jentene på venstre og guttene på høyre halvdel.",
            "In the target sociogram, the pupils chosen most often are in the centre and those chosen least often on the outside. Where gender is known, girls are on the left half and boys on the right.")
    }
    var targetCaption: String {
        t("Målskive: ringer etter antall positive valg mottatt.", "Target sociogram: rings by positive choices received.")
    }
    var readRings: String {
        t("Ringene: jo nærmere midten, desto flere positive valg har eleven fått.", "Rings: the nearer the centre, the more positive choices the pupil received.")
    }
    var readShapes: String {
        t("Sirkel = jente, trekant = gutt, firkant = annet kjønn, oval = kjønn ikke oppgitt.", "Circle = girl, triangle = boy, square = other gender, oval = gender not given.")
    }
    var readLines: String {
        t(
            "Tykk linje med pil i begge ender = gjensidig valg; tynn pil = ensidig valg, fra den som valgte til den som ble valgt.",
            "Thick line with arrows at both ends = mutual choice; thin arrow = one-way choice, from the one who chose to the one chosen.")
    }
    var readSize: String { t("Jo større figur, desto flere positive valg har eleven fått.", "The larger the shape, the more positive choices the pupil received.") }
    var readColours: String {
        t(
            "Rosa med dobbel kant: ikke valgt av noen. Gul: valgt, men ingen gjensidige valg.",
            "Pink with a double border: not chosen by anyone. Yellow: chosen, but no mutual choice.")
    }
    var readDashed: String { t("Stiplet kant: eleven svarte ikke på undersøkelsen.", "Dashed border: the pupil did not answer the survey.") }

    // MARK: Groups

    var subgroupsHeading: String { t("Subgrupper", "Subgroups") }
    var noSubgroups: String {
        t("Ingen grupper på tre eller flere har alle valgt hverandre gjensidig.", "No group of three or more pupils all chose each other mutually.")
    }
    func subgroupsIntro(_ count: Int) -> String {
        t(
            "I \(count == 1 ? "denne gruppen" : "disse \(count) gruppene") har alle valgt hverandre gjensidig. Tette subgrupper gir trygghet, men kan også være vanskelige å komme inn i.",
            "In \(count == 1 ? "this group" : "these \(count) groups") everyone chose everyone else mutually. Close subgroups give security, but can also be hard to get into.")
    }
    var communitiesHeading: String { t("Grupper i klassen", "Groups in the class") }
    func communitiesIntro(_ count: Int, modularity: String?, clear: Bool) -> String {
        let q = modularity.map { t(" Modulariteten er \($0): \(clear ? "gruppene er tydelige" : "gruppene er svakt avgrenset").", " The modularity is \($0): \(clear ? "the groups are clear" : "the groups are only weakly separated").") } ?? ""
        return t(
            "Valgene deler klassen i \(count) grupper: elevene i en gruppe har valgt hverandre mer enn de har valgt elever i andre grupper.",
            "The choices divide the class into \(count) groups: pupils in a group chose each other more than they chose pupils in other groups.") + q
    }
    var communitiesAlone: String { t("Ikke knyttet til noen gruppe:", "Not tied to any group:") }
    var positionsHeading: String { t("Posisjoner i klassen", "Positions in the class") }
    var starsSentence: String { t("Elever med mange gjensidige valg:", "Pupils with many mutual choices:") }
    var powerSentence: String {
        t(
            "Elever som selv har høyst ett gjensidig valg, men som er valgt av en elev med mange gjensidige valg:",
            "Pupils with at most one mutual choice themselves who are chosen by a pupil with many mutual choices:")
    }
    var positionsNote: String {
        t(
            "Elever med mange gjensidige valg har ofte stor innflytelse på klassemiljøet og kan være viktige når klassen skal bli tryggere for alle. Den andre gruppens posisjon hviler på én elevs valg og kan være sårbar.",
            "Pupils with many mutual choices often have a strong influence on the class and can be important in making it safer for everyone. The second group's position rests on one pupil's choice and can be fragile.")
    }

    // MARK: Questions

    var questionsIntro: String {
        t(
            "Hvert spørsmål har sitt eget sosiogram. Størrelsen på figurene viser hvor mange som valgte eleven i akkurat dette spørsmålet.",
            "Each question has its own sociogram. The size of a shape shows how many chose the pupil in this question.")
    }
    var questionsSwitch: String { t("Velg spørsmål", "Choose question") }
    func negativeNotDrawn(_ questions: [String]) -> String {
        t(
            "Det negative spørsmålet (\(questions.joined(separator: ", "))) er ikke tegnet: et diagram over hvem som helst ikke vil være med hvem, er for sårbart til å vises uten at noen har bedt om det. Det kan tas med ved å lage rapporten med valget --negative.",
            "The negative question (\(questions.joined(separator: ", "))) is not drawn: a diagram of who would rather not be with whom is too sensitive to show unless asked for. It can be included by making the report with the option --negative.")
    }
    func otherNotAnalysed(_ questions: [String]) -> String {
        t("Ikke analysert (spørsmål av typen «annet»): \(questions.joined(separator: ", ")).", "Not analysed (questions of kind “other”): \(questions.joined(separator: ", ")).")
    }
    func kindDescription(_ kind: QuestionKind) -> String {
        switch kind {
        case .positive: t("Positivt spørsmål", "Positive question")
        case .negative: t("Negativt spørsmål", "Negative question")
        case .prosocial: t("Spørsmål om hvem som hjelper andre", "Question about who helps others")
        case .influence: t("Spørsmål om hvem som bestemmer", "Question about who decides")
        case .other: t("Annet spørsmål (ikke analysert)", "Other question (not analysed)")
        }
    }
    func questionNumbers(arcs: Int, mutualPairs: Int, returned: String?) -> String {
        let share = returned.map { t(", \($0) av dem gjengjeldt", ", \($0) of them returned") } ?? ""
        return t("\(arcs) valg\(share); \(mutualPairs) par valgte hverandre.", "\(arcs) choices\(share); \(mutualPairs) pairs chose each other.")
    }
    var mostChosen: String { t("Flest valg:", "Chosen most:") }
    func questionCaption(_ kind: QuestionKind) -> String {
        kind == .negative
            ? t("Stiplede røde linjer: negative valg.", "Dashed red lines: negative choices.")
            : t("Figurstørrelse: valg mottatt i dette spørsmålet.", "Shape size: choices received in this question.")
    }
}
