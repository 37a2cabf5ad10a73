/// The per-pupil numbers the suggestions need, computed from the survey alone.
///
/// A stand-in for the analysis core: once `ClassAnalysis` is available, an initialiser from it can
/// supply the same numbers (standardised prosocial scores, SP), and nothing else in `Suggest/` changes.
public struct SuggestSignals: Sendable, Hashable {
    /// Distinct classmates who named the pupil in any positive question.
    public let positiveReceived: [Int]
    /// Distinct classmates who named the pupil in a prosocial question; `nil` without such a question.
    public let prosocialReceived: [Int]?
    /// Distinct classmates who named the pupil in an influence question; `nil` without such a question.
    public let influenceReceived: [Int]?
    /// Liked-most count (first positive question).
    public let lm: [Int]
    /// Liked-least count (first negative question); `nil` without a negative question.
    public let ll: [Int]?
    /// Social preference zSP = z(z(LM) − z(LL)) (z(LM) without a negative question), sample SD.
    public let zSP: [Double]
    /// `positiveOut[i]`: pupils `i` named in any positive question, first question's rank order first.
    public let positiveOut: [[Int]]
    /// `positiveIn[i]`: pupils who named `i` in any positive question, ascending.
    public let positiveIn: [[Int]]
    /// `negativeOut[i]`: pupils `i` named in any negative question; `negativeIn[i]`: who named `i` so.
    public let negativeOut: [Set<Int>]
    public let negativeIn: [Set<Int>]

    /// Computes the signals from the survey's questions by kind.
    ///
    /// - Complexity: O(*n* + *m*) for *m* nominations (plus sorting the in-lists).
    public init(network: ClassNetwork) {
        let n = network.count
        func union(_ kind: QuestionKind, outgoing: Bool) -> [[Int]] {
            var lists = Array(repeating: [Int](), count: n)
            var seen = Array(repeating: Set<Int>(), count: n)
            for q in network.questions(ofKind: kind) {
                for i in 0..<n {
                    let others = outgoing ? network.choices(of: i, in: q) : network.choosers(of: i, in: q)
                    for j in others where seen[i].insert(j).inserted { lists[i].append(j) }
                }
            }
            return outgoing ? lists : lists.map { $0.sorted() }
        }
        positiveOut = union(.positive, outgoing: true)
        positiveIn = union(.positive, outgoing: false)
        positiveReceived = positiveIn.map(\.count)
        prosocialReceived = network.has(.prosocial) ? union(.prosocial, outgoing: false).map(\.count) : nil
        influenceReceived = network.has(.influence) ? union(.influence, outgoing: false).map(\.count) : nil
        negativeOut = union(.negative, outgoing: true).map(Set.init)
        negativeIn = union(.negative, outgoing: false).map(Set.init)
        let positives = network.questions(ofKind: .positive), negatives = network.questions(ofKind: .negative)
        let lm = (0..<n).map { i in positives.first.map { network.choosers(of: i, in: $0).count } ?? 0 }
        let ll = negatives.first.map { q in (0..<n).map { network.choosers(of: $0, in: q).count } }
        self.lm = lm
        self.ll = ll
        let zLM = Self.standardise(lm.map(Double.init))
        if let ll {
            let zLL = Self.standardise(ll.map(Double.init))
            zSP = Self.standardise(zip(zLM, zLL).map { $0 - $1 })
        } else {
            zSP = zLM
        }
    }

    /// z-scores with the sample SD (n − 1); all zero when the SD is zero or n < 2.
    static func standardise(_ x: [Double]) -> [Double] {
        guard x.count > 1 else { return x.map { _ in 0 } }
        let mean = x.reduce(0, +) / Double(x.count)
        let sd = (x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(x.count - 1)).squareRoot()
        guard sd > 0 else { return x.map { _ in 0 } }
        return x.map { ($0 - mean) / sd }
    }

    /// Whether `i` and `j` named each other in some positive question (either order of questions).
    public func mutual(_ i: Int, _ j: Int) -> Bool { positiveOut[i].contains(j) && positiveOut[j].contains(i) }

    /// Whether either named the other in a negative question.
    public func negative(_ i: Int, _ j: Int) -> Bool { negativeOut[i].contains(j) || negativeOut[j].contains(i) }
}
