import Testing
@testable import Sociogram

/// Whole-class behaviour: degenerate classes, missing negative questions, non-respondents, flags.
@Suite struct AnalysisClassTests {
    /// 12 pupils, each chooses the next two and dislikes the one five ahead: everyone receives the same.
    var equalClass: ClassNetwork {
        let n = 12
        return Synthetic.network(
            n: n, kinds: [.positive, .negative],
            arcs: [
                (0..<n).flatMap { [($0, ($0 + 1) % n), ($0, ($0 + 2) % n)] },
                (0..<n).map { ($0, ($0 + 5) % n) },
            ])
    }

    @Test func allEqualClassGivesZeroScoresNotNaN() throws {
        let a = try ClassAnalysis(network: equalClass)
        for p in a.pupils {
            #expect(p.zLM == 0 && p.zLL == 0 && p.zSP == 0 && p.zSI == 0)
            #expect(p.coieDodge == .average)
        }
        for code in ["no-spread-lm", "no-spread-ll", "no-spread-sp", "no-spread-si"] {
            #expect(a.notes.contains { $0.code == code })
        }
    }

    @Test func withoutNegativeQuestionOnlyPreferenceResults() throws {
        let net = Synthetic.network(
            n: 5, kinds: [.positive], arcs: [[(0, 1), (1, 0), (2, 1), (3, 1), (4, 2)]])
        let a = try ClassAnalysis(network: net)
        #expect(!a.negativeQuestionUsed)
        #expect(a.notes.contains(.noNegativeQuestion))
        #expect(a.pupils.map(\.lm) == [1, 3, 1, 0, 0])
        #expect(a.pupils.allSatisfy { $0.zLM != nil && $0.zLL == nil && $0.coieDodge == nil })
        #expect(a.pupils.allSatisfy { $0.newcombBukowski == nil && $0.acceptance != nil })
        #expect(!a.pupils.contains { $0.flags.contains(.rejected) || $0.flags.contains(.neglected) })
        #expect(a.pupils[3].flags.contains(.isolated))
    }

    @Test func nonRespondentsAreScoredOnWhatTheyReceived() throws {
        // pupil 3 did not answer; pupil 0 gave 2 names, 1 gave 1, 2 gave 3 (n − 1 = 3)
        let net = Synthetic.network(
            n: 4, kinds: [.positive], arcs: [[(0, 3), (0, 1), (1, 3), (2, 0), (2, 1), (2, 3)]],
            nonRespondents: [3])
        let a = try ClassAnalysis(network: net)
        let p3 = a.pupils[3]
        #expect(p3.given == nil)
        #expect(p3.lm == 3)
        #expect(!p3.flags.contains(.noMutual))  // unknown for a non-respondent
        #expect(a.notes.contains(.nonRespondents(1)))
        // chance model: raters are the respondents other than the pupil, pⱼ = kⱼ / 3
        let t3 = try #require(p3.lmChance)
        #expect(abs(t3.expected - (2.0 + 1 + 3) / 3) < 1e-12)
        #expect(abs(t3.upper - (2.0 / 3) * (1.0 / 3) * 1) < 1e-12)  // P(all three name pupil 3)
        let t0 = try #require(a.pupils[0].lmChance)
        #expect(abs(t0.expected - (1.0 + 3) / 3) < 1e-12)  // pupil 0 is not a rater of itself
        #expect(abs(a.positiveMeasures!.density! - 6.0 / (3 * 3)) < 1e-12)
    }

    @Test func mutualTiesAreWithinOneQuestion() throws {
        // 0→1 in q1 and 1→0 in q2 is not mutual; 2↔3 in q2 is
        let net = Synthetic.network(n: 4, kinds: [.positive, .positive], arcs: [[(0, 1)], [(1, 0), (2, 3), (3, 2)]])
        let a = try ClassAnalysis(network: net)
        #expect(a.pupils[0].mutual.isEmpty && a.pupils[1].mutual.isEmpty)
        #expect(a.pupils[2].mutual == [3] && a.pupils[3].mutual == [2])
        #expect(a.pupils[0].flags.contains(.noMutual))
        // the positive union does see the pair 0–1 as reciprocated
        #expect(a.positiveMeasures?.dyadCensus == DyadCensus(mutual: 2, asymmetric: 0, null: 4))
    }

