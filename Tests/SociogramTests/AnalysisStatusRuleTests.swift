import Testing
@testable import Sociogram

/// Every Coie–Dodge and Newcomb–Bukowski rule at and around its thresholds.
@Suite struct CoieDodgeRuleTests {
    typealias S = CoieDodgeStatus
    let eps = 1e-9

    @Test func popularNeedsStrictInequalities() {
        #expect(S.classify(zLM: 0.8, zLL: -0.8, zSP: 1 + eps, zSI: 0) == .popular)
        #expect(S.classify(zLM: 0.8, zLL: -0.8, zSP: 1, zSI: 0) == .unclassified)  // zSP = 1 is not > 1
        #expect(S.classify(zLM: 0, zLL: -1.5, zSP: 1.2, zSI: 0) == .unclassified)  // zLM = 0 is not > 0
        #expect(S.classify(zLM: 1.5, zLL: 0, zSP: 1.2, zSI: 0) == .unclassified)  // zLL = 0 is not < 0
    }

    @Test func rejectedNeedsStrictInequalities() {
        #expect(S.classify(zLM: -0.8, zLL: 0.8, zSP: -1 - eps, zSI: 0) == .rejected)
        #expect(S.classify(zLM: -0.8, zLL: 0.8, zSP: -1, zSI: 0) == .unclassified)
        #expect(S.classify(zLM: 0, zLL: 1.5, zSP: -1.2, zSI: 0) == .unclassified)
        #expect(S.classify(zLM: -1.5, zLL: 0, zSP: -1.2, zSI: 0) == .unclassified)
    }

    @Test func neglectedUsesImpactAndBothSigns() {
        #expect(S.classify(zLM: -0.6, zLL: -0.6, zSP: 0.7, zSI: -1 - eps) == .neglected)
        #expect(S.classify(zLM: -0.6, zLL: -0.6, zSP: 0.7, zSI: -1) == .unclassified)
        #expect(S.classify(zLM: 0, zLL: -0.6, zSP: 0.7, zSI: -1.2) == .unclassified)
        #expect(S.classify(zLM: -0.6, zLL: 0, zSP: 0.7, zSI: -1.2) == .unclassified)
        // inside the average band, a pupil who is not neglected is average
        #expect(S.classify(zLM: -0.6, zLL: -0.6, zSP: 0.2, zSI: -1) == .average)
    }

    @Test func controversialUsesImpactAndBothSigns() {
        #expect(S.classify(zLM: 0.6, zLL: 0.6, zSP: 0.7, zSI: 1 + eps) == .controversial)
        #expect(S.classify(zLM: 0.6, zLL: 0.6, zSP: 0.7, zSI: 1) == .unclassified)
        #expect(S.classify(zLM: 0, zLL: 0.6, zSP: 0.7, zSI: 1.2) == .unclassified)
        #expect(S.classify(zLM: 0.6, zLL: 0, zSP: 0.7, zSI: 1.2) == .unclassified)
    }

    @Test func averageBandIsOpen() {
        #expect(S.classify(zLM: 0, zLL: 0, zSP: 0.5 - eps, zSI: 0) == .average)
        #expect(S.classify(zLM: 0, zLL: 0, zSP: -0.5 + eps, zSI: 0) == .average)
        #expect(S.classify(zLM: 0, zLL: 0, zSP: 0.5, zSI: 0) == .unclassified)
        #expect(S.classify(zLM: 0, zLL: 0, zSP: -0.5, zSI: 0) == .unclassified)
    }

    @Test func extremeRulesWinOverAverageBand() {
        // zSI > 1 with both z positive and zSP inside (−0.5, 0.5): controversial, not average
        #expect(S.classify(zLM: 1, zLL: 1, zSP: 0, zSI: 2) == .controversial)
        #expect(S.classify(zLM: -1, zLL: -1, zSP: 0, zSI: -2) == .neglected)
    }
}

@Suite struct NewcombBukowskiRuleTests {
    typealias R = NewcombBukowskiResult
    /// A test result with observed x, expected e and the two tails.
    func t(_ x: Int, _ e: Double, up: Double = 0.5, low: Double = 0.5) -> ChanceTest {
        ChanceTest(observed: x, expected: e, upper: up, lower: low)
    }
    let typicalImpact = ChanceTest(observed: 5, expected: 5, upper: 0.5, lower: 0.5)

