/// A class's peer-nomination survey as a directed multi-question graph.
///
/// An immutable value: pupils, questions and the nominations between them, with
/// adjacency lists per question built once at construction. Cheap to build for
/// thousands of classes; safe to share across threads.
public struct ClassNetwork: Sendable {
    /// The class name (e.g. `7A`), or a grade name when the network holds several classes.
    public let name: String
    /// All pupils: respondents and, where a roster or the answers name them, non-respondents.
    public let pupils: [Pupil]
    /// The survey's questions in their original order.
    public let questions: [Question]
    /// Every nomination, deduplicated, without self-nominations, sorted by question, chooser, rank, chosen.
    public let nominations: [Nomination]

    /// `outgoing[q][i]`: the pupils `i` chose in question `q`, in rank order.
    private let outgoing: [[[Int]]]
    /// `incoming[q][i]`: the pupils who chose `i` in question `q`, ascending.
    private let incoming: [[[Int]]]
    /// Pupil index by stable id.
    private let indexByID: [String: Int]

    /// Builds a network; nominations that refer to unknown pupils or questions, self-nominations
    /// and duplicates are removed (the importer reports them before they get here).
    ///
    /// - Complexity: O(*n* + *m* log *m*) for *n* pupils and *m* nominations.
    public init(name: String, pupils: [Pupil], questions: [Question], nominations: [Nomination]) {
        self.name = name
        self.pupils = pupils
        self.questions = questions
        let n = pupils.count
        let qn = questions.count
        var seen = Set<Int>()
        var clean: [Nomination] = []
        clean.reserveCapacity(nominations.count)
        for nom in nominations {
            guard nom.from >= 0, nom.from < n, nom.to >= 0, nom.to < n,
                nom.question >= 0, nom.question < qn, nom.from != nom.to
            else { continue }
            let key = (nom.question * n + nom.from) * n + nom.to
            if seen.insert(key).inserted { clean.append(nom) }
        }
        clean.sort { a, b in
            if a.question != b.question { return a.question < b.question }
            if a.from != b.from { return a.from < b.from }
            let ra = a.rank ?? Int.max, rb = b.rank ?? Int.max
            if ra != rb { return ra < rb }
            return a.to < b.to
        }
        self.nominations = clean
        var out = Array(repeating: Array(repeating: [Int](), count: n), count: qn)
        var inc = out
        for nom in clean {
            out[nom.question][nom.from].append(nom.to)
            inc[nom.question][nom.to].append(nom.from)
        }
        for q in 0..<qn { for i in 0..<n { inc[q][i].sort() } }
        self.outgoing = out
        self.incoming = inc
        var byID: [String: Int] = [:]
        byID.reserveCapacity(n)
        for (i, p) in pupils.enumerated() where byID[p.id] == nil { byID[p.id] = i }
        self.indexByID = byID
    }

    /// The number of pupils.
    public var count: Int { pupils.count }

    /// Indices of the pupils who answered the survey.
    public var respondents: [Int] { pupils.indices.filter { pupils[$0].responded } }

    /// The pupils `pupil` chose in question `question`, in rank order.
    ///
    /// - Complexity: O(1).
    public func choices(of pupil: Int, in question: Int) -> [Int] { outgoing[question][pupil] }

    /// The pupils who chose `pupil` in question `question`, ascending.
    ///
    /// - Complexity: O(1).
    public func choosers(of pupil: Int, in question: Int) -> [Int] { incoming[question][pupil] }

    /// Whether `from` chose `to` in `question`.
    ///
    /// - Complexity: O(*k*) for *k* choices made by `from`.
    public func chose(_ from: Int, _ to: Int, in question: Int) -> Bool {
        outgoing[question][from].contains(to)
    }

    /// Indices of the questions of the given kind, in survey order.
    public func questions(ofKind kind: QuestionKind) -> [Int] {
        questions.indices.filter { questions[$0].kind == kind }
    }

    /// Whether the survey has a question of the given kind (e.g. a negative question).
    public func has(_ kind: QuestionKind) -> Bool { questions.contains { $0.kind == kind } }

    /// The index of the pupil with the given stable id.
    ///
    /// - Complexity: O(1) on average.
    public func index(ofID id: String) -> Int? { indexByID[id] }

    /// The distinct class names of the pupils, in order of first appearance.
    public var classNames: [String] {
        var seen = Set<String>()
        return pupils.compactMap(\.className).filter { seen.insert($0).inserted }
    }

    /// The network restricted to the given pupils (in the given order), keeping only nominations among them.
    ///
    /// - Complexity: O(*n* + *m*).
    public func subnetwork(name: String, pupils members: [Int]) -> ClassNetwork {
        var newIndex = Array(repeating: -1, count: pupils.count)
        for (k, i) in members.enumerated() { newIndex[i] = k }
        let noms = nominations.compactMap { nom -> Nomination? in
            let f = newIndex[nom.from], t = newIndex[nom.to]
            guard f >= 0, t >= 0 else { return nil }
            return Nomination(from: f, to: t, question: nom.question, rank: nom.rank)
        }
        return ClassNetwork(
            name: name, pupils: members.map { pupils[$0] }, questions: questions, nominations: noms)
    }

    /// Splits a grade-level network into one network per class (pupils without a class are left out).
    public func splitByClass() -> [ClassNetwork] {
        classNames.map { cls in
            subnetwork(name: cls, pupils: pupils.indices.filter { pupils[$0].className == cls })
        }
    }

    /// A copy with different question kinds (same ids, texts, nominations).
    ///
    /// `newQuestions` replaces the questions position by position; extra entries are ignored and
    /// missing ones keep the current question, so nominations always keep a valid question.
    public func replacingQuestions(_ newQuestions: [Question]) -> ClassNetwork {
        let merged = questions.indices.map { $0 < newQuestions.count ? newQuestions[$0] : questions[$0] }
        return ClassNetwork(name: name, pupils: pupils, questions: merged, nominations: nominations)
    }
}
