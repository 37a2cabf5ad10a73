/// The activity-plan draft (aktivitetsplan) for the pupil in focus.
extension Strings {
    var planIntro: String {
        t(
            "Et utkast til skolens skriftlige aktivitetsplan (opplæringsloven kapittel 12), til å fylle ut og justere sammen med eleven og foreldrene. Planen skal si hvilket problem tiltakene skal løse, hvilke tiltak som er planlagt, hvem som er ansvarlig, når tiltakene skal gjennomføres og når de skal evalueres.",
            "A draft of the school's written activity plan (Norwegian Education Act, chapter 12), to be filled in and adjusted together with the pupil and the parents. The plan states the problem the measures are to solve, the measures planned, who is responsible, when the measures are carried out and when they are evaluated.")
    }
    var factPupil: String { t("Elev", "Pupil") }
    var factClass: String { t("Klasse", "Class") }
    var planDate: String { t("Planen er laget (dato)", "Plan made (date)") }
    var planAuthor: String { t("Laget av", "Made by") }
    var planProblemHeading: String { t("Problemet tiltakene skal løse", "The problem the measures are to solve") }
    func planProblemIntro(_ date: String?) -> String {
        let when = date.map { t(" \($0)", " of \($0)") } ?? ""
        return t(
            "I den sosiometriske undersøkelsen\(when) viste svarene dette om eleven:",
            "In the sociometric survey\(when), the answers showed this about the pupil:")
    }
    var planNoProblemInData: String {
        t(
            "Svarene i undersøkelsen viser ikke at eleven står utenfor. Beskriv problemet ut fra det eleven, foreldrene og de voksne på skolen har fortalt og sett.",
            "The survey answers do not show the pupil as left out. Describe the problem from what the pupil, the parents and the adults at school have told and seen.")
    }
    var planPupilsOwnWords: String { t("Slik opplever eleven det selv:", "How the pupil experiences it:") }
    var planMeasuresHeading: String { t("Tiltak", "Measures") }
    var columnMeasure: String { t("Tiltak", "Measure") }
    var columnResponsible: String { t("Hvem er ansvarlig", "Who is responsible") }
    var columnWhen: String { t("Når", "When") }
    var measureTalk: String {
        t(
            "Samtale med eleven om hvordan eleven har det i timer, friminutt og på veien til og fra skolen – og med foreldrene – før andre tiltak settes i gang.",
            "A conversation with the pupil about how things are in lessons, breaks and on the way to and from school – and with the parents – before other measures start.")
    }
    var measureSupportGroup: String { t("Støttegruppe med", "Support group with") }
    var measureVoluntary: String {
        t("Elevene deltar frivillig, og eleven og foreldrene må være enige.", "The pupils take part voluntarily, and the pupil and the parents must agree.")
    }
    var measureWorkGroups: String {
        t(
            "Arbeids- og sittegrupper der eleven er sammen med minst én av dem eleven selv valgte:",
            "Work and seating groups in which the pupil is together with at least one of those the pupil chose:")
    }
    var measureBreaks: String {
        t(
            "Voksne er til stede og følger med der elever ofte blir alene: friminutt, garderobe, overganger og turer.",
            "Adults are present and watch where pupils are often left alone: breaks, changing rooms, transitions and trips.")
    }
    var measureOther: String { t("Andre tiltak:", "Other measures:") }
    var planEvaluationHeading: String { t("Evaluering", "Evaluation") }
    var planEvaluationDate: String { t("Tiltakene evalueres (dato):", "The measures are evaluated on (date):") }
    var planEvaluationDateHint: String { t("(fylles ut av læreren)", "(to be filled in by the teacher)") }
    func planEvaluationMethod(questions: [String]) -> String {
        let asked = questions.isEmpty ? "" : t(" (\(questions.joined(separator: ", ")))", " (\(questions.joined(separator: ", ")))")
        return t(
            "Slik evalueres tiltakene: en ny sosiometrisk undersøkelse med de samme spørsmålene\(asked), sammenlignet med denne (sociogram compare), og en ny samtale med eleven og foreldrene om hvordan eleven har det.",
            "How the measures are evaluated: a new sociometric survey with the same questions\(asked), compared with this one (sociogram compare), and a new conversation with the pupil and the parents about how the pupil is doing.")
    }
    var planClosing: String {
        t(
            "Sosiogrammet er ett av flere grunnlag for planen og aldri det eneste. Det eleven selv forteller, veier tyngst.",
            "The sociogram is one of several grounds for the plan and never the only one. What the pupil says weighs most.")
    }
}
