/// The `--json` document of `sociogram suggest supporters`.
public typealias SupportersDocument = SuggestionDocument<SupportersBody>
/// The `--json` document of `sociogram suggest support-group`.
public typealias SupportGroupDocument = SuggestionDocument<SupportGroupBody>

/// Why a classmate is suggested: a code, the number behind it where there is one, and words.
public struct SuggestionReasonEntry: Sendable, Codable, Hashable {
    public enum Code: String, Sendable, Codable, Hashable {
        case namedHelpful, wellLiked, influential, chosenByPupil, chosePupil, mutual
        /// A caution on the pupil's own choice: named negatively by many (`count`), clearly more than chance.
        case namedNegativelyOften
    }

    public let code: Code
    /// How many classmates (for `namedHelpful` and `influential`), else `null`.
    @ExplicitNull public var count: Int?
    /// The classmate's social preference (for `wellLiked`), else `null`.
    @ExplicitNull public var zSP: Double?
    public let text: String

    init(_ reason: SupportReason, language: Language) {
        switch reason {
        case .namedHelpful(let k): (code, count, zSP) = (.namedHelpful, k, nil)
        case .wellLiked(let z): (code, count, zSP) = (.wellLiked, nil, z)
        case .influential(let k): (code, count, zSP) = (.influential, k, nil)
        case .chosenByPupil: (code, count, zSP) = (.chosenByPupil, nil, nil)
        case .chosePupil: (code, count, zSP) = (.chosePupil, nil, nil)
        case .mutual: (code, count, zSP) = (.mutual, nil, nil)
        case .namedNegativelyOften(let k): (code, count, zSP) = (.namedNegativelyOften, k, nil)
        }
        text = reason.message(language)
    }
}

/// The classmates who are never suggested because of a negative nomination between them and the pupil.
///
/// By default only their number is given: who named the pupil negatively is not something to put in a
/// paper that may be shared. `pupils` lists them only when the teacher asks for their own view.
public struct SuggestionExcluded: Sendable, Codable, Hashable {
    /// One excluded classmate (teacher's own view only).
    public struct Entry: Sendable, Codable, Hashable {
        public let pupil: SuggestionPupil
        public let reason: ExcludedPupil.Reason
        public let text: String
    }

    /// How many classmates were left out.
    public let count: Int
    /// How many of them because many classmates named them in the negative question (clearly more than
    /// chance), not because of a negative choice between them and the pupil.
    public let namedNegativelyOften: Int
    /// The rule, in words (the direction of the nomination is not given).
    public let rule: String
    /// Who and why; `null` unless asked for (`--show-excluded`).
    @ExplicitNull public var pupils: [Entry]?

    init(_ excluded: [ExcludedPupil], show: Bool, focus: Int, context: SuggestionContext) {
        let s = Strings(context.language)
        count = excluded.count
        namedNegativelyOften = excluded.filter { $0.reason == .namedNegativelyOften }.count
        rule = s.excludedRule(context.label(focus))
        pupils = show
            ? excluded.map { Entry(pupil: context.pupil($0.pupil), reason: $0.reason, text: s.excludedReason($0.reason, context.label(focus))) }
            : nil
    }
}

/// The fields of a ``SupportersDocument``.
public struct SupportersBody: SuggestionBody {
    public static var kind: SuggestionKind { .supporters }

    /// One suggested classmate.
    public struct Entry: Sendable, Codable, Hashable {
        /// 1 = best.
        public let rank: Int
        public let pupil: SuggestionPupil
        /// The ranking score (formula in `method`).
        public let score: Double
        public let reasons: [SuggestionReasonEntry]
    }

    /// The pupil to be supported.
    public let pupil: SuggestionPupil
    /// How many supporters were asked for (`--count`).
    public let requestedCount: Int
    public let supporters: [Entry]
    public let excluded: SuggestionExcluded
    public let notes: [SuggestionNoteEntry]
    /// How the ranking is made, in words.
    public let method: String
    /// Classmates take part only voluntarily; the pupil and the parents must agree. Always present.
    public let consentReminder: String

    /// - Parameter showExcluded: list the excluded classmates by name (teacher's own view).
    /// - Complexity: O(*k* + *e*) for *k* suggestions and *e* excluded classmates.
    public init(_ result: SupportersResult, requestedCount: Int, showExcluded: Bool = false, context: SuggestionContext) {
        let language = context.language
        pupil = context.pupil(result.pupil)
        self.requestedCount = requestedCount
        supporters = result.supporters.enumerated().map { k, s in
            Entry(
                rank: k + 1, pupil: context.pupil(s.pupil), score: s.score,
                reasons: s.reasons.map { SuggestionReasonEntry($0, language: language) })
        }
        excluded = SuggestionExcluded(result.excluded, show: showExcluded, focus: result.pupil, context: context)
        notes = result.notes.map { context.note($0, for: .supporters) }
        method = Strings(language).supporterMethod
        consentReminder = SuggestText.consentReminder(language)
    }
}

/// The fields of a ``SupportGroupDocument``.
public struct SupportGroupBody: SuggestionBody {
    public static var kind: SuggestionKind { .supportGroup }

    /// One member of the suggested group.
    public struct Member: Sendable, Codable, Hashable {
        /// 1 = first chosen.
        public let position: Int
        public let pupil: SuggestionPupil
        /// `pupilsChoice` (the pupil named them) or `prosocialPeer`.
        public let role: SuggestionCoded<SupportGroupMember.Role>
        public let reasons: [SuggestionReasonEntry]
    }

    /// The pupil the group supports (present in the group's meetings).
    public let pupil: SuggestionPupil
    /// How many peers were asked for (`--size`).
    public let requestedSize: Int
    /// The design the suggestion follows, in a code and in words.
    public let design: SuggestionCoded<SupportGroupDesign>
    public let members: [Member]
    /// Whether every member is from one subgroup because nobody else could be added.
    public let oneSubgroupOnly: Bool
    public let excluded: SuggestionExcluded
    public let notes: [SuggestionNoteEntry]
    public let consentReminder: String

    /// - Parameter showExcluded: list the excluded classmates by name (teacher's own view).
    /// - Complexity: O(*k* + *e*).
    public init(_ result: SupportGroupResult, requestedSize: Int, showExcluded: Bool = false, context: SuggestionContext) {
        let language = context.language
        let s = Strings(language)
        pupil = context.pupil(result.pupil)
        self.requestedSize = requestedSize
        design = SuggestionCoded(code: result.design, text: SuggestText.design(result.design, language))
        members = result.members.enumerated().map { k, m in
            Member(
                position: k + 1, pupil: context.pupil(m.pupil),
                role: SuggestionCoded(code: m.role, text: s.role(m.role)),
                reasons: m.reasons.map { SuggestionReasonEntry($0, language: language) })
        }
        oneSubgroupOnly = result.oneSubgroupOnly
        excluded = SuggestionExcluded(result.excluded, show: showExcluded, focus: result.pupil, context: context)
        notes = result.notes.map { context.note($0, for: .supportGroup) }
        consentReminder = SuggestText.consentReminder(language)
    }
}
