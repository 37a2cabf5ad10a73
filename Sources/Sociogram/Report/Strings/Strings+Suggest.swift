/// The suggestions: supporters, support groups, work groups and class placement (``SuggestText``,
/// ``SuggestNote``, ``UnmetConstraint``, ``SupportReason`` say their texts through these).
extension Strings {
    /// The reminder every supporter or support-group suggestion carries.
    public var consentReminder: String {
        switch language {
        case .nb:
            return "Elevene som spørres, deltar bare frivillig. Eleven det gjelder og foreldrene må være enige før noe settes i gang. "
                + "Sosiometriske data er et øyeblikksbilde for spørsmålet som ble stilt, og aldri eneste grunnlag for et tiltak."
        case .en:
            return "Classmates who are asked take part only voluntarily. The pupil concerned and the parents must agree before anything starts. "
                + "Sociometric data is a snapshot for the question asked and never the sole basis for a measure."
        }
    }

    /// Which support-group design a suggestion follows, in words.
    public func supportDesign(_ design: SupportGroupDesign) -> String {
        switch (design, language) {
        case (.chosenPeersWithPupil, .nb):
            return "Støttegruppe etter Udirs elevgrupper / Kvarmes støttegruppe: jevnaldrende eleven selv har valgt, med eleven til stede. "
                + "Ikke «Support Group Method», der elever som deltok i mobbingen er med og eleven ikke er til stede."
        case (.chosenPeersWithPupil, .en):
            return "Support group as in Udir's pupil groups / Kvarme's support groups: peers the pupil chose, with the pupil present. "
                + "Not the Support Group Method, where peers who took part in the bullying join and the pupil is not present."
        }
    }

    /// A note of the suggestions in words.
    public func suggestNote(_ note: SuggestNote) -> String {
        let en = language == .en
        switch note {
        case .noNegativeQuestion:
            return en ? "The survey has no negative question: no pair was kept apart because of one."
                : "Undersøkelsen har ikke noe negativt spørsmål: ingen par ble holdt fra hverandre på grunn av det."
        case .noProsocialQuestion:
            return en ? "The survey has no prosocial question: ranked by status and ties only; no leaders suggested."
                : "Undersøkelsen har ikke noe prososialt spørsmål: rangert bare etter status og valg; ingen ledere foreslått."
        case .noLeaderCandidates:
            return en ? "Nobody was named as helpful often enough to be suggested as leader; the teacher appoints leaders."
                : "Ingen ble nevnt som hjelpsom ofte nok til å foreslås som leder; læreren utnevner ledere."
        case .fewerLeaderCandidatesThanGroups:
            return en ? "There are fewer leader candidates than groups: some groups have no candidate in any round, and the "
                + "same candidates lead in every round, so the role cannot rotate. The teacher can appoint other leaders."
                : "Det er færre lederkandidater enn grupper: noen grupper har ingen kandidat i noen runde, og de samme "
                + "kandidatene leder i hver runde, så rollen kan ikke gå på omgang. Læreren kan utnevne andre ledere."
        case .sizesNotWithinOne:
            return en ? "The class is too small for groups within one of the size asked; the nearest sizes were used."
                : "Klassen er for liten til grupper innenfor én av ønsket størrelse; nærmeste størrelser ble brukt."
        case .timeLimitReached:
            return en ? "The time limit stopped the search early; more time could give a better result."
                : "Tidsgrensen stoppet søket tidlig; mer tid kan gi et bedre resultat."
        case .noInfluenceQuestion:
            return en ? "The survey has no influence question: influence was not used."
                : "Undersøkelsen har ikke noe spørsmål om innflytelse: innflytelse ble ikke brukt."
        }
    }