    @Test func starAndPowerPosition() throws {
        // pupil 0 has 4 mutual ties (1–4); pupils 5–9 have at most one; 0 also chooses 9, who has no mutual tie
        var arcs: [(Int, Int)] = []
        for f in 1...4 { arcs += [(0, f), (f, 0)] }
        arcs += [(0, 9), (5, 6), (6, 5), (7, 8), (9, 5), (8, 1)]
        let a = try ClassAnalysis(network: Synthetic.network(n: 10, kinds: [.positive], arcs: [arcs]))
        #expect(a.pupils[0].flags.contains(.star))
        #expect(a.pupils[9].flags.contains(.powerPosition))
        #expect(a.pupils[1].flags.contains(.powerPosition))  // one mutual tie, with the star
        #expect(!a.pupils[5].flags.contains(.powerPosition))  // not chosen by the star
        #expect(a.pupils.filter { $0.flags.contains(.star) }.count == 1)
    }

    @Test func rejectedAndNeglectedFlagsFollowCoieDodge() throws {
        let n = 10
        var pos: [(Int, Int)] = []
        var neg: [(Int, Int)] = []
        for i in 0..<n where i != 9 {
            pos += [(i, (i + 1) % 9), (i, (i + 2) % 9)]
            neg.append((i, 9))
        }
        pos.append((9, 0))
        let a = try ClassAnalysis(
            network: Synthetic.network(n: n, kinds: [.positive, .negative], arcs: [pos, neg]))
        #expect(a.pupils[9].coieDodge == .rejected)
        #expect(a.pupils[9].flags.contains(.rejected))
        #expect(a.pupils[9].newcombBukowski?.status == .rejected)
    }

    @Test func lmAndLLCanBeChosenByIdOrText() throws {
        let net = Synthetic.network(n: 3, kinds: [.positive, .positive, .negative], arcs: [[(0, 1)], [(1, 2)], []])
        let a = try ClassAnalysis(network: net, options: AnalysisOptions(lmQuestion: "q2"))
        #expect(a.lmQuestion == 1)
        let b = try ClassAnalysis(network: net, options: AnalysisOptions(lmQuestion: "spørsmål 2"))
        #expect(b.lmQuestion == 1)
        #expect(throws: AnalysisError.self) { try ClassAnalysis(network: net, options: AnalysisOptions(llQuestion: "q9")) }
        #expect(throws: AnalysisError.self) {
            try ClassAnalysis(network: net, options: AnalysisOptions(lmQuestion: "positive"))
        }
    }

    @Test func prosocialAndInfluenceAreStandardisedReceivedCounts() throws {
        let net = Synthetic.network(
            n: 4, kinds: [.positive, .prosocial, .influence],
            arcs: [[(0, 1)], [(0, 2), (1, 2), (3, 2), (2, 0)], []])
        let a = try ClassAnalysis(network: net)
        #expect(a.pupils.map { $0.prosocial?.received } == [1, 0, 3, 0])
        #expect(a.pupils[2].prosocial!.z > 1)
        #expect(a.pupils.allSatisfy { $0.influence?.z == 0 })
        #expect(Synthetic.network(n: 2, kinds: [.positive], arcs: [[]]).questions(ofKind: .prosocial).isEmpty)
    }

    @Test func genderSplitAndEIIndex() throws {
        let net = Synthetic.network(
            n: 5, kinds: [.positive], arcs: [[(0, 1), (0, 2), (2, 3), (3, 0), (3, 1), (4, 0)]],
            genders: [.girl, .girl, .boy, .boy, nil])
        let g = try #require(try ClassAnalysis(network: net).genderSplit)
        #expect(g.arcs == 5 && g.within == 2 && g.between == 3)  // the arc from the pupil of unknown gender is left out
        #expect(g.eiIndex == 0.2 && g.withinShare == 0.4)
        #expect(g.byPair == ["girl→girl": 1, "girl→boy": 1, "boy→boy": 1, "boy→girl": 2])
        let none = try ClassAnalysis(network: Synthetic.network(n: 2, kinds: [.positive], arcs: [[(0, 1)]]))
        #expect(none.genderSplit == nil && none.classSplit == nil)
    }

    @Test func optionParsing() {
        #expect(SignificanceLevel(parsing: ".10") == .p10)
        #expect(SignificanceLevel(parsing: "0,01") == .p01)
        #expect(SignificanceLevel(parsing: "5%") == .p05)
        #expect(SignificanceLevel(parsing: "0.2") == nil)
        #expect(Language(parsing: "Bokmål") == .nb && Language(parsing: "en") == .en && Language(parsing: "sv") == nil)
    }

    @Test func emptyAndTinyClassesDoNotCrash() throws {
        for n in 0...2 {
            let a = try ClassAnalysis(network: Synthetic.network(n: n, kinds: [.positive, .negative], arcs: [[], []]))
            #expect(a.pupils.count == n)
            #expect(a.pupils.allSatisfy { ($0.zLM ?? 0).isFinite && ($0.betweenness ?? 0).isFinite })
        }
        let none = try ClassAnalysis(network: Synthetic.network(n: 3, kinds: [.other], arcs: [[(0, 1)]]))
        #expect(none.notes.contains(.noPositiveQuestion))
        #expect(none.communities == nil && none.pupils.allSatisfy { $0.flags.isEmpty })
    }
}

