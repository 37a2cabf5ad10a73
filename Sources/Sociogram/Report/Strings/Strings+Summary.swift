/// The terminal summary of `sociogram analyze` (``Summary``) and the command line's own messages.
extension Strings {
    func classLine(_ name: String, pupils: Int, respondents: Int, rate: String) -> String {
        t(
            "Klasse \(name): \(pupils) elever, \(respondents) svarte (\(rate)).",
            "Class \(name): \(pupils) pupils, \(respondents) answered (\(rate)).")
    }
    var attentionHeading: String { t("Elever som bør få oppmerksomhet først:", "Pupils who need attention first:") }
    var nobodyNeedsAttention: String {
        t("Ingen elever er uten valg eller uten gjensidige valg.", "No pupil is unchosen or without a mutual choice.")
    }

    // MARK: Short descriptions of what the answers show about a pupil (also used in the report)

    /// Not chosen in any positive question.
    public var describeIsolated: String { t("ikke valgt av noen", "not chosen by anyone") }
    /// Chose others, but no choice was returned.
    public var describeNoMutual: String { t("ingen gjensidige valg", "no mutual choices") }
    /// Coie–Dodge rejected, in words.
    public var describeRejected: String { t("mange negative og få positive valg", "many negative and few positive choices") }
    /// Coie–Dodge neglected, in words.
    public var describeNeglected: String {
        t("få valg av noe slag, verken positive eller negative", "few choices of any kind")
    }
    /// A non-respondent.
    public var describeDidNotAnswer: String { t("svarte ikke", "did not answer") }

    var classNumbersHeading: String { t("Tall for klassen:", "Class numbers:") }

    func ties(density: String, reciprocity: String) -> String {
        t(
            "Andel mulige valg som ble gjort: \(density); andel valg som ble gjengjeldt: \(reciprocity).",
            "Share of possible choices made: \(density); share of choices returned: \(reciprocity).")
    }
    func subgroups(_ count: Int) -> String {
        t(
            "Subgrupper (minst tre som alle har valgt hverandre): \(count).",
            "Subgroups (three or more who all chose each other): \(count).")
    }
    func communities(_ count: Int, _ q: String) -> String {
        t(
            "Grupper i nettverket: \(count) (modularitet Q = \(q); over 0,3 betyr tydelige grupper).",
            "Groups in the network: \(count) (modularity Q = \(q); above 0.3 means clear groups).")
    }
    func stars(_ names: String) -> String {
        t("Mange gjensidige valg (stjerner): \(names).", "Many mutual choices (stars): \(names).")
    }
    func power(_ names: String) -> String {
        t(
            "Særlig maktposisjon (valgt av en stjerne, selv få gjensidige valg): \(names).",
            "Special power position (chosen by a star, few mutual choices themselves): \(names).")
    }
    func statusLine(_ counts: String) -> String {
        t("Sosiometrisk status (Coie–Dodge): \(counts).", "Sociometric status (Coie–Dodge): \(counts).")
    }

    /// The Coie–Dodge category name (for the teacher's own analysis view and the method notes).
    public func status(_ s: CoieDodgeStatus) -> String { statusName(s.rawValue) }

    /// The Newcomb–Bukowski category name.
    public func status(_ s: NewcombBukowskiStatus) -> String { statusName(s.rawValue) }

    /// The brief's terms for the sociometric status categories (both methods use the same names).
    private func statusName(_ raw: String) -> String {
        switch raw {
        case "popular": t("populær", "popular")
        case "rejected": t("avvist", "rejected")
        case "neglected": t("oversett", "neglected")
        case "controversial": t("kontroversiell", "controversial")
        case "average": t("gjennomsnittlig", "average")
        default: t("uklassifisert", "unclassified")
        }
    }

    func genderLine(within: String, ei: String) -> String {
        t("Valg innenfor samme kjønn: \(within) (E–I-indeks \(ei)).", "Choices within the same gender: \(within) (E–I index \(ei)).")
    }

    /// The reminder every output ends with.
    public var caveat: String {
        t(
            "Husk: svarene viser hvordan elevene svarte på spørsmålene én dag. De skal aldri være eneste grunnlag for et tiltak.",
            "Remember: the answers show how pupils answered the questions on one day. Never use them as the only basis for a measure.")
    }
}