    /// An unmet wish and its reason in words; `labels[i]` names network pupil `i` (name or code).
    public func unmet(_ constraint: UnmetConstraint, labels: [String]) -> String {
        let en = language == .en
        let who = constraint.pupils.map { $0 >= 0 && $0 < labels.count ? labels[$0] : "?" }
        let group = constraint.group.map { en ? "group \($0 + 1)" : "gruppe \($0 + 1)" } ?? ""
        let what: String
        switch constraint.kind {
        case .friendInGroup:
            what = en ? "\(who.joined()) has no friend in \(group)" : "\(who.joined()) har ingen venn i \(group)"
        case .chosenFriendInClass:
            what = en ? "\(who.joined()) has none of their chosen classmates in class \((constraint.group ?? 0) + 1)"
                : "\(who.joined()) har ingen av dem hen valgte i klasse \((constraint.group ?? 0) + 1)"
        case .negativeApart:
            what = en ? "\(who.joined(separator: " and ")) are together in \(group) although one named the other negatively"
                : "\(who.joined(separator: " og ")) er sammen i \(group) selv om den ene nevnte den andre negativt"
        case .apart:
            what = en ? "\(who.joined(separator: " and ")) are together in \(group) although they were to be kept apart"
                : "\(who.joined(separator: " og ")) er sammen i \(group) selv om de skulle holdes fra hverandre"
        case .leader:
            what = en ? "\(group) has no leader candidate" : "\(group) har ingen lederkandidat"
        }
        let why: String
        switch constraint.detail {
        case .noTieToAnyonePresent:
            why = en ? "impossible: no positive choice to or from anyone present" : "umulig: ingen positive valg til eller fra noen som er til stede"
        case .allTiesKeptApart:
            why = en ? "impossible: everyone they have a tie with is to be kept apart from them"
                : "umulig: alle hen har valg til eller fra, skal holdes fra hen"
        case .keptTogetherAsAsked:
            why = en ? "impossible: they are to be kept together, as asked" : "umulig: de skal holdes sammen, som ønsket"
        case .fewerLeadersThanGroups:
            why = en ? "impossible: fewer leader candidates than groups" : "umulig: færre lederkandidater enn grupper"
        case .searchDidNotFind:
            why = en ? "not found by the search (a solution may exist; try more iterations)"
                : "ikke funnet av søket (en løsning kan finnes; prøv flere iterasjoner)"
        }
        return "\(what) — \(why)."
    }

    /// Why a classmate is suggested, in words.
    public func reason(_ reason: SupportReason) -> String {
        let en = language == .en
        switch reason {
        case .namedHelpful(let k):
            return en ? "named as helpful by \(k) classmate\(k == 1 ? "" : "s")" : "nevnt som hjelpsom av \(k) i klassen"
        case .wellLiked:
            return en ? "liked by many classmates" : "godt likt av mange i klassen"
        case .influential(let k):
            return en ? "named as influential by \(k) classmate\(k == 1 ? "" : "s")" : "nevnt som en som bestemmer av \(k) i klassen"
        case .chosenByPupil:
            return en ? "the pupil chose them" : "eleven valgte hen"
        case .chosePupil:
            return en ? "chose the pupil" : "valgte eleven"
        case .mutual:
            return en ? "they chose each other" : "de valgte hverandre"
        }
    }

    /// A support-group member's role, in words.
    public func role(_ role: SupportGroupMember.Role) -> String {
        switch role {
        case .pupilsChoice: t("eleven valgte selv denne klassekameraten", "the pupil's own choice")
        case .prosocialPeer: t("hjelpsom klassekamerat, lagt til etter elevens egne valg", "a helpful classmate, added after the pupil's own choices")
        }
    }

    /// Said when every member of a suggested support group belongs to one subgroup.
    public var oneSubgroupOnly: String {
        t(
            "Alle i forslaget hører til samme subgruppe fordi ingen andre kunne foreslås; vurder om gruppen blir for lukket.",
            "Everyone suggested belongs to one subgroup because nobody else could be suggested; consider whether the group becomes too closed.")
    }
}
