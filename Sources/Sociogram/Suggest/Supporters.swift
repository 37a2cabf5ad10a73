/// Why a classmate is suggested, one fact per case; ``SupportReason/message(labels:language:)`` says it in words.
public enum SupportReason: Sendable, Hashable, Codable {
    /// Named as helpful/kind by this many classmates (prosocial question).
    case namedHelpful(Int)
    /// Liked by many: social preference clearly above the class average (zSP).
    case wellLiked(zSP: Double)
    /// Named as influential by this many classmates.
    case influential(Int)
    /// The pupil named this classmate positively (rank in the first positive question, when ranked).
    case chosenByPupil
    /// This classmate named the pupil positively.
    case chosePupil
    /// They named each other (mutual positive tie).
    case mutual
    /// A caution, not a reason: this classmate, the pupil's own choice, was named in the negative
    /// question clearly more often than chance (``ClassNetwork/namedNegativelyOften()``), by this many.
    case namedNegativelyOften(Int)
}

/// One suggested supporter.
public struct SupporterSuggestion: Sendable, Hashable, Codable {
    /// Network index of the classmate.
    public let pupil: Int
    /// The ranking score (see `docs/groups.md`, "Supporters").
    public let score: Double
    public let reasons: [SupportReason]
}

/// A classmate left out, and why.
public struct ExcludedPupil: Sendable, Hashable, Codable {
    public enum Reason: String, Sendable, Hashable, Codable {
        /// They named the pupil negatively.
        case namedPupilNegatively
        /// The pupil named them negatively (an adversary).
        case namedByPupilNegatively
        /// Many classmates named them in the negative question, clearly more than chance: not put forward
        /// to support anyone (a supporter must be someone the class sees as kind, not someone it fears).
        case namedNegativelyOften
    }

    public let pupil: Int
    public let reason: Reason
}

/// The result of `sociogram suggest supporters`.
public struct SupportersResult: Sendable, Hashable, Codable {
    /// The pupil to be supported.
    public let pupil: Int
    /// Classmates, best first.
    public let supporters: [SupporterSuggestion]
    /// Classmates never suggested, with the reason.
    public let excluded: [ExcludedPupil]
    /// What the data could not support (e.g. no prosocial question: ranked by status and ties only).
    public let notes: [SuggestNote]
}

extension SuggestSignals {
    /// The supporter score of classmate `c` for pupil `p` and the reasons behind it:
    /// 2 × z(prosocial nominations) + zSP + z(influence nominations) + ties with P
    /// (+1.5 if P chose c, +1 if c chose P, +1 more if mutual). Missing questions contribute 0.
    /// Influence counts only for a classmate named as helpful at least once: "Vi trenger din hjelp!" asks
    /// for prosocial pupils with high status, and influence alone is not prosocial.
    ///
    /// - Complexity: O(*k*) for *k* choices of `p` and `c`.
    func supportScore(of c: Int, for p: Int, zProsocial: [Double]?, zInfluence: [Double]?) -> (Double, [SupportReason]) {
        var score = 0.0
        var reasons: [SupportReason] = []
        if let z = zProsocial, let received = prosocialReceived {
            score += 2 * z[c]
            if received[c] > 0 { reasons.append(.namedHelpful(received[c])) }
        }
        score += zSP[c]
        if zSP[c] >= 0.5 { reasons.append(.wellLiked(zSP: zSP[c])) }
        if let z = zInfluence, let received = influenceReceived, (prosocialReceived?[c] ?? 0) > 0 {
            score += z[c]
            if received[c] > 0 && z[c] > 0 { reasons.append(.influential(received[c])) }
        }
        let pChose = positiveOut[p].contains(c), cChose = positiveOut[c].contains(p)
        if pChose { score += 1.5 }
        if cChose { score += 1 }
        if pChose && cChose {
            score += 1
            reasons.append(.mutual)
        } else if pChose {
            reasons.append(.chosenByPupil)
        } else if cChose {
            reasons.append(.chosePupil)
        }
        return (score, reasons)
    }
}

