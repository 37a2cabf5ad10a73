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
