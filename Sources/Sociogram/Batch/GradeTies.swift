/// Collects the positive ties of a grade across its classes, to draw the grade sociogram (classes as
/// clusters) when some choices cross classes.
///
/// A grade file gives the grade network directly. A folder gives it only with a roster that assigns
/// classes (the pupils' ids are then the same in every file's import); each file adds its pupils and
/// its positive ties, by pupil id.
struct GradeTies: Sendable {
    private var order: [String] = []
    private var pupils: [String: Pupil] = [:]
    private var arcs = Set<[String]>()

    /// Adds one file's import: its pupils (a pupil's own class decides whether they answered) and the
    /// union of its positive questions.
    ///
    /// - Complexity: O(*n* + *m*).
    mutating func add(_ whole: ClassNetwork, answeringClasses: Set<String>) {
        for p in whole.pupils {
            if pupils[p.id] == nil { order.append(p.id) }
            let own = p.className.map { answeringClasses.contains($0) } ?? false
            if pupils[p.id] == nil || own { pupils[p.id] = p }
        }
        let positive = Set(whole.questions(ofKind: .positive))
        for nom in whole.nominations where positive.contains(nom.question) {
            arcs.insert([whole.pupils[nom.from].id, whole.pupils[nom.to].id])
        }
    }

    /// The grade network with one question, "all positive questions", or `nil` when nothing was added.
    func network(name: String) -> ClassNetwork? {
        guard !order.isEmpty else { return nil }
        let members = order.compactMap { pupils[$0] }
        var index: [String: Int] = [:]
        for (i, p) in members.enumerated() { index[p.id] = i }
        let noms = arcs.sorted { $0.lexicographicallyPrecedes($1) }.compactMap { arc -> Nomination? in
            guard let f = index[arc[0]], let t = index[arc[1]] else { return nil }
            return Nomination(from: f, to: t, question: 0)
        }
        let question = Question(id: "q1", text: "All positive questions", kind: .positive, kindSource: .userSet)
        return ClassNetwork(name: name, pupils: members, questions: [question], nominations: noms)
    }

    /// Positive ties between pupils of two different (known) classes.
    ///
    /// - Complexity: O(*m*).
    static func crossClassCount(_ network: ClassNetwork) -> Int {
        let positive = Set(network.questions(ofKind: .positive))
        var seen = Set<Int>()
        let n = network.count
        for nom in network.nominations where positive.contains(nom.question) {
            guard let a = network.pupils[nom.from].className, let b = network.pupils[nom.to].className, a != b else { continue }
            seen.insert(nom.from * n + nom.to)
        }
        return seen.count
    }
}
