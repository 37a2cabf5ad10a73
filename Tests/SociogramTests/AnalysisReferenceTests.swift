import Foundation
import Testing
@testable import Sociogram

/// Agreement with the independent Python reference (networkx, igraph, scipy) on every reference network.
@Suite struct AnalysisReferenceTests {
    static let cases: [(ReferenceInput.Net, ReferenceOutput.Ref)] = (try? ReferenceFiles.pairs()) ?? []

    @Test func referenceFilesArePresent() {
        #expect(Self.cases.count >= 6)
        #expect(Self.cases.allSatisfy { $0.0.name == $0.1.name })
    }

    @Test(arguments: cases.map(\.0.name))
    func agreesWithReference(name: String) throws {
        let (input, ref) = try #require(Self.cases.first { $0.0.name == name })
        let net = input.network
        let a = try ClassAnalysis(network: net)
        let pos = try #require(a.positiveMeasures)

        // degrees exact
        let positive = ClassAnalysis.union(
            ClassAnalysis.questionGraphs(net), of: a.positiveQuestions, nodeCount: net.count)
        #expect((0..<net.count).map { positive.inDegree($0) } == ref.positive.inDegree)
        #expect((0..<net.count).map { positive.outDegree($0) } == ref.positive.outDegree)
        for (q, question) in net.questions.enumerated() {
            let r = try #require(ref.perQuestion[question.id])
            #expect(a.pupils.map { $0.received[q] } == r.inDegree)
            #expect(a.pupils.map { $0.given?[q] ?? 0 } == r.outDegree)
            #expect(close(a.questionMeasures[q].reciprocity, r.reciprocity, 1e-12))
        }
        #expect(pos.arcs == ref.positive.arcs)
        #expect(close(pos.density, ref.positive.density, 1e-12))
        #expect(close(pos.reciprocity, ref.positive.reciprocity, 1e-12))
        #expect(close(pos.inDegreeCentralisation, ref.positive.centralisation, 1e-12))
        if let census = ref.positive.dyadCensus {
            #expect([pos.dyadCensus.mutual, pos.dyadCensus.asymmetric, pos.dyadCensus.null] == census)
        }
        // betweenness and PageRank within 1e-6
        for (mine, theirs) in zip(a.pupils, ref.positive.betweenness) {
            #expect(abs((mine.betweenness ?? .nan) - theirs) < 1e-6)
        }
        for (mine, theirs) in zip(a.pupils, ref.positive.pageRank) {
            #expect(abs((mine.pageRank ?? .nan) - theirs) < 1e-6)
        }
        // communities: at least as good as the best reference partition minus 0.01
        let q = try #require(a.communities?.modularity)
        let best = max(ref.positive.louvainModularity ?? -1, ref.positive.igraphLeidenModularity ?? -1)
        #expect(q >= best - 0.01, "Q = \(q), reference best \(best)")
        // cliques identical
        #expect(a.subgroups == ref.subgroups)
        // LM chance tails (scipy poisson_binom)
        #expect(a.pupils.map { $0.lm ?? -1 } == ref.lm)
        for (i, p) in a.pupils.enumerated() {
            let t = try #require(p.lmChance)
            #expect(abs(t.expected - ref.lmChance.expected[i]) < 1e-9)
            #expect(abs(t.upper - ref.lmChance.upper[i]) < 1e-9)
            #expect(abs(t.lower - ref.lmChance.lower[i]) < 1e-9)
        }
        if let brute = ref.lmBruteForce {
            for (i, p) in a.pupils.enumerated() {
                #expect(abs(p.lmChance!.upper - brute.upper[i]) < 1e-12)
                #expect(abs(p.lmChance!.lower - brute.lower[i]) < 1e-12)
            }
        }
        // Coie–Dodge and Newcomb–Bukowski
        if let cd = ref.coieDodge, let llChance = ref.llChance, let impact = ref.impactChance,
            let nb = ref.newcombBukowski
        {
            #expect(a.negativeQuestionUsed)
            #expect(a.pupils.map { $0.ll ?? -1 } == ref.ll)
            for (i, p) in a.pupils.enumerated() {
                #expect(abs(p.zLM! - cd.zLM[i]) < 1e-9)
                #expect(abs(p.zLL! - cd.zLL[i]) < 1e-9)
                #expect(abs(p.zSP! - cd.zSP[i]) < 1e-9)
                #expect(abs(p.zSI! - cd.zSI[i]) < 1e-9)
                let r = try #require(p.newcombBukowski)
                #expect(abs(r.ll.upper - llChance.upper[i]) < 1e-9)
                #expect(abs(r.impact.lower - impact.lower[i]) < 1e-9)
                #expect(abs(r.impact.expected - impact.expected[i]) < 1e-9)
            }
            #expect(a.pupils.map { $0.coieDodge?.rawValue ?? "" } == cd.status)
            for level in SignificanceLevel.allCases {
                let key = String(format: "%.2f", level.rawValue)
                let other = try ClassAnalysis(network: net, options: AnalysisOptions(alpha: level))
                #expect(other.pupils.map { $0.newcombBukowski?.status.rawValue ?? "" } == nb[key], "α = \(key)")
            }
        } else {
            #expect(!a.negativeQuestionUsed)
            #expect(a.pupils.allSatisfy { $0.coieDodge == nil && $0.newcombBukowski == nil && $0.zLL == nil })
        }
    }

    private func close(_ a: Double?, _ b: Double?, _ tolerance: Double) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case let (x?, y?): abs(x - y) <= tolerance
        default: false
        }
    }
}
