import Foundation
@testable import Sociogram

/// Small hand-made classes for the rendering tests (independent of the importer).
enum RenderFixtures {
    static let questions = [
        Question(id: "q1", text: "Hvem vil du helst være sammen med?", kind: .positive),
        Question(id: "q2", text: "Hvem vil du helst jobbe sammen med?", kind: .positive),
        Question(id: "q3", text: "Hvem vil du helst ikke være sammen med?", kind: .negative),
    ]

    static let names = [
        "Kari Nordmann", "Ola Hansen", "Jon \"JJ\" Ås {x} <b>", "Kine Nilsen", "Per Olsen", "Sara Berg", "Lise Lund",
    ]

    /// Seven pupils. Positive (q1 ∪ q2): 0↔1 mutual, 2↔3 mutual (q1 one way, q2 the other), 0→2, 1→3,
    /// 5→0, 0→6 (q2), 6→3. Negative (q3): 1→5, 2→1. Pupil 4 did not answer and nobody chose them;
    /// pupil 5 is isolated; pupil 6 is chosen but has no mutual tie.
    static func smallClass(names: [String] = names, className: String = "7A") -> ClassNetwork {
        let genders: [Gender?] = [.girl, .boy, .boy, .girl, nil, .other, .girl]
        let pupils = names.enumerated().map { i, name in
            Pupil(id: "p\(i + 1)", name: name, code: String(format: "E%02d", i + 1), gender: genders[i % genders.count],
                className: className, responded: i != 4)
        }
        let q1: [(Int, Int)] = [(0, 1), (1, 0), (0, 2), (2, 3), (1, 3), (5, 0), (6, 3)]
        let q2: [(Int, Int)] = [(3, 2), (0, 6)]
        let q3: [(Int, Int)] = [(1, 5), (2, 1)]
        var noms = q1.map { Nomination(from: $0.0, to: $0.1, question: 0) }
        noms += q2.map { Nomination(from: $0.0, to: $0.1, question: 1) }
        noms += q3.map { Nomination(from: $0.0, to: $0.1, question: 2) }
        return ClassNetwork(name: className, pupils: pupils, questions: questions, nominations: noms)
    }

    /// A deterministic class of `size` pupils where pupil `i` chooses `i+1`, `i+2` and, for even `i`,
    /// `0` (so pupil 0 is chosen most); `classes` > 1 splits it into classes with some ties across.
    static func ring(size: Int, classes: Int = 1) -> ClassNetwork {
        let pupils = (0..<size).map { i in
            Pupil(id: "p\(i)", name: "Elev Nummer\(i)", code: "K\(i)", gender: i % 2 == 0 ? .girl : .boy,
                className: "\(8)\(Character(UnicodeScalar(65 + i * classes / size)!))", responded: true)
        }
        var noms: [Nomination] = []
        for i in 0..<size {
            for j in [(i + 1) % size, (i + 2) % size] { noms.append(Nomination(from: i, to: j, question: 0)) }
            if i % 2 == 0 && i != 0 { noms.append(Nomination(from: i, to: 0, question: 0)) }
        }
        return ClassNetwork(name: "8. trinn", pupils: pupils, questions: questions, nominations: noms)
    }

    /// The lines of a DOT text that draw an edge `a -> b`.
    static func edgeLines(_ dot: String, _ a: Int, _ b: Int) -> [String] {
        dot.split(separator: "\n").map(String.init).filter {
            $0.trimmingCharacters(in: .whitespaces).hasPrefix("n\(a) -> n\(b) ")
        }
    }

    /// The attribute line of node `n<i>`.
    static func nodeLine(_ dot: String, _ i: Int) -> String? {
        dot.split(separator: "\n").map(String.init).first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("n\(i) [") }
    }

    /// The value of `name=` in a DOT attribute line (quoted or bare).
    static func attribute(_ name: String, in line: String) -> String? {
        guard let range = line.range(of: " \(name)=") ?? line.range(of: "[\(name)=") else { return nil }
        let rest = line[range.upperBound...]
        if rest.hasPrefix("\"") {
            var value = "", escaped = false
            for char in rest.dropFirst() {
                if escaped { value.append(char); escaped = false } else if char == "\\" { value.append(char); escaped = true }
                else if char == "\"" { break } else { value.append(char) }
            }
            return value
        }
        return String(rest.prefix { $0 != "," && $0 != "]" })
    }
}