    @Test func popularNeedsSignificantLMAndLLBelowExpected() {
        #expect(R.classify(lm: t(8, 3, up: 0.05), ll: t(0, 1), impact: typicalImpact, alpha: .p05) == .popular)
        #expect(R.classify(lm: t(8, 3, up: 0.0501), ll: t(0, 1), impact: typicalImpact, alpha: .p05) == .average)
        #expect(R.classify(lm: t(8, 3, up: 0.0501), ll: t(0, 1), impact: typicalImpact, alpha: .p10) == .popular)
        #expect(R.classify(lm: t(8, 3, up: 0.02), ll: t(0, 1), impact: typicalImpact, alpha: .p01) == .average)
        // LL exactly at its expected value: neither popular nor controversial
        #expect(R.classify(lm: t(8, 3, up: 0.01), ll: t(1, 1), impact: typicalImpact, alpha: .p05) == .average)
    }

    @Test func rejectedNeedsSignificantLLAndLMBelowExpected() {
        #expect(R.classify(lm: t(1, 3), ll: t(5, 1, up: 0.01), impact: typicalImpact, alpha: .p05) == .rejected)
        #expect(R.classify(lm: t(3, 3), ll: t(5, 1, up: 0.01), impact: typicalImpact, alpha: .p05) == .average)
        #expect(R.classify(lm: t(1, 3), ll: t(5, 1, up: 0.06), impact: typicalImpact, alpha: .p05) == .average)
    }

    @Test func controversialEitherWay() {
        #expect(R.classify(lm: t(8, 3, up: 0.01), ll: t(2, 1), impact: typicalImpact, alpha: .p05) == .controversial)
        #expect(R.classify(lm: t(4, 3), ll: t(5, 1, up: 0.01), impact: typicalImpact, alpha: .p05) == .controversial)
        #expect(
            R.classify(lm: t(8, 3, up: 0.01), ll: t(5, 1, up: 0.01), impact: typicalImpact, alpha: .p05)
                == .controversial)
    }

    @Test func neglectedUsesLowerTailOfImpact() {
        let lowImpact = ChanceTest(observed: 0, expected: 6, upper: 1, lower: 0.05)
        #expect(R.classify(lm: t(0, 3), ll: t(0, 3), impact: lowImpact, alpha: .p05) == .neglected)
        #expect(R.classify(lm: t(0, 3), ll: t(0, 3), impact: lowImpact, alpha: .p01) == .average)
        let notLow = ChanceTest(observed: 0, expected: 6, upper: 1, lower: 0.0501)
        #expect(R.classify(lm: t(0, 3), ll: t(0, 3), impact: notLow, alpha: .p05) == .average)
    }

    @Test func chanceLevelIsOneTailed() {
        #expect(t(9, 3, up: 0.05, low: 0.99).level(.p05) == .high)
        #expect(t(0, 3, up: 1, low: 0.05).level(.p05) == .low)
        #expect(t(0, 3, up: 1, low: 0.06).level(.p05) == .typical)
        #expect(t(0, 3, up: 1, low: 0.06).level(.p10) == .low)
    }
}

@Suite struct PoissonBinomialTests {
    @Test func equalProbabilitiesGiveTheBinomial() {
        let d = PoissonBinomial(probabilities: Array(repeating: 0.25, count: 8))
        func choose(_ n: Int, _ k: Int) -> Double { k == 0 ? 1 : Double(n - k + 1) / Double(k) * choose(n, k - 1) }
        for k in 0...8 {
            let exact = choose(8, k) * pow(0.25, Double(k)) * pow(0.75, Double(8 - k))
            #expect(abs(d.mass[k] - exact) < 1e-15)
        }
        #expect(abs(d.mean - 2) < 1e-15)
    }

    @Test func truncationKeepsBothTailsExact() {
        let ps = (0..<40).map { 0.02 + 0.3 * Double($0 % 7) / 7 }
        let full = PoissonBinomial(probabilities: ps)
        let cut = PoissonBinomial(probabilities: ps, cap: 6)
        #expect(cut.truncated)
        for x in 0...6 {
            #expect(abs(full.upperTail(x) - cut.upperTail(x)) < 1e-13)
        }
        for x in 0..<6 {
            #expect(abs(full.lowerTail(x) - cut.lowerTail(x)) < 1e-13)
        }
    }

    @Test func impossibleCountsHaveZeroProbability() {
        let d = PoissonBinomial(probabilities: [0.5, 0.5])
        #expect(d.upperTail(3) == 0)
        #expect(d.lowerTail(2) == 1)
        #expect(PoissonBinomial(probabilities: []).upperTail(1) == 0)
    }
}

private func pow(_ a: Double, _ b: Double) -> Double {
    var r = 1.0
    for _ in 0..<Int(b) { r *= a }
    return r
}