@Suite struct NetworkAlgorithmTests {
    @Test func betweennessOfADirectedPath() {
        let g = Digraph(nodeCount: 3, arcs: [(0, 1), (1, 2)])
        #expect(g.betweenness() == [0, 0.5, 0])
    }

    @Test func leidenSplitsTwoCliquesJoinedByOneTie() {
        var arcs: [(from: Int, to: Int)] = []
        for a in 0..<5 { for b in 0..<5 where a != b { arcs.append((a, b)); arcs.append((a + 5, b + 5)) } }
        arcs.append((4, 5))
        let g = WeightedGraph(symmetrising: Digraph(nodeCount: 10, arcs: arcs))
        let c = g.leiden(seed: 7)
        #expect(c.members == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]])
        #expect(g.leiden(seed: 7) == c)
    }

    @Test func leidenIsDeterministicForASeed() throws {
        let (input, _) = try #require(try ReferenceFiles.pairs().first { $0.0.name == "grade250" })
        let a = try ClassAnalysis(network: input.network, options: AnalysisOptions(seed: 42))
        let b = try ClassAnalysis(network: input.network, options: AnalysisOptions(seed: 42))
        #expect(a.communities == b.communities)
    }

    @Test func cliquesOfTheMutualGraph() {
        // a 4-clique {0,1,2,3} and a triangle {3,4,5} sharing pupil 3; an extra edge 5–6
        let edges = [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3), (3, 4), (3, 5), (4, 5), (5, 6)]
        var adj = [[Int]](repeating: [], count: 7)
        for (a, b) in edges {
            adj[a].append(b)
            adj[b].append(a)
        }
        #expect(Cliques.maximal(adjacency: adj.map { $0.sorted() }) == [[0, 1, 2, 3], [3, 4, 5]])
    }

    @Test func splitMixIsReproducible() {
        var a = SplitMix64(seed: 1), b = SplitMix64(seed: 1)
        #expect((0..<5).map { _ in a.next() } == (0..<5).map { _ in b.next() })
        var c = SplitMix64(seed: 0)
        #expect(c.next() == 0xE220_A839_7B1D_CDAF)  // published first output of SplitMix64(0)
    }

    /// The attention list follows its documented rule: most signs first, then most named in the negative
    /// question, then least chosen. In 7B, Emil Pedersen (named negatively by 14) comes before Bjørn Strand
    /// (one sign too, but named negatively by nobody), whatever their names.
    @Test func attentionListFollowsItsRule() throws {
        let a = try ClassAnalysis(network: try ImportFixtures.load("7b/forms-nb.csv").network)
        let order = a.attentionOrder { $0 < $1 }
        let names = order.map { a.network.pupils[$0].name }
        let emil = try #require(names.firstIndex(of: "Emil Pedersen")), bjørn = try #require(names.firstIndex(of: "Bjørn Strand"))
        #expect(emil < bjørn)
        let keys = order.map { i in
            (ClassAnalysis.attentionSigns.filter(a.pupils[i].flags.contains).count, a.pupils[i].ll ?? 0, a.pupils[i].lm ?? 0)
        }
        for (x, y) in zip(keys, keys.dropFirst()) {
            #expect(x.0 > y.0 || (x.0 == y.0 && (x.1 > y.1 || (x.1 == y.1 && x.2 <= y.2))), "\(x) before \(y)")
        }
        #expect(Set(order) == Set(a.pupils.filter { p in ClassAnalysis.attentionSigns.contains(where: p.flags.contains) }.map(\.index)))
    }
}
