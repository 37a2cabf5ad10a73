import ArgumentParser
import Foundation
import Sociogram

/// Options that change the analysis numbers.
struct AnalysisArguments: ParsableArguments {
    @Option(name: .long, help: "The liked-most question (id or part of its text); default: the first positive question.")
    var lm: String?

    @Option(name: .long, help: "The liked-least question (id or part of its text); default: the first negative question.")
    var ll: String?

    @Option(name: .long, help: "Significance level for Newcomb–Bukowski status: .10, .05 or .01.")
    var alpha: String = ".05"

    @Option(name: .long, help: "Seed for community detection (same seed, same result).")
    var seed: UInt64 = 1

    /// The library options these flags describe.
    func analysisOptions() throws -> AnalysisOptions {
        guard let level = SignificanceLevel(parsing: alpha) else {
            throw UsageError("--alpha must be .10, .05 or .01 (got \(alpha))")
        }
        return AnalysisOptions(
            lmQuestion: lm.map { QuestionSelector($0) }, llQuestion: ll.map { QuestionSelector($0) }, alpha: level,
            seed: seed)
    }
}

/// `--lang nb|en`; the default follows the environment (`LANG=nb_NO…` gives bokmål), else English.
struct LanguageArgument: ParsableArguments {
    @Option(name: .long, help: "Language of texts: nb (bokmål) or en (English). Default: from LANG, else en.")
    var lang: String?

    func language() throws -> Language {
        if let lang {
            guard let parsed = Language(parsing: lang) else { throw UsageError("--lang must be nb or en (got \(lang))") }
            return parsed
        }
        let env = ProcessInfo.processInfo.environment
        let locale = (env["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? env["LANG"] ?? "").lowercased()
        return locale.hasPrefix("nb") || locale.hasPrefix("nn") || locale.hasPrefix("no") ? .nb : .en
    }
}
