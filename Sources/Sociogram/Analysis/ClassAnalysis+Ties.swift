extension ClassAnalysis {
    /// The question for a role: the one `selector` picks (noted when it is not of the expected kind), or
    /// the first question of the expected kind.
    static func question(
        _ selector: QuestionSelector?, role: String, option: String, kind: QuestionKind, in network: ClassNetwork,
        notes: inout [AnalysisNote]
    ) throws(AnalysisError) -> Int? {
        guard let selector else { return network.questions(ofKind: kind).first }
        let q = try selector.resolve(in: network.questions, option: option)
        let question = network.questions[q]
        if question.kind != kind { notes.append(.unusualQuestion(role: role, questionID: question.id, kind: question.kind)) }
        return q
    }

    /// One digraph per question.
    ///
    /// - Complexity: O(*q n* + *m*).
    static func questionGraphs(_ network: ClassNetwork) -> [Digraph] {
        var arcs = [[(from: Int, to: Int)]](repeating: [], count: network.questions.count)
        for nom in network.nominations { arcs[nom.question].append((nom.from, nom.to)) }
        return arcs.map { Digraph(nodeCount: network.count, arcs: $0) }
    }

    /// The union of the given questions' graphs (an arc when any of them has it).
    ///
    /// - Complexity: O(*n* + *m*).
    static func union(_ graphs: [Digraph], of questions: [Int], nodeCount n: Int) -> Digraph {
        var arcs: [(from: Int, to: Int)] = []
        for q in questions {
            let g = graphs[q]
            for v in 0..<n { for w in g.successors(of: v) { arcs.append((v, Int(w))) } }
        }
        return Digraph(nodeCount: n, arcs: arcs)
    }

    /// Mutual positive ties: `v` and `w` chose each other in the same positive question (in at least one).
    ///
    /// - Complexity: O(*q* (*n* + *m*)).
    static func mutualNeighbours(_ graphs: [Digraph], of questions: [Int], nodeCount n: Int) -> [[Int]] {
        var result = [[Int]](repeating: [], count: n)
        for q in questions {
            let r = graphs[q].reciprocatedNeighbours()
            for v in 0..<n where !r[v].isEmpty { result[v].append(contentsOf: r[v]) }
        }
        if questions.count > 1 {
            for v in 0..<n where !result[v].isEmpty { result[v] = Array(Set(result[v])).sorted() }
        }
        return result
    }

    /// Nominations received over the given questions, standardised within the class; `nil` without such questions.
    ///
    /// - Complexity: O(*q n*).
    static func standardisedReceived(_ graphs: [Digraph], of questions: [Int], nodeCount n: Int)
        -> [StandardisedCount]?
    {
        guard !questions.isEmpty else { return nil }
        let counts = (0..<n).map { v in questions.reduce(0) { $0 + graphs[$1].inDegree(v) } }
        let z = Standardise.zScores(counts).z
        return (0..<n).map { StandardisedCount(received: counts[$0], z: z[$0]) }
    }
}
