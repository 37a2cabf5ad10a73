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
            throw UsageError(Terminal.strings.cliAlphaInvalid(alpha))
        }
        return AnalysisOptions(
            lmQuestion: lm.map { QuestionSelector($0) }, llQuestion: ll.map { QuestionSelector($0) }, alpha: level,
            seed: seed)
    }
}

/// `--lang nb|nn|en`; the default follows the environment (`LANG=nb_NO…` gives bokmål, `nn_NO…`
/// nynorsk), else English.
struct LanguageArgument: ParsableArguments {
    @Option(
        name: .long,
        help: "Language of texts: nb (bokmål), nn (nynorsk) or en (English). Default: from LC_ALL, LC_MESSAGES or LANG, else en.")
    var lang: String?

    func language() throws -> Language {
        if let lang {
            guard let parsed = Language(parsing: lang) else {
                throw UsageError(Strings(Self.environmentLanguage).languageOptionInvalid(lang))
            }
            return parsed
        }
        return Self.environmentLanguage
    }

    /// The language the command line asks for, read before (or without) ArgumentParser: the last
    /// `--lang X` or `--lang=X` before `--`, when it names a language; otherwise the environment's.
    /// Every message of the command line itself — `sociogram: error: …` and the options it checks — is
    /// written in it, also when the error comes before the options are parsed.
    static let commandLineLanguage: Language = {
        var chosen: Language?
        var arguments = CommandLine.arguments.dropFirst()[...]
        while let argument = arguments.popFirst(), argument != "--" {
            if argument == "--lang", let value = arguments.first {
                chosen = Language(parsing: value)
            } else if argument.hasPrefix("--lang=") {
                chosen = Language(parsing: String(argument.dropFirst("--lang=".count)))
            }
        }
        return chosen ?? environmentLanguage
    }()

    /// The language the environment asks for, as POSIX orders it: `LC_ALL`, then `LC_MESSAGES`, then `LANG`.
    static var environmentLanguage: Language {
        let env = ProcessInfo.processInfo.environment
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = env[name], !value.isEmpty { return Language(locale: value) ?? .en }
        }
        return .en
    }
}
