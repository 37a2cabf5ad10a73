/// The texts diagrams contain: titles, legends, tooltips (``Sociograms``).
///
/// Shareable texts prefer descriptions to category labels.
extension Strings {
    // MARK: Titles
    func classTitle(_ name: String) -> String { name.isEmpty ? t("Sosiogram", "Sociogram") : t("Sosiogram – \(name)", "Sociogram – \(name)") }
    func targetTitle(_ name: String) -> String { name.isEmpty ? t("Målskive", "Target sociogram") : t("Målskive – \(name)", "Target sociogram – \(name)") }
    func egoTitle(_ label: String) -> String { t("Valgene til og fra \(label)", "Choices to and from \(label)") }
    func differenceTitle(_ before: String, _ after: String) -> String { t("Endringer fra \(before) til \(after)", "Changes from \(before) to \(after)") }
    func gradeTitle(_ name: String) -> String { name.isEmpty ? t("Trinnsosiogram", "Grade sociogram") : t("Trinnsosiogram – \(name)", "Grade sociogram – \(name)") }
    var groupsTitle: String { t("Forslag til grupper", "Suggested groups") }
    func supportersTitle(_ label: String) -> String { t("Mulige støttespillere for \(label)", "Possible supporters for \(label)") }

    // MARK: What is shown
    var allPositive: String { t("Viser: alle positive spørsmål", "Showing: all positive questions") }
    func oneQuestion(_ text: String) -> String { t("Viser: \(quote(text))", "Showing: \(quote(text))") }

    // MARK: Ties
    var mutual: String { t("gjensidig valg", "mutual choice") }
    var oneWay: String { t("ensidig valg", "one-way choice") }
    var acrossQuestions: String {
        t("valgte hverandre, men på ulike spørsmål (ikke gjensidig valg)", "chose each other, but in different questions (not a mutual choice)")
    }
    func negative(_ texts: [String]) -> String {
        let list = texts.map(quote).joined(separator: ", ")
        return t("negativt valg: \(list) (det negative spørsmålet vises)",
            "negative choice: \(list) (the survey's negative question is shown)")
    }
    var crossClass: String { t("valg mellom klasser", "choice across classes") }
    var withinGroup: String { t("positive valg innad i gruppen", "positive choices within the group") }
    var newTie: String { t("nytt valg", "new choice") }
    var lostTie: String { t("valg som falt bort", "choice no longer made") }
    var keptTie: String { t("valg som er beholdt", "choice kept") }
    var joined: String { t("ny siden forrige undersøkelse", "new since the first survey") }
    var left: String { t("ikke med i siste undersøkelse", "not in the second survey") }

    // MARK: Pupils
    var size: String { t("større figur = flere positive valg mottatt", "larger shape = more positive choices received") }
    var girl: String { t("jente", "girl") }
    var boy: String { t("gutt", "boy") }
    var otherGender: String { t("annet kjønn", "other gender") }
    var unknownGender: String { t("kjønn ikke oppgitt", "gender not given") }
    var isolated: String { t("ingen positive valg mottatt (isolert)", "no positive choice received (isolated)") }
    var noMutual: String { t("ingen gjensidige valg", "no mutual choice") }
    var nonRespondent: String { t("svarte ikke på undersøkelsen", "did not answer the survey") }
    var focus: String { t("eleven det gjelder", "the pupil in focus") }
    var leader: String { t("leder (utnevnes av læreren)", "leader (appointed by the teacher)") }
    var supporter: String { t("foreslått støttespiller – må selv si ja", "suggested supporter – must agree voluntarily") }
    func received(_ count: Int) -> String {
        t(count == 1 ? "1 positivt valg mottatt" : "\(count) positive valg mottatt",
            "\(count) positive choice\(count == 1 ? "" : "s") received")
    }
    func mutualCount(_ count: Int) -> String {
        t(count == 1 ? "1 gjensidig valg" : "\(count) gjensidige valg", count == 1 ? "1 mutual choice" : "\(count) mutual choices")
    }
    func group(_ number: Int) -> String { t("Gruppe \(number)", "Group \(number)") }
    func className(_ name: String) -> String { t("Klasse \(name)", "Class \(name)") }

    // MARK: Target sociogram
    var rings: String { t("ringer: jo nærmere midten, desto flere positive valg mottatt", "rings: the nearer the centre, the more positive choices received") }
    func ring(_ number: Int, _ low: Int, _ high: Int) -> String {
        let range = low == high ? "\(low)" : "\(low)–\(high)"
        return t("ring \(number): \(range) valg", "ring \(number): \(range) choices")
    }
    var halves: String { t("venstre halvdel: jenter · høyre halvdel: gutter", "left half: girls · right half: boys") }

    // MARK: Caveat
    var snapshot: String {
        t("Et øyeblikksbilde av svarene på spørsmålet som ble stilt – aldri eneste grunnlag for tiltak.",
            "A snapshot of the answers to the question asked – never the sole basis for a measure.")
    }

    var sizeOneQuestion: String { t("større figur = valgt av flere i dette spørsmålet", "larger shape = chosen by more pupils in this question") }

    var girls: String { t("jenter", "girls") }
    var boys: String { t("gutter", "boys") }

    var amongSupporters: String { t("valg mellom de foreslåtte", "choices among the suggested pupils") }
    var otherTies: String { t("andre valg mellom disse elevene", "other choices among these pupils") }
    var classBox: String { t("boks = klasse", "box = class") }
}

/// The name the diagram code uses for the string table.
typealias DiagramStrings = Strings

/// The language of the texts a diagram contains (title, legend): the same languages as everything else.
public typealias DiagramLanguage = Language
