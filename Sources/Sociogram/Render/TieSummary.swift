/// Which questions a diagram draws.
public enum QuestionSelection: Sendable, Hashable {
    /// The union of all positive questions: `a` chose `b` if `a` named `b` in any positive question.
    /// The default, because a teacher's first question is who has friends at all.
    case allPositive
    /// One question by index (the per-question view). A negative question is drawn in the negative
    /// style; isolation is still judged on all positive questions.
    case question(Int)
}

/// The directed ties of one relation (a set of questions), with what diagrams need from it.
///
/// A tie `a → b` exists when `a` named `b` in at least one of the questions; it is drawn as one
/// two-headed edge when `b → a` exists too. Only a pair who chose each other in the same question is a
/// mutual choice (as in the analysis); a pair whose choices come from different questions is drawn thin.
struct TieSummary: Sendable {
    /// A tie drawn once per pair: `mutual` ties are one two-headed edge from the lower index.
    struct Tie: Sendable, Hashable {
        let from: Int
        let to: Int
        /// Both directions exist in the drawn relation: one edge with two heads.
        let mutual: Bool
        /// The two chose each other in the same question: a mutual choice as the analysis counts it.
        let sameQuestion: Bool

        init(from: Int, to: Int, mutual: Bool, sameQuestion: Bool? = nil) {
            self.from = from
            self.to = to
            self.mutual = mutual
            self.sameQuestion = sameQuestion ?? mutual
        }
    }

    let count: Int
    /// `choices[a]`: whom `a` chose, ascending, distinct.
    let choices: [[Int]]
    /// `received[b]`: how many distinct pupils chose `b`.
    let received: [Int]
    /// `mutualCount[a]`: how many pupils chose `a` and were chosen by `a` in the same question — the
    /// analysis's definition of a mutual choice, so that diagrams and `analysis.json` agree.
    let mutualCount: [Int]
    /// Every tie once, ordered by (from, to).
    let ties: [Tie]
    private let pairs: Set<Int>

    /// - Complexity: O(*n* + *m* log *m*) for *n* pupils and *m* nominations.
    init(_ network: ClassNetwork, questions: [Int]) {
        let n = network.count
        let wanted = Set(questions)
        func key(_ q: Int, _ a: Int, _ b: Int) -> Int { (q * n + a) * n + b }
        var pairs = Set<Int>(), arcs = Set<Int>()
        var choices = Array(repeating: [Int](), count: n)
        for nom in network.nominations where wanted.contains(nom.question) {
            arcs.insert(key(nom.question, nom.from, nom.to))
            if pairs.insert(nom.from * n + nom.to).inserted { choices[nom.from].append(nom.to) }
        }
        var reciprocated = Set<Int>()
        for nom in network.nominations where wanted.contains(nom.question) && arcs.contains(key(nom.question, nom.to, nom.from)) {
            reciprocated.insert(nom.from * n + nom.to)
        }
        var received = Array(repeating: 0, count: n)
        var mutualCount = Array(repeating: 0, count: n)
        var ties: [Tie] = []
        for a in 0..<n {
            choices[a].sort()
            for b in choices[a] {
                received[b] += 1
                let both = pairs.contains(b * n + a), same = reciprocated.contains(a * n + b)
                if same { mutualCount[a] += 1 }
                if !both || a < b { ties.append(Tie(from: a, to: b, mutual: both, sameQuestion: same)) }
            }
        }
        self.count = n
        self.choices = choices
        self.received = received
        self.mutualCount = mutualCount
        self.ties = ties
        self.pairs = pairs
    }

    /// Whether `a` chose `b`.
    func chose(_ a: Int, _ b: Int) -> Bool { pairs.contains(a * count + b) }

    /// The ties among `members` only, in the same order.
    func ties(among members: Set<Int>) -> [Tie] {
        ties.filter { members.contains($0.from) && members.contains($0.to) }
    }
}

extension ClassNetwork {
    /// Indices of the questions a selection draws.
    func questionIndices(for selection: QuestionSelection) -> [Int] {
        switch selection {
        case .allPositive: return questions(ofKind: .positive)
        case .question(let q): return questions.indices.contains(q) ? [q] : []
        }
    }
}
