/// LM/LL counts, standard scores, Coie–Dodge and Newcomb–Bukowski statuses of a class.
struct StatusScores {
    var lm: [Int]?
    var ll: [Int]?
    var scores: StandardScores?
    var coieDodge: [CoieDodgeStatus]?
    var lmChance: [ChanceTest]?
    var newcombBukowski: [NewcombBukowskiResult]?

    /// - Complexity: O(*n*²) at most for the chance model of a class (see ``ChanceModel``).
    init(
        network: ClassNetwork, graphs: [Digraph], lm lmQ: Int?, ll llQ: Int?, alpha: SignificanceLevel,
        notes: inout [AnalysisNote]
    ) {
        let n = network.count
        let responded = network.pupils.map(\.responded)
        guard let lmQ else { return }
        let lmCounts = (0..<n).map { graphs[lmQ].inDegree($0) }
        let lmGiven = (0..<n).map { [responded[$0] ? graphs[lmQ].outDegree($0) : 0] }
        lm = lmCounts
        let lmTests = ChanceModel.tests(received: lmCounts, given: lmGiven, responded: responded)
        lmChance = lmTests
        guard let llQ else {
            let z = Standardise.zScores(lmCounts)
            if z.degenerate { notes.append(.noSpread("LM")) }
            scores = StandardScores(lm: lmCounts, ll: Array(repeating: 0, count: n))
            return
        }
        let llCounts = (0..<n).map { graphs[llQ].inDegree($0) }
        let llGiven = (0..<n).map { [responded[$0] ? graphs[llQ].outDegree($0) : 0] }
        ll = llCounts
        let s = StandardScores(lm: lmCounts, ll: llCounts)
        for name in ["LM", "LL", "SP", "SI"] where s.degenerate.contains(name) { notes.append(.noSpread(name)) }
        scores = s
        coieDodge = s.statuses
        let llTests = ChanceModel.tests(received: llCounts, given: llGiven, responded: responded)
        let impact = zip(lmCounts, llCounts).map { $0 + $1 }
        let impactGiven = (0..<n).map { [lmGiven[$0][0], llGiven[$0][0]] }
        let impactTests = ChanceModel.tests(received: impact, given: impactGiven, responded: responded)
        newcombBukowski = (0..<n).map { i in
            NewcombBukowskiResult(
                status: NewcombBukowskiResult.classify(
                    lm: lmTests[i], ll: llTests[i], impact: impactTests[i], alpha: alpha),
                lm: lmTests[i], ll: llTests[i], impact: impactTests[i])
        }
    }
}
