/// Sociometric status by the standard-score method of Coie, Dodge & Coppotelli (1982, *Developmental
/// Psychology* 18, 557–570), with the neglected rule as in Coie & Dodge (1983, *Merrill-Palmer Quarterly* 29,
/// 261–282).
public enum CoieDodgeStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// zSP > 1, zLM > 0, zLL < 0.
    case popular
    /// zSP < −1, zLL > 0, zLM < 0.
    case rejected
    /// zSI < −1, zLM < 0, zLL < 0.
    case neglected
    /// zSI > 1, zLM > 0, zLL > 0.
    case controversial
    /// −0.5 < zSP < 0.5 (and none of the above).
    case average
    /// None of the rules applies. Always reported, never hidden.
    case unclassified

    /// Classifies one pupil from the within-class standard scores. All inequalities are strict.
    ///
    /// The four extreme groups cannot overlap (their sign conditions exclude each other); `average` is
    /// checked last, so a pupil who meets an extreme rule is never called average.
    ///
    /// - Complexity: O(1).
    public static func classify(zLM: Double, zLL: Double, zSP: Double, zSI: Double) -> CoieDodgeStatus {
        if zSP > 1, zLM > 0, zLL < 0 { return .popular }
        if zSP < -1, zLL > 0, zLM < 0 { return .rejected }
        if zSI < -1, zLM < 0, zLL < 0 { return .neglected }
        if zSI > 1, zLM > 0, zLL > 0 { return .controversial }
        if zSP > -0.5, zSP < 0.5 { return .average }
        return .unclassified
    }
}

/// The standard scores of one class (Coie, Dodge & Coppotelli 1982).
public struct StandardScores: Sendable, Hashable {
    public let zLM: [Double]
    public let zLL: [Double]
    /// zSP: social preference SP = zLM − zLL, re-standardised.
    public let zSP: [Double]
    /// zSI: social impact SI = zLM + zLL, re-standardised.
    public let zSI: [Double]
    /// Which of LM, LL, SP, SI had no spread (every pupil the same), so their z were set to 0.
    public let degenerate: Set<String>

    /// Computes zLM, zLL, SP, SI, zSP, zSI over all pupils of the class (respondents and
    /// non-respondents: everyone can be nominated, so everyone is scored on what they received).
    ///
    /// - Complexity: O(*n*).
    public init(lm: [Int], ll: [Int]) {
        let zlm = Standardise.zScores(lm), zll = Standardise.zScores(ll)
        let sp = zip(zlm.z, zll.z).map { $0 - $1 }
        let si = zip(zlm.z, zll.z).map { $0 + $1 }
        let zsp = Standardise.zScores(sp), zsi = Standardise.zScores(si)
        zLM = zlm.z
        zLL = zll.z
        zSP = zsp.z
        zSI = zsi.z
        var d = Set<String>()
        if zlm.degenerate { d.insert("LM") }
        if zll.degenerate { d.insert("LL") }
        if zsp.degenerate { d.insert("SP") }
        if zsi.degenerate { d.insert("SI") }
        degenerate = d
    }

    /// The Coie–Dodge status of every pupil.
    public var statuses: [CoieDodgeStatus] {
        zLM.indices.map { CoieDodgeStatus.classify(zLM: zLM[$0], zLL: zLL[$0], zSP: zSP[$0], zSI: zSI[$0]) }
    }
}
