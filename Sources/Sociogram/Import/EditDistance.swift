/// Damerau–Levenshtein distance in its optimal-string-alignment form: insertions, deletions,
/// substitutions and transpositions of two adjacent letters each cost 1 (`Jonas`/`Jnoas` = 1).
enum EditDistance {
    /// The distance between `a` and `b`, or `limit + 1` as soon as it is certain to exceed `limit`.
    ///
    /// - Complexity: O(|*a*| · |*b*|) time, O(|*b*|) memory; O(1) when the lengths differ by more than `limit`.
    static func osa(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        let n = a.count, m = b.count
        if abs(n - m) > limit { return limit + 1 }
        if n == 0 || m == 0 { return max(n, m) }
        var twoBack = [Int](repeating: 0, count: m + 1)
        var previous = Array(0...m)
        var current = [Int](repeating: 0, count: m + 1)
        for i in 1...n {
            current[0] = i
            var rowMin = i
            for j in 1...m {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    v = min(v, twoBack[j - 2] + 1)
                }
                current[j] = v
                rowMin = min(rowMin, v)
            }
            if rowMin > limit { return limit + 1 }
            (twoBack, previous, current) = (previous, current, twoBack)
        }
        return min(previous[m], limit + 1)
    }
}
