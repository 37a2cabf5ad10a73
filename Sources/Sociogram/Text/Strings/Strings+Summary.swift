/// The terminal summary of `sociogram analyze` (``Summary``) and the command line's own messages.
extension Strings {
    /// The class line of the summary; a class whose name is not known is called «the class».
    func classLine(_ name: String, pupils: Int, respondents: Int, rate: String) -> String {
        let counts: [String: any Sendable] = ["pupils": pupils, "respondents": respondents, "rate": rate]
        if name.isEmpty { return text(.classLineUnnamed, counts) }
        return text(.classLine, counts.merging(["name": name]) { a, _ in a })
    }
    var attentionHeading: String { text(.attentionHeading) }
    /// How the attention list is ordered, said under it (the rule of ``ClassAnalysis/attentionOrder(tieBreak:)``).
    public var attentionOrderRule: String { text(.attentionOrderRule) }
    var nobodyNeedsAttention: String {
        text(.nobodyNeedsAttention)
    }

    // MARK: Short descriptions of what the answers show about a pupil (also used in the report)

    /// Not chosen in any positive question.
    public var describeIsolated: String { text(.describeIsolated) }
    /// Chose others, but no choice was returned.
    public var describeNoMutual: String { text(.describeNoMutual) }
    /// Coie–Dodge rejected, in words.
    public func describeRejected(_ e: StatusEvidence) -> String {
        text(.describeRejected, ["lead": e.lead.rawValue, "ll": e.ll, "lm": e.lm, "outOf": e.outOf])
    }
    /// Coie–Dodge neglected, in words, worded by ``StatusEvidence``'s rule.
    public func describeNeglected(_ e: StatusEvidence) -> String {
        text(.describeNeglected, ["rare": e.rarelyNamed, "ll": e.ll, "lm": e.lm, "outOf": e.outOf])
    }
    /// A non-respondent.
    public var describeDidNotAnswer: String { text(.describeDidNotAnswer) }

    var classNumbersHeading: String { text(.classNumbersHeading) }

    func ties(density: String, reciprocity: String) -> String {
        text(.ties, ["density": density, "reciprocity": reciprocity])
    }
    func subgroups(_ count: Int) -> String {
        text(.subgroups, ["count": count])
    }
    func communities(_ count: Int, _ q: String) -> String {
        text(.communities, ["count": count, "q": q])
    }
    func stars(_ names: String) -> String {
        text(.stars, ["names": names])
    }
    func power(_ names: String) -> String {
        text(.power, ["names": names])
    }
    func statusLine(_ counts: String) -> String {
        text(.statusLine, ["counts": counts])
    }

    /// The Coie–Dodge category name (for the teacher's own analysis view and the method notes).
    public func status(_ s: CoieDodgeStatus) -> String { statusName(s.rawValue) }

    /// The Newcomb–Bukowski category name.
    public func status(_ s: NewcombBukowskiStatus) -> String { statusName(s.rawValue) }

    /// The brief's terms for the sociometric status categories (both methods use the same names).
    private func statusName(_ raw: String) -> String {
        switch raw {
        case "popular": text(.statusNamePopular)
        case "rejected": text(.statusNameRejected)
        case "neglected": text(.statusNameNeglected)
        case "controversial": text(.statusNameControversial)
        case "average": text(.statusNameAverage)
        default: text(.statusName)
        }
    }

    func genderLine(within: String, ei: String) -> String {
        text(.genderLine, ["within": within, "ei": ei])
    }

    /// The reminder every output ends with.
    public var caveat: String {
        text(.caveat)
    }
}
