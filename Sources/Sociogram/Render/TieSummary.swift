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
/// A tie `a → b` exists when `a` named `b` in at least one of the questions; it is mutual when `b → a`
/// exists too (possibly from another question of the set).
struct TieSummary: Sendable {
    /// A tie drawn once per pair: `mutual` ties are one two-headed edge from the lower index.
    struct Tie: Sendable, Hashable {
        let from: Int
        let to: Int
        let mutual: Bool
    }

    let count: Int
    /// `choices[a]`: whom `a` chose, ascending, distinct.
    let choices: [[Int]]
    /// `received[b]`: how many distinct pupils chose `b`.
    let received: [Int]
    /// `mutualCount[a]`: how many mutual ties `a` has.
    let mutualCount: [Int]
    /// Every tie once, ordered by (from, to).
    let ties: [Tie]
    private let pairs: Set<Int>

    /// - Complexity: O(*n* + *m* log *m*) for *n* pupils and *m* nominations.
    init(_ network: ClassNetwork, questions: [Int]) {
        let n = network.count
        let wanted = Set(questions)
        var pairs = Set<Int>()
        var choices = Array(repeating: [Int](), count: n)
        for nom in network.nominations where wanted.contains(nom.question) {
            if pairs.insert(nom.from * n + nom.to).inserted { choices[nom.from].append(nom.to) }
        }
        var received = Array(repeating: 0, count: n)
        var mutualCount = Array(repeating: 0, count: n)
        var ties: [Tie] = []
        for a in 0..<n {
            choices[a].sort()
            for b in choices[a] {
                received[b] += 1
                let mutual = pairs.contains(b * n + a)
                if mutual { mutualCount[a] += 1 }
                if !mutual || a < b { ties.append(Tie(from: a, to: b, mutual: mutual)) }
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
