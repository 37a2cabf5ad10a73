/// Sociometric status by the probability method of Newcomb & Bukowski (1983, *Developmental Psychology*
/// 19, 856–867), with an exact Poisson-binomial chance model.
public enum NewcombBukowskiStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// LM significantly high and LL below its expected value.
    case popular
    /// LL significantly high and LM below its expected value.
    case rejected
    /// Impact LM + LL significantly low.
    case neglected
    /// LM significantly high and LL above its expected value, or LL significantly high and LM above its expected value.
    case controversial
    /// Everyone else.
    case average
}

/// How a pupil's received positive nominations compare with chance (usable without a negative question).
public enum ChanceLevel: String, Sendable, Hashable, Codable {
    /// P(X ≥ LM) ≤ α: chosen significantly more often than chance.
    case high
    /// P(X ≤ LM) ≤ α: chosen significantly less often than chance.
    case low
    /// Neither.
    case typical
}

/// One pupil's chance test.
public struct ChanceTest: Sendable, Hashable {
    /// The count observed (LM, LL or impact).
    public let observed: Int
    /// Its expected value under chance.
    public let expected: Double
    /// P(X ≥ observed) under chance (upper tail, one-tailed).
    public let upper: Double
    /// P(X ≤ observed) under chance (lower tail, one-tailed).
    public let lower: Double

    /// `high`, `low` or `typical` at level α.
    public func level(_ alpha: SignificanceLevel) -> ChanceLevel {
        if upper <= alpha.rawValue { return .high }
        if lower <= alpha.rawValue { return .low }
        return .typical
    }
}

/// The Newcomb–Bukowski result of one pupil.
public struct NewcombBukowskiResult: Sendable, Hashable {
    public let status: NewcombBukowskiStatus
    public let lm: ChanceTest
    public let ll: ChanceTest
    /// Impact = LM + LL.
    public let impact: ChanceTest

    /// Applies the published rules at level α (precedence: popular, rejected, controversial, neglected, average).
    ///
    /// - Complexity: O(1).
    public static func classify(lm: ChanceTest, ll: ChanceTest, impact: ChanceTest, alpha: SignificanceLevel)
        -> NewcombBukowskiStatus
    {
        let a = alpha.rawValue
        let lmHigh = lm.upper <= a, llHigh = ll.upper <= a
        let lmValue = Double(lm.observed), llValue = Double(ll.observed)
        if lmHigh, llValue < ll.expected { return .popular }
        if llHigh, lmValue < lm.expected { return .rejected }
        if (lmHigh && llValue > ll.expected) || (llHigh && lmValue > lm.expected) { return .controversial }
        if impact.lower <= a { return .neglected }
        return .average
    }
}

/// The chance model: under the null hypothesis each respondent *j* names each of the other *n* − 1
/// pupils independently with probability pⱼ = kⱼ / (*n* − 1), where kⱼ is the number of names *j*
/// actually gave in the question. Non-respondents give none (pⱼ = 0). Pupil *i*'s count is then a sum
/// of independent Bernoulli(pⱼ) over the respondents *j* ≠ *i*: a Poisson-binomial variable.
public enum ChanceModel {
    /// The chance test of every pupil's received count in one question.
    ///
    /// - Parameters:
    ///   - received: the count each pupil received.
    ///   - given: the number of names each pupil gave (0 for non-respondents).
    ///   - responded: whether each pupil answered.
    /// - Complexity: O(*d* · *n* · *c*) for *d* distinct values of kᵢ among respondents (plus one for
    ///   non-respondents) and *c* = max received + 1 (the distribution is truncated above the largest
    ///   observed count, where both tails stay exact). For a class: O(*n*²) at most.
    public static func tests(received: [Int], given: [[Int]], responded: [Bool]) -> [ChanceTest] {
        let n = received.count
        guard n >= 2 else {
            return received.map { ChanceTest(observed: $0, expected: 0, upper: $0 <= 0 ? 1 : 0, lower: 1) }
        }
        // probabilities per rater: one Bernoulli per entry of given[j] (impact uses two per rater)
        let denominator = Double(n - 1)
        let cap = (received.max() ?? 0) + 1
        var cache: [[Int]: PoissonBinomial] = [:]
        return (0..<n).map { i in
            let key = responded[i] ? given[i] : [-1]
            let dist: PoissonBinomial
            if let d = cache[key] {
                dist = d
            } else {
                var ps: [Double] = []
                ps.reserveCapacity(n * max(1, given.first?.count ?? 1))
                for j in 0..<n where j != i && responded[j] {
                    for k in given[j] where k > 0 { ps.append(Double(k) / denominator) }
                }
                dist = PoissonBinomial(probabilities: ps, cap: cap)
                cache[key] = dist
            }
            let x = received[i]
            return ChanceTest(observed: x, expected: dist.mean, upper: dist.upperTail(x), lower: dist.lowerTail(x))
        }
    }
}
