import Dispatch
import Foundation
import Sociogram

/// Analysis benchmark: builds seeded synthetic school networks (classes of 25 in grades of 250, 3–5
/// positive and 0–2 negative choices per pupil, mostly inside the class) and prints the median time of a
/// whole `ClassAnalysis` and of its heaviest parts. With `--write-graphs DIR` it also writes each
/// network's positive arcs (`from to` per line) so `scripts/reference/reference_analysis.py --bench DIR` can time
/// networkx and igraph on the very same graphs.
func runAnalysisBench(arguments: [String]) {
    let quick = arguments.contains("--quick")
    let dir = arguments.firstIndex(of: "--write-graphs").flatMap { i in
        i + 1 < arguments.count ? arguments[i + 1] : nil
    }
    // (label, pupils, share of ties to other grades: 0 = grades are separate components, repeats)
    var cases: [(String, Int, Double, Int)] = [
        ("class-28", 28, 0, 50), ("grade-250", 250, 0, 10), ("school-10k", 10_000, 0.03, 3),
    ]
    if !quick { cases.append(("district-100k", 100_000, 0, 1)) }
    print("case           pupils    arcs   total(ms)  betweenness  leiden  pagerank  cliques  status(ms)   Q")
    for (label, n, crossGrade, repeats) in cases {
        let net = BenchNetwork.make(pupils: n, crossGrade: crossGrade, seed: 2024)
        if let dir { BenchNetwork.writePositiveArcs(net, to: "\(dir)/\(label).txt") }
        var totals: [Double] = [], parts: [[Double]] = []
        var q: Double? = nil
        var arcs = 0
        for _ in 0..<repeats {
            let t0 = DispatchTime.now().uptimeNanoseconds
            guard let analysis = try? ClassAnalysis(network: net) else { return }
            totals.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
            q = analysis.communities?.modularity
            arcs = analysis.positiveMeasures?.arcs ?? 0
            parts.append(BenchNetwork.partTimes(net))
        }
        let part = (0..<5).map { k in Measure.median(parts.map { $0[k] }) }
        print(
            String(
                format: "%-13@ %7d %7d %11.2f %12.2f %7.2f %9.2f %8.2f %11.2f  %.4f", label as NSString, n, arcs,
                Measure.median(totals), part[0], part[1], part[2], part[3], part[4], q ?? 0))
    }
}


enum BenchNetwork {
    /// A seeded synthetic school: classes of 25, grades of 10 classes.
    static func make(pupils n: Int, crossGrade: Double, seed: UInt64) -> ClassNetwork {
        var rng = SplitMix64(seed: seed)
        let classSize = 25, gradeSize = 250
        let pupils = (0..<n).map { i in
            Pupil(
                id: "p\(i + 1)", name: "Elev \(i + 1)", code: "E\(i + 1)", gender: i % 2 == 0 ? .girl : .boy,
                className: "\(i / classSize)", responded: rng.nextUnit() > 0.05)
        }
        let questions = [
            Question(id: "q1", text: "Hvem vil du være sammen med?", kind: .positive),
            Question(id: "q2", text: "Hvem vil du helst ikke være sammen med?", kind: .negative),
        ]
        // attractiveness makes in-degrees skewed, as in real classes
        let attract = (0..<n).map { _ in 0.3 + 2 * rng.nextUnit() * rng.nextUnit() }
        var noms: [Nomination] = []
        func pick(_ i: Int, range: Range<Int>) -> Int {
            for _ in 0..<8 {
                let j = range.lowerBound + rng.next(below: range.count)
                if j != i && rng.nextUnit() * 2.3 < attract[j] { return j }
            }
            return range.lowerBound + rng.next(below: range.count)
        }
        for i in 0..<n where pupils[i].responded {
            let c = i / classSize * classSize, g = i / gradeSize * gradeSize
            let classRange = c..<min(n, c + classSize), gradeRange = g..<min(n, g + gradeSize)
            for _ in 0..<(3 + rng.next(below: 3)) {
                let u = rng.nextUnit()
                let j =
                    u < crossGrade
                    ? pick(i, range: 0..<n) : (u < crossGrade + 0.12 ? pick(i, range: gradeRange) : pick(i, range: classRange))
                noms.append(Nomination(from: i, to: j, question: 0))
            }
            for _ in 0..<rng.next(below: 3) { noms.append(Nomination(from: i, to: pick(i, range: classRange), question: 1)) }
        }
        return ClassNetwork(name: "bench", pupils: pupils, questions: questions, nominations: noms)
    }

    /// Milliseconds for betweenness, Leiden, PageRank, cliques and the status scores (LM/LL, z, chance model).
    static func partTimes(_ net: ClassNetwork) -> [Double] {
        let positive = Digraph(
            nodeCount: net.count, arcs: net.nominations.filter { $0.question == 0 }.map { ($0.from, $0.to) })
        func time(_ body: () -> Void) -> Double {
            let t0 = DispatchTime.now().uptimeNanoseconds
            body()
            return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
        }
        let b = time { _ = positive.betweenness() }
        let l = time { _ = WeightedGraph(symmetrising: positive).leiden(seed: 1) }
        let p = time { _ = positive.pageRank() }
        let c = time { _ = Cliques.maximal(adjacency: positive.reciprocatedNeighbours()) }
        let s = time {
            _ = try? ClassAnalysis(network: net, options: AnalysisOptions(computeBetweenness: false))
        }
        return [b, l, p, c, max(0, s - l - p - c)]
    }

    /// Writes `from to` lines of the positive question.
    static func writePositiveArcs(_ net: ClassNetwork, to path: String) {
        var text = "\(net.count)\n"
        for nom in net.nominations where nom.question == 0 { text += "\(nom.from) \(nom.to)\n" }
        try? text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
