/// The texts of the suggestion commands' output (terminal lines and the `text` fields of the
/// suggestion documents), bokmål and English: a part of the one string table (``Strings``), kept in
/// this file next to the suggestion documents; it can move into `Strings/` as it is. The fixed texts of
/// the suggestions themselves (consent reminder, design, notes, unmet wishes, reasons, roles) are in
/// `Strings/Strings+Suggest.swift`.
extension Strings {
    /// A note in words, worded for the suggestion it belongs to where the shared wording does not fit.
    func suggestNote(_ note: SuggestNote, for kind: SuggestionKind) -> String {
        let support = kind == .supporters || kind == .supportGroup
        switch (note, support) {
        case (.noProsocialQuestion, true):
            return nb ? "Undersøkelsen har ikke noe prososialt spørsmål: rangert bare etter status og valg."
                : "The survey has no prosocial question: ranked by status and ties only."
        case (.noProsocialQuestion, false) where kind == .workGroups:
            return nb ? "Undersøkelsen har ikke noe prososialt spørsmål: ingen ledere foreslått; læreren utnevner ledere."
                : "The survey has no prosocial question: no leaders suggested; the teacher appoints leaders."
        case (.noNegativeQuestion, true):
            return nb ? "Undersøkelsen har ikke noe negativt spørsmål: ingen kunne holdes utenfor på grunn av et negativt valg."
                : "The survey has no negative question: nobody could be left out because of a negative choice."
        default:
            return suggestNote(note)
        }
    }

