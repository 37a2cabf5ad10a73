/// Something the teacher should notice about a pupil.
public enum PupilFlag: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// No positive nomination received in any positive question.
    case isolated
    /// A respondent without any mutual positive tie (not set for non-respondents: unknown).
    case noMutual
    /// Coie–Dodge rejected (only when the survey has a negative question).
    case rejected
    /// Coie–Dodge neglected (only when the survey has a negative question).
    case neglected
    /// Many mutual ties: at least `starMinimumMutual` and at least the class mean + `starStandardDeviations` SD.
    case star
    /// "Særlig maktposisjon": a respondent who is not a star, has at most `powerPositionMaximumMutual`
    /// mutual ties, and is chosen by a star in a positive question.
    case powerPosition

    /// Attention order: the flags a teacher should see first come first.
    var order: Int {
        switch self {
        case .isolated: 0
        case .noMutual: 1
        case .rejected: 2
        case .neglected: 3
        case .star: 4
        case .powerPosition: 5
        }
    }

    public static func < (a: PupilFlag, b: PupilFlag) -> Bool { a.order < b.order }
}

/// A count received in some questions, standardised within the class.
public struct StandardisedCount: Sendable, Hashable {
    /// Nominations received (summed over the questions of the kind).
    public let received: Int
    /// z-score within the class (sample SD); 0 when every pupil has the same count.
    public let z: Double
}

/// Everything the analysis says about one pupil. Optional values are `nil` when the survey cannot
/// give them (no negative question, no prosocial question, …).
public struct PupilAnalysis: Sendable, Hashable {
    /// Index of the pupil in the network.
    public let index: Int
    /// Nominations received, per question index.
    public let received: [Int]
    /// Names given, per question index; `nil` for a non-respondent (missing, not "chose nobody").
    public let given: [Int]?
    /// Pupils with a mutual positive tie: both chose each other in the same positive question (any of
    /// them), ascending.
    public let mutual: [Int]
    /// Liked-most count (received in the LM question).
    public let lm: Int?
    /// Liked-least count (received in the LL question); `nil` without a negative question.
    public let ll: Int?
    public let zLM: Double?
    public let zLL: Double?
    /// Re-standardised social preference zLM − zLL.
    public let zSP: Double?
    /// Re-standardised social impact zLM + zLL.
    public let zSI: Double?
    public let coieDodge: CoieDodgeStatus?
    /// LM against the chance model (needs only a positive question).
    public let lmChance: ChanceTest?
    /// `high`/`low`/`typical`: LM against chance at the chosen α.
    public let acceptance: ChanceLevel?
    public let newcombBukowski: NewcombBukowskiResult?
    public let prosocial: StandardisedCount?
    public let influence: StandardisedCount?
    /// Normalised betweenness on the positive graph (networkx convention, directed).
    public let betweenness: Double?
    /// PageRank on the positive graph (α = 0.85).
    public let pageRank: Double?
    /// Community number (see ``Communities``).
    public let community: Int?
    public let flags: [PupilFlag]
}
