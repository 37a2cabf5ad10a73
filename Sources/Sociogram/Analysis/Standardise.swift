/// Standard scores within a class.
public enum Standardise {
    /// The result of standardising one variable over a class.
    public struct Result: Sendable, Hashable {
        /// z = (x − mean) / SD for every value, in input order; all 0 when SD = 0 or fewer than two values.
        public let z: [Double]
        public let mean: Double
        /// The sample standard deviation (denominator n − 1); 0 for fewer than two values.
        public let standardDeviation: Double
        /// True when every value was the same (or there were fewer than two), so z was set to 0.
        public let degenerate: Bool
    }

    /// Standardises `values` with the sample standard deviation (n − 1), as Coie, Dodge & Coppotelli do.
    ///
    /// When all values are equal (SD = 0) every z is 0 instead of NaN, and `degenerate` says so.
    /// A relative tolerance treats an SD that is only rounding noise (< 1e-12 · max |x|) as 0.
    ///
    /// - Complexity: O(*n*).
    public static func zScores(_ values: [Double]) -> Result {
        let n = values.count
        guard n >= 2 else {
            return Result(z: Array(repeating: 0, count: n), mean: values.first ?? 0, standardDeviation: 0, degenerate: true)
        }
        let mean = values.reduce(0, +) / Double(n)
        var ss = 0.0
        for v in values { ss += (v - mean) * (v - mean) }
        let sd = (ss / Double(n - 1)).squareRoot()
        let scale = values.reduce(0) { max($0, abs($1)) }
        if !(sd > 1e-12 * max(scale, 1)) {
            return Result(z: Array(repeating: 0, count: n), mean: mean, standardDeviation: 0, degenerate: true)
        }
        return Result(z: values.map { ($0 - mean) / sd }, mean: mean, standardDeviation: sd, degenerate: false)
    }

    /// Convenience for integer counts.
    public static func zScores(_ counts: [Int]) -> Result { zScores(counts.map(Double.init)) }
}