    /// An unmet wish in words, starting with a capital letter. A pupil placed without a chosen friend
    /// because they chose nobody (or did not answer) is said so plainly.
    func suggestionUnmet(_ u: UnmetConstraint, labels: [String], network: ClassNetwork) -> String {
        if u.kind == .chosenFriendInClass, u.detail == .noTieToAnyonePresent, let i = u.pupils.first,
            network.pupils.indices.contains(i)
        {
            let who = labels[i], c = (u.group ?? 0) + 1
            if !network.pupils[i].responded {
                return nb ? "\(who) svarte ikke på undersøkelsen, så ingen hen valgte er kjent (klasse \(c)) — umulig."
                    : "\(who) did not answer the survey, so nobody they chose is known (class \(c)) — impossible."
            }
            return nb ? "\(who) valgte ingen av dem som fordeles (klasse \(c)) — umulig."
                : "\(who) chose nobody among the pupils placed (class \(c)) — impossible."
        }
        let text = unmet(u, labels: labels)
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    // MARK: supporters and support group

    func supportersLead(_ who: String) -> String {
        nb ? "Mulige støttespillere for \(who) («Vi trenger din hjelp!»), best egnet først:"
            : "Possible supporters for \(who) (\"Vi trenger din hjelp!\" – \"We need your help!\"), best first:"
    }
    func score(_ x: Double) -> String { nb ? "poeng \(decimal(x))" : "score \(decimal(x))" }
    var nobodyToSuggest: String { nb ? "Ingen i klassen kan foreslås." : "No classmate can be suggested." }
    var supporterMethod: String {
        nb
            ? "Rangert etter hvor mange som nevnte eleven som hjelpsom (teller dobbelt), hvor godt likt eleven er "
                + "(sosial preferanse), hvor mange som nevnte eleven som en som bestemmer (alle standardisert i klassen), "
                + "og valg mellom dem (+1,5 om den det gjelder valgte eleven, +1 om eleven valgte den det gjelder, +1 til om gjensidig)."
            : "Ranked by how many classmates named them as helpful (counts double), how well liked they are (social "
                + "preference), how many named them as influential (all standardised within the class), and the ties "
                + "between them (+1.5 if the pupil chose them, +1 if they chose the pupil, +1 more if mutual)."
    }
    func excludedRule(_ who: String) -> String {
        nb ? "Aldri foreslått: de som har nevnt \(who) negativt, og de \(who) har nevnt negativt."
            : "Never suggested: classmates who named \(who) negatively, and classmates \(who) named negatively."
    }
    func excludedCount(_ count: Int, _ who: String) -> String {
        nb ? "Ikke foreslått: \(count) i klassen, fordi det finnes et negativt valg mellom dem og \(who) (i én av retningene)."
            : "Not suggested: \(count) classmate\(count == 1 ? "" : "s"), because of a negative choice between them and \(who) (in either direction)."
    }
    var excludedOwnView: String {
        nb ? "Holdt utenfor (til eget bruk – ikke del dette):" : "Left out (for your own use – do not share this):"
    }
    func excludedReason(_ reason: ExcludedPupil.Reason, _ who: String) -> String {
        switch reason {
        case .namedPupilNegatively: nb ? "nevnte \(who) negativt" : "named \(who) negatively"
        case .namedByPupilNegatively: nb ? "\(who) nevnte hen negativt" : "\(who) named them negatively"
        }
    }
    func supportGroupLead(_ who: String, size: Int) -> String {
        nb ? "Forslag til støttegruppe for \(who) (\(size) elever):" : "Suggested support group for \(who) (\(size) peers):"
    }
    func fewerThanAsked(_ count: Int, _ size: Int) -> String {
        nb ? "Bare \(count) i klassen kunne foreslås (ønsket: \(size))." : "Only \(count) classmates could be suggested (asked for \(size))."
    }
    func role(_ role: SupportGroupMember.Role, _ who: String) -> String {
        switch role {
        case .pupilsChoice: nb ? "\(who) valgte selv" : "\(who)'s own choice"
        case .prosocialPeer: nb ? "foreslått i tillegg" : "suggested in addition"
        }
    }
    var designLabel: String { nb ? "Utforming:" : "Design:" }
    var notesHeading: String { nb ? "Merk:" : "Note:" }
    var methodHeading: String { nb ? "Slik er det rangert:" : "How they are ranked:" }

    /// Under the number of excluded classmates in the terminal: how to list them.
    public var showExcludedHint: String {
        nb ? "(Legg til --show-excluded for å se hvem – bare til eget bruk, ikke del.)"
            : "(Add --show-excluded to see who – for your own use only, do not share.)"
    }

    // MARK: work groups and placement

    func groupSizes(_ s: GroupSizes) -> String { s.minSize == s.maxSize ? "\(s.minSize)" : "\(s.minSize)–\(s.maxSize)" }
    func groupsHeading(_ name: String, pupils: Int, _ s: GroupSizes) -> String {
        nb ? "Arbeidsgrupper for \(name): \(pupils) elever i \(s.groupCount) grupper på \(groupSizes(s))."
            : "Work groups for \(name): \(pupils) pupils in \(s.groupCount) groups of \(groupSizes(s))."
    }
    func round(_ r: Int, of total: Int) -> String { nb ? "Runde \(r) av \(total)" : "Round \(r) of \(total)" }
    var leaderMark: String { nb ? "(leder)" : "(leader)" }
    var tiesHeading: String { nb ? "Valg som holder gruppen sammen:" : "Ties that hold it together:" }
    var withoutFriend: String { nb ? "Uten venn i gruppen:" : "Without a friend in the group:" }
    func tie(_ from: String, _ to: String, mutual: Bool) -> String { mutual ? "\(from) ↔ \(to)" : "\(from) → \(to)" }
    var unmetHeading: String { nb ? "Ikke oppfylt:" : "Not met:" }
    var allMetGroups: String {
        nb ? "Alt er oppfylt: ingen konfliktpar i samme gruppe, alle har minst én venn i gruppen."
            : "Everything is met: no conflict pair in a group, everyone has at least one friend in their group."
    }
    var allMetPlacement: String {
        nb ? "Alt er oppfylt: ingen konfliktpar i samme klasse, alle har minst én de valgte i klassen."
            : "Everything is met: no conflict pair in a class, everyone has at least one classmate they chose."
    }
    func absent(_ names: String) -> String { nb ? "Fraværende (ikke med): \(names)." : "Absent (left out): \(names)." }
    func leaderCandidates(_ names: String) -> String {
        nb ? "Lederkandidater (svarte selv, og nevnt som hjelpsom minst like ofte som snittet i klassen): \(names). "
            + "Læreren utnevner lederen."
            : "Leader candidates (answered the survey, and named as helpful at least as often as the class average): \(names). "
            + "The teacher appoints the leader."
    }
    func chosenLeaders(_ names: String) -> String {
        nb ? "Ledere valgt av læreren, på omgang: \(names)." : "Leaders chosen by the teacher, taking turns: \(names)."
    }
    func points(_ s: GroupScore, placement: Bool = false) -> String {
        let without = placement ? (nb ? "uten noen de valgte" : "without anyone they chose") : (nb ? "uten venn" : "without a friend")
        return nb ? "Poeng: \(s.points) (brutte sikkerhetsregler: \(s.hard), \(without): \(s.friendless))."
            : "Points: \(s.points) (safety rules broken: \(s.hard), \(without): \(s.friendless))."
    }
    var objectiveGroups: String {
        nb ? "Best betyr: først ingen konfliktpar sammen, så så få som mulig uten venn, så flest poeng. Poengene er summen "
            + "av valgene som holdes innad i gruppene (gjensidige valg teller mer), kjønnsbalansen og lederne, minus par som "
            + "var sammen i en tidligere runde; de brukes bare til å sammenligne forslag for de samme elevene."
            : "Best means: first no conflict pair together, then as few as possible without a friend, then the most points. "
            + "The points add up the choices kept inside the groups (mutual choices count more), the gender balance and the "
            + "leaders, minus pairs who were together in an earlier round; they only compare suggestions for the same pupils."
    }
    var objectivePlacement: String {
        nb ? "Best betyr: først ingen konfliktpar sammen, så så få som mulig uten noen de valgte, så flest poeng for valg "
            + "innad i klassen, gjensidige valg og kjønnsbalanse."
            : "Best means: first no conflict pair together, then as few as possible without anyone they chose, then the "
            + "most points for choices inside the class, mutual choices and gender balance."
    }
    func placementHeading(_ name: String, pupils: Int, _ s: GroupSizes) -> String {
        nb ? "Klassefordeling for \(name): \(pupils) elever i \(s.groupCount) klasser på \(groupSizes(s))."
            : "Class placement for \(name): \(pupils) pupils in \(s.groupCount) classes of \(groupSizes(s))."
    }
    func placedClass(_ c: Int, size: Int, girls: Int, boys: Int, other: Int, ties: Int) -> String {
        let rest = other > 0 ? (nb ? ", \(other) annet/ukjent" : ", \(other) other/unknown") : ""
        let gender = girls + boys == 0
            ? (nb ? "kjønn ikke oppgitt" : "gender not given")
            : (nb ? "\(girls) jenter, \(boys) gutter\(rest)" : "\(girls) girls, \(boys) boys\(rest)")
        return nb ? "Klasse \(c): \(size) elever (\(gender)); \(ties) valg innad."
            : "Class \(c): \(size) pupils (\(gender)); \(ties) choices inside."
    }
    func fromClasses(_ parts: String) -> String { nb ? "Fra: \(parts)" : "From: \(parts)" }
    var noClass: String { nb ? "uten klasse" : "no class" }
    var pupilsHeading: String { nb ? "Elever:" : "Pupils:" }
    var withoutChosenFriend: String { nb ? "Uten noen de valgte i klassen:" : "Without anyone they chose in the class:" }
}
