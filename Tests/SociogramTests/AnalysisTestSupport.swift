import Foundation
@testable import Sociogram

/// Synthetic class networks for the analysis tests (built directly, not through the importer).
enum Synthetic {
    /// A class of `n` pupils with the given questions and arcs per question index.
    static func network(
        n: Int, kinds: [QuestionKind], arcs: [[(Int, Int)]], nonRespondents: Set<Int> = [],
        genders: [Gender?]? = nil, classNames: [String?]? = nil, name: String = "7A"
    ) -> ClassNetwork {
        let pupils = (0..<n).map { i in
            Pupil(
                id: "p\(i + 1)", name: "Elev \(i + 1) Ærlig", code: String(format: "E%02d", i + 1),
                gender: genders?[i], className: classNames?[i], responded: !nonRespondents.contains(i))
        }
        let questions = kinds.enumerated().map { k, kind in
            Question(id: "q\(k + 1)", text: "Spørsmål \(k + 1) (\(kind.rawValue))", kind: kind)
        }
        var noms: [Nomination] = []
        for (q, list) in arcs.enumerated() {
            for (a, b) in list { noms.append(Nomination(from: a, to: b, question: q)) }
        }
        return ClassNetwork(name: name, pupils: pupils, questions: questions, nominations: noms)
    }
}

/// The reference files written by `scripts/reference/reference_analysis.py`.
struct ReferenceInput: Decodable {
    struct Net: Decodable {
        struct Q: Decodable {
            let id: String
            let kind: String
        }
        let name: String
        let n: Int
        let responded: [Bool]
        let gender: [String?]
        let className: [String]?
        let questions: [Q]
        let arcs: [String: [[Int]]]

        var network: ClassNetwork {
            let kinds = questions.map { QuestionKind(rawValue: $0.kind) ?? .other }
            let arcLists = questions.map { q in (arcs[q.id] ?? []).map { ($0[0], $0[1]) } }
            let non = Set((0..<n).filter { !responded[$0] })
            return Synthetic.network(
                n: n, kinds: kinds, arcs: arcLists, nonRespondents: non,
                genders: gender.map { $0.flatMap { Gender(rawValue: $0) } }, classNames: className, name: name)
        }
    }
    let networks: [Net]
}

struct ReferenceOutput: Decodable {
    struct Chance: Decodable {
        let expected: [Double]
        let upper: [Double]
        let lower: [Double]
    }
    struct Positive: Decodable {
        let inDegree: [Int]
        let outDegree: [Int]
        let arcs: Int
        let density: Double
        let reciprocity: Double?
        let centralisation: Double
        let betweenness: [Double]
        let pageRank: [Double]
        let dyadCensus: [Int]?
        let louvainModularity: Double?
        let igraphLeidenModularity: Double?
    }
    struct PerQuestion: Decodable {
        let inDegree: [Int]
        let outDegree: [Int]
        let reciprocity: Double?
    }
    struct CD: Decodable {
        let zLM: [Double]
        let zLL: [Double]
        let zSP: [Double]
        let zSI: [Double]
        let status: [String]
    }
    struct Brute: Decodable {
        let upper: [Double]
        let lower: [Double]
    }
    struct Ref: Decodable {
        let name: String
        let positive: Positive
        let perQuestion: [String: PerQuestion]
        let subgroups: [[Int]]
        let lm: [Int]
        let lmChance: Chance
        let ll: [Int]?
        let llChance: Chance?
        let impactChance: Chance?
        let coieDodge: CD?
        let newcombBukowski: [String: [String]]?
        let lmBruteForce: Brute?
    }
    let references: [Ref]
}

enum ReferenceFiles {
    static func load<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Resources/reference")
        else { throw CocoaError(.fileNoSuchFile) }
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }

    /// Every reference network with its expected numbers.
    static func pairs() throws -> [(ReferenceInput.Net, ReferenceOutput.Ref)] {
        let input = try load("networks", as: ReferenceInput.self)
        let output = try load("expected", as: ReferenceOutput.self)
        return Array(zip(input.networks, output.references))
    }
}