extension ClassNetwork {
    /// Classmates who could be asked to support pupil `p` ("Vi trenger din hjelp!"), best first:
    /// ranked by prosocial nominations, status (zSP), influence and existing ties with `p`, never
    /// anyone who named `p` negatively or whom `p` named negatively, and never a classmate named in the
    /// negative question clearly more often than chance (``namedNegativelyOften()``). The reader must be reminded that
    /// classmates take part only voluntarily and that `p` and the parents must agree
    /// (``SuggestText/consentReminder(_:)``).
    ///
    /// - Parameters:
    ///   - count: how many to suggest (at most all eligible classmates).
    ///   - signals: the numbers to rank by; by default computed from this survey.
    /// - Throws: ``SuggestError`` when `p` is not a pupil of the class or `count` < 1.
    /// - Complexity: O(*n* log *n* + *m*) plus one ``ClassAnalysis`` of the class.
    public func suggestSupporters(
        for p: Int, count wanted: Int = 5, signals: SuggestSignals? = nil
    ) throws(SuggestError) -> SupportersResult {
        try suggestSupporters(for: p, count: wanted, signals: signals, often: namedNegativelyOften())
    }

    /// ``suggestSupporters(for:count:signals:)`` with ``namedNegativelyOften()`` already computed (the
    /// support group needs it too, and it costs an analysis of the class).
    func suggestSupporters(
        for p: Int, count wanted: Int, signals: SuggestSignals?, often: [Int: Int]
    ) throws(SuggestError) -> SupportersResult {
        guard p >= 0, p < count else { throw SuggestError(.pupilNotIn(number: p + 1, grade: false)) }
        guard wanted >= 1 else { throw SuggestError(.noSupporters(asked: wanted)) }
        let s = signals ?? SuggestSignals(network: self)
        var (eligible, excluded) = s.eligible(for: p, among: count)
        excluded += eligible.filter { often[$0] != nil }.map { ExcludedPupil(pupil: $0, reason: .namedNegativelyOften) }
        eligible.removeAll { often[$0] != nil }
        let zPro = s.prosocialReceived.map { SuggestSignals.standardise($0.map(Double.init)) }
        let zInf = s.influenceReceived.map { SuggestSignals.standardise($0.map(Double.init)) }
        let ranked = eligible.map { c -> SupporterSuggestion in
            let (score, reasons) = s.supportScore(of: c, for: p, zProsocial: zPro, zInfluence: zInf)
            return SupporterSuggestion(pupil: c, score: score, reasons: reasons)
        }
        .sorted { ($0.score, -$0.pupil) > ($1.score, -$1.pupil) }
        var notes: [SuggestNote] = []
        if s.prosocialReceived == nil { notes.append(.noProsocialQuestion) }
        if s.influenceReceived == nil { notes.append(.noInfluenceQuestion) }
        if !has(.negative) { notes.append(.noNegativeQuestion) }
        return SupportersResult(pupil: p, supporters: Array(ranked.prefix(wanted)), excluded: excluded, notes: notes)
    }
}

extension SuggestSignals {
    /// Classmates of `p` who may be suggested, and those excluded because of a negative nomination
    /// in either direction.
    func eligible(for p: Int, among n: Int) -> ([Int], [ExcludedPupil]) {
        var eligible: [Int] = []
        var excluded: [ExcludedPupil] = []
        for c in 0..<n where c != p {
            if negativeOut[c].contains(p) {
                excluded.append(ExcludedPupil(pupil: c, reason: .namedPupilNegatively))
            } else if negativeOut[p].contains(c) {
                excluded.append(ExcludedPupil(pupil: c, reason: .namedByPupilNegatively))
            } else {
                eligible.append(c)
            }
        }
        return (eligible, excluded)
    }
}
