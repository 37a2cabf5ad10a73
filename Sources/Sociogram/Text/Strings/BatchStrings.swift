import Foundation

/// The texts of the grade index page (`index.html`), from the string catalogue (keys `batch…`).
struct BatchStrings: Sendable {
    let language: Language

    private func text(_ key: TextKey, _ arguments: [String: any Sendable] = [:]) -> String {
        Strings(language).text(key, arguments)
    }

    func title(_ grade: String) -> String { text(.batchTitle, ["grade": grade]) }
    var lang: String { language.rawValue }
    var rankingExplained: String {
        text(.batchRankingExplained)
    }
    var rank: String { text(.batchRank) }
    var className: String { text(.batchClassName) }
    var pupils: String { text(.batchPupils) }
    var answered: String { text(.batchAnswered) }
    var needAttention: String { text(.batchNeedAttention) }
    var isolated: String { text(.batchIsolated) }
    var noMutual: String { text(.batchNoMutual) }
    var reciprocity: String { text(.batchReciprocity) }
    var fragmentation: String { text(.batchFragmentation) }
    var files: String { text(.batchFiles) }
    var report: String { text(.batchReport) }
    var sociogram: String { text(.batchSociogram) }
    var incomplete: String { text(.batchIncomplete) }
    var failedHeading: String { text(.batchFailedHeading) }
    var failedIntro: String {
        text(.batchFailedIntro)
    }
    var skippedHeading: String { text(.batchSkippedHeading) }
    var skippedIntro: String {
        text(.batchSkippedIntro)
    }
    var gradeSociogramHeading: String { text(.batchGradeSociogramHeading) }
    func crossClass(_ n: Int) -> String {
        text(.batchCrossClass, ["n": n])
    }
    var fragmentationExplained: String {
        text(.batchFragmentationExplained)
    }
    var caveat: String {
        text(.batchCaveat)
    }
    var privacy: String {
        text(.batchPrivacy)
    }

    func decimal(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "–" }
        let s = String(format: "%.2f", x)
        return language.isNorwegian ? s.replacingOccurrences(of: ".", with: ",") : s
    }

    func percent(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "–" }
        let v = Int((x * 100).rounded())
        return text(.batchPercent, ["v": v])
    }
}

// The "development over time" section (`batch --earlier`).
extension BatchStrings {
    var developmentHeading: String { text(.batchDevelopmentHeading) }
    func developmentIntro(surveys: [String]) -> String {
        text(.batchDevelopmentIntro, ["surveys": surveys.joined(separator: " → ")])
    }
    var developmentStability: String { text(.batchDevelopmentStability) }
    var developmentJoinedLeft: String { text(.batchDevelopmentJoinedLeft) }
    func developmentJoinedLeftCell(joined: Int, left: Int) -> String {
        text(.batchDevelopmentJoinedLeftCell, ["joined": joined, "left": left])
    }
    var developmentStabilityExplained: String { text(.batchDevelopmentStabilityExplained) }
    func developmentWithoutEarlier(_ classes: [String]) -> String {
        text(.batchDevelopmentWithoutEarlier, ["classes": classes.joined(separator: ", ")])
    }
    func developmentOnlyEarlier(_ classes: [String]) -> String {
        text(.batchDevelopmentOnlyEarlier, ["classes": classes.joined(separator: ", ")])
    }
    var developmentFailedIntro: String { text(.batchDevelopmentFailedIntro) }
    var developmentCaveat: String { text(.batchDevelopmentCaveat) }
}
