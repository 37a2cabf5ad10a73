/// The exact distribution of a sum of independent Bernoulli variables with different success
/// probabilities (the Poisson-binomial distribution), computed by the standard dynamic programme.
///
/// Optionally truncated: values ≥ `cap` are kept together in one overflow cell, which keeps both tails
/// exact for every x ≤ `cap` while the work stays O(*n* · cap) instead of O(*n*²).
public struct PoissonBinomial: Sendable, Hashable {
    /// `mass[k]` = P(X = k) for k < `cap`; `mass[cap]` = P(X ≥ cap).
    public let mass: [Double]
    /// The largest value kept separately; P(X ≥ cap) is the last cell.
    public let cap: Int
    /// E[X] = Σ pᵢ.
    public let mean: Double
    /// Whether values above `cap` were possible and folded into the last cell.
    public let truncated: Bool

    /// Builds the distribution of Σ Bernoulli(pᵢ).
    ///
    /// - Parameters:
    ///   - probabilities: success probabilities, each clamped to [0, 1].
    ///   - cap: keep P(X = k) separately only for k < cap (default: no truncation).
    /// - Complexity: O(*n* · min(*n*, cap)) time, O(min(*n*, cap)) memory.
    public init(probabilities: [Double], cap: Int? = nil) {
        let n = probabilities.count
        let c = max(1, min(cap ?? n, n))
        var m = [Double](repeating: 0, count: c + 1)
        m[0] = 1
        var top = 0  // highest index that can be non-zero
        var total = 0.0
        for raw in probabilities {
            let p = min(max(raw, 0), 1)
            total += p
            if p == 0 { continue }
            let q = 1 - p
            // The overflow cell absorbs mass from c − 1 and keeps its own.
            if top >= c - 1 { m[c] += m[c - 1] * p }
            var k = min(top + 1, c - 1)
            while k >= 1 {
                m[k] = m[k] * q + m[k - 1] * p
                k -= 1
            }
            m[0] *= q
            top = min(top + 1, c)
        }
        mass = m
        self.cap = c
        mean = total
        truncated = c < n
    }

    /// P(X ≥ x), exact for x ≤ `cap` (0 above it only when the overflow cell is empty).
    ///
    /// - Complexity: O(cap).
    public func upperTail(_ x: Int) -> Double {
        if x <= 0 { return 1 }
        if x > cap { return truncated ? mass[cap] : 0 }  // truncated: an upper bound; callers keep x ≤ cap
        var s = 0.0
        for k in stride(from: cap, through: x, by: -1) { s += mass[k] }
        return min(1, s)
    }

    /// P(X ≤ x), exact for x < `cap` (and for every x when not truncated).
    ///
    /// - Complexity: O(cap).
    public func lowerTail(_ x: Int) -> Double {
        if x < 0 { return 0 }
        if x >= cap { return 1 }
        var s = 0.0
        for k in 0...x { s += mass[k] }
        return min(1, s)
    }
}
