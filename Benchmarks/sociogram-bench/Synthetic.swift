import Sociogram

// The deterministic generator is the library's `SplitMix64` (same algorithm as the copy that was here).

/// Realistic synthetic surveys: about four positive choices each, gender homophily, skewed popularity
/// (a few pupils nobody chooses), some reciprocation, a prosocial and a negative question, a few
/// non-respondents; a grade is several classes with some choices across classes.
enum SyntheticSurvey {
    static let questions = [
        Question(id: "q1", text: "Hvem vil du helst være sammen med i friminuttene?", kind: .positive),
        Question(id: "q2", text: "Hvem er flinke til å hjelpe andre?", kind: .prosocial),
        Question(id: "q3", text: "Hvem vil du helst ikke være sammen med?", kind: .negative),
    ]

    static func grade(classes sizes: [Int], seed: UInt64, crossClassShare: Double = 0.12) -> ClassNetwork {
        var rng = SplitMix64(seed: seed)
        var pupils: [Pupil] = []
        var classOf: [Int] = []
        for (c, size) in sizes.enumerated() {
            for k in 0..<size {
                let n = pupils.count
                let gender: Gender = Double.random(in: 0..<1, using: &rng) < 0.5 ? .girl : .boy
                pupils.append(
                    Pupil(
                        id: "p\(n + 1)", name: "Elev \(c + 1)-\(k + 1)", code: "E\(n + 1)", gender: gender,
                        className: "\(8 + c / 10)\(Character(UnicodeScalar(65 + c % 10)!))",
                        responded: Double.random(in: 0..<1, using: &rng) > 0.05))
                classOf.append(c)
            }
        }
        let n = pupils.count
        let popularity = (0..<n).map { _ -> Double in
            Double.random(in: 0..<1, using: &rng) < 0.07 ? 0.02 : exp(0.8 * normal(&rng))
        }
        var chosen = Array(repeating: Set<Int>(), count: n)
        for i in 0..<n where pupils[i].responded {
            let want = Int.random(in: 3...5, using: &rng)
            var tries = 0
            while chosen[i].count < want && tries < 200 {
                tries += 1
                let crossClass = Double.random(in: 0..<1, using: &rng) < crossClassShare
                let sameGender = Double.random(in: 0..<1, using: &rng) < 0.75
                let pool = (0..<n).filter {
                    $0 != i && (crossClass ? classOf[$0] != classOf[i] : classOf[$0] == classOf[i])
                        && (pupils[$0].gender == pupils[i].gender) == sameGender
                }
                if let j = pick(pool, weights: popularity, &rng) { chosen[i].insert(j) }
            }
        }
        for i in 0..<n {
            for j in chosen[i].sorted() where pupils[j].responded && chosen[j].count < 5
                && Double.random(in: 0..<1, using: &rng) < 0.35
            {
                chosen[j].insert(i)
            }
        }
        var noms: [Nomination] = []
        for i in 0..<n {
            for (rank, j) in chosen[i].sorted().enumerated() { noms.append(Nomination(from: i, to: j, question: 0, rank: rank + 1)) }
            guard pupils[i].responded else { continue }
            let classmates = (0..<n).filter { $0 != i && classOf[$0] == classOf[i] }
            for _ in 0..<2 { if let j = pick(classmates, weights: popularity, &rng) { noms.append(Nomination(from: i, to: j, question: 1)) } }
            if Double.random(in: 0..<1, using: &rng) < 0.5, let j = classmates.randomElement(using: &rng) {
                noms.append(Nomination(from: i, to: j, question: 2))
            }
        }
        return ClassNetwork(name: sizes.count == 1 ? "8A" : "8. trinn", pupils: pupils, questions: questions, nominations: noms)
    }

    private static func pick(_ pool: [Int], weights: [Double], _ rng: inout SplitMix64) -> Int? {
        let total = pool.reduce(0) { $0 + weights[$1] }
        guard total > 0 else { return nil }
        var x = Double.random(in: 0..<total, using: &rng)
        for j in pool {
            x -= weights[j]
            if x < 0 { return j }
        }
        return pool.last
    }

    private static func normal(_ rng: inout SplitMix64) -> Double {
        let u = Double.random(in: Double.ulpOfOne..<1, using: &rng), v = Double.random(in: 0..<1, using: &rng)
        return (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
    }
}

import Foundation
