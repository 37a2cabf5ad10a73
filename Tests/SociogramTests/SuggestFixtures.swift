@testable import Sociogram

/// Small planted classes for the suggestion tests.
enum SuggestFixtures {
    /// A class with a positive (q1), a negative (q2) and optionally a prosocial (q3) question.
    static func network(
        _ n: Int, positive: [(Int, Int)], negative: [(Int, Int)] = [], prosocial: [(Int, Int)]? = nil,
        genders: [Gender?]? = nil
    ) -> ClassNetwork {
        let pupils = (0..<n).map {
            Pupil(id: "p\($0 + 1)", name: "Elev \($0 + 1)", code: "E\($0 + 1)", gender: genders?[$0], responded: true)
        }
        var questions = [
            Question(id: "q1", text: "Hvem vil du være sammen med?", kind: .positive),
            Question(id: "q2", text: "Hvem vil du helst ikke være sammen med?", kind: .negative),
        ]
        var noms = positive.map { Nomination(from: $0.0, to: $0.1, question: 0) }
            + negative.map { Nomination(from: $0.0, to: $0.1, question: 1) }
        if let prosocial {
            questions.append(Question(id: "q3", text: "Hvem hjelper andre?", kind: .prosocial))
            noms += prosocial.map { Nomination(from: $0.0, to: $0.1, question: 2) }
        }
        return ClassNetwork(name: "7A", pupils: pupils, questions: questions, nominations: noms)
    }

    /// Mutual ties inside consecutive blocks ("friendship circles") of the given size.
    static func circles(_ n: Int, size: Int) -> [(Int, Int)] {
        var arcs: [(Int, Int)] = []
        for start in stride(from: 0, to: n, by: size) {
            let block = start..<min(n, start + size)
            for a in block { for b in block where a != b { arcs.append((a, b)) } }
        }
        return arcs
    }

    static func sameGroup(_ a: Int, _ b: Int, in round: GroupRound) -> Bool {
        round.groups.contains { $0.members.contains(a) && $0.members.contains(b) }
    }

    static let fast = SearchLimits(seed: 7, iterations: 120, timeLimit: nil)
}
