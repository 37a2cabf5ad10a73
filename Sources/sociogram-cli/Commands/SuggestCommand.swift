import ArgumentParser
import Foundation
import Sociogram

/// `sociogram suggest supporters|support-group FILE --pupil P`: help for one pupil.
struct SuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Suggest supporters or a support group for one pupil (classmates take part only voluntarily).",
        discussion: """
            Both list classmates by name with the reasons, leave out everyone with a negative choice to or \
            from the pupil, and always remind that the classmates must agree voluntarily and that the pupil \
            and the parents must consent. Sociometric data is never the sole basis for a measure.
            """,
        subcommands: [SuggestSupportersCommand.self, SuggestSupportGroupCommand.self]
    )
}

// MARK: - Options shared by the suggestion commands

/// `-o/--diagram OUT` and `--dpi` of the suggestion commands.
struct SuggestionDiagramArguments: ParsableArguments {
    @Option(
        name: [.customShort("o"), .customLong("diagram")],
        help: ArgumentHelp(
            "Also draw the result: OUT.png, .svg, .pdf or .dot (Graphviz source). groups --rounds R > 1 writes one file per round: OUT-r1.png, OUT-r2.png, …",
            valueName: "OUT"))
    var diagram: String?

    @Option(name: .long, help: "Resolution of PNG output in dots per inch (36–600).")
    var dpi: Int?

    func validate() throws {
        if let diagram, DiagramFormat(fileExtension: URL(fileURLWithPath: diagram).pathExtension) == nil {
            throw ValidationError(Terminal.strings.cliDiagramExtension(option: "-o/--diagram", diagram))
        }
        if let dpi, !(36...600).contains(dpi) { throw ValidationError(Terminal.strings.cliDpiRange) }
    }

    /// The files `count` diagrams go to: `OUT` for one, `OUT-r1.ext`, `OUT-r2.ext`, … for several.
    func paths(count: Int) -> [String] {
        guard let diagram else { return [] }
        guard count > 1 else { return [diagram] }
        let url = URL(fileURLWithPath: diagram)
        let ext = url.pathExtension
        let stem = String(diagram.dropLast(ext.count + 1))
        return (1...count).map { "\(stem)-r\($0).\(ext)" }
    }

    /// Renders every diagram first, then writes them, so a Graphviz failure leaves no file behind.
    ///
    /// - Returns: the paths written.
    func write(_ diagrams: [Diagram], inputs: [String]) throws -> [String] {
        guard let diagram, !diagrams.isEmpty else { return [] }
        let format = DiagramFormat(fileExtension: URL(fileURLWithPath: diagram).pathExtension) ?? .png
        var rendered: [[UInt8]] = []
        for d in diagrams { rendered.append(try GraphvizRenderer.render(d, format: format, dpi: dpi)) }
        let paths = paths(count: diagrams.count)
        for (bytes, path) in zip(rendered, paths) { try OutputFolder.writeFile(bytes, to: path, inputs: inputs) }
        return paths
    }
}

/// `--pupil P` and `--show-excluded` of `suggest supporters` and `suggest support-group`.
struct FocusPupilArguments: ParsableArguments {
    @Option(name: .long, help: "The pupil to support: name, first name, id or code.")
    var pupil: String

    @Flag(
        name: .customLong("show-excluded"),
        help: "Also list who was left out because of a negative choice (for your own view only; do not share).")
    var showExcluded = false
}

/// `--seed`, `--iterations`, `--time-limit` of the group optimiser.
struct SearchArguments: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("Seed of the search's random choices: the same seed and iterations give the same result. (default: \(SearchLimits().seed))"))
    var seed: UInt64?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "How long the search runs, in improvement rounds: the stop rule; more can find better groupings. "
                + "(default: groups \(SearchLimits().iterations) per round, placement \(PlacementRequest(classes: 1).limits.iterations))"))
    var iterations: Int?

    @Option(
        name: .customLong("time-limit"),
        help: ArgumentHelp(
            "An upper bound in seconds; when it cuts the search short, the result says so. (default: groups "
                + "\(Self.seconds(SearchLimits().timeLimit)) per round, placement \(Self.seconds(PlacementRequest(classes: 1).limits.timeLimit)))",
            valueName: "SEC"))
    var timeLimit: Double?

    private static func seconds(_ limit: Double?) -> String { limit.map { "\(Int($0)) s" } ?? "none" }

    func validate() throws {
        if let iterations, iterations < 1 { throw ValidationError(Terminal.strings.cliAtLeast("--iterations", 1)) }
        if let timeLimit, !(timeLimit.isFinite && timeLimit > 0) { throw ValidationError(Terminal.strings.cliTimeLimitInvalid) }
    }

    /// `defaults` with the values given on the command line.
    func limits(_ defaults: SearchLimits) -> SearchLimits {
        var limits = defaults
        if let seed { limits.seed = seed }
        if let iterations { limits.iterations = iterations }
        if let timeLimit { limits.timeLimit = timeLimit }
        return limits
    }
}

/// `--apart A,B`, `--together A,B` and `--absent A`, all repeatable.
struct PairArguments: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Never put these two pupils together: \"Kari Nordmann,Ola Hansen\" (repeat for more pairs). "
                + "A name that itself holds a comma works when the pair can be split only one way; "
                + "otherwise write that pupil's id or code (listed by `sociogram inspect --json`).",
            valueName: "A,B"))
    var apart: [String] = []

    @Option(name: .long, help: ArgumentHelp("Always put these two pupils together, written like --apart.", valueName: "A,B"))
    var together: [String] = []

    @Option(name: .long, help: ArgumentHelp("Leave this pupil out (absent); repeat for more pupils.", valueName: "A"))
    var absent: [String] = []

    /// The pairs and absent pupils as network indices. A pair with an absent pupil is dropped with a
    /// warning (an absent pupil is in no group).
    func resolve(_ names: PupilNames) throws -> (apart: [GroupingProblem.Pair], together: [GroupingProblem.Pair], absent: [Int]) {
        var absentSet = Set<Int>()
        for text in absent { absentSet.formUnion(try names.several(text, option: "--absent")) }
        func pairs(_ texts: [String], option: String) throws -> [GroupingProblem.Pair] {
            var result: [GroupingProblem.Pair] = []
            for text in texts {
                let pair = try names.pair(text, option: option)
                if let gone = [pair.a, pair.b].first(where: absentSet.contains) {
                    let s = names.strings
                    Terminal.err(s.cliNote(s.cliPairIgnoredAbsent(
                        option: option, names.label(pair.a), names.label(pair.b), absent: names.label(gone))))
                } else if !result.contains(pair) {
                    result.append(pair)
                }
            }
            return result
        }
        return (try pairs(apart, option: "--apart"), try pairs(together, option: "--together"), absentSet.sorted())
    }
}

// MARK: - Pupil names from the command line

/// Resolves pupil names typed on the command line with the importer's matching ladder; a name that
/// matches nobody (or several) is exit 2 with the closest names offered.
struct PupilNames {
    let network: ClassNetwork
    let pseudonymised: Bool
    let strings: Strings

    /// How the pupil is written in messages (the code in a pseudonymised run).
    func label(_ i: Int) -> String { pseudonymised ? network.pupils[i].code : network.pupils[i].name }

    /// One pupil.
    func one(_ text: String, option: String) throws -> Int {
        let i: Int
        do {
            i = try network.pupilIndex(matching: text, pseudonymised: pseudonymised)
        } catch {
            throw UsageError("\(option): \(strings.pupilNotFound(error))")
        }
        return i
    }

    /// One pupil, or — when the text as a whole matches nobody — several pupils separated by commas.
    func several(_ text: String, option: String) throws -> [Int] {
        if let whole = try? network.pupilIndex(matching: text, pseudonymised: pseudonymised) { return [whole] }
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard parts.count > 1 else { return [try one(text, option: option)] }
        return try parts.map { try one($0, option: option) }
    }

    /// Two different pupils written `A,B`. Every comma is tried as the separator, so names with spaces
    /// (and names with commas, when only one split matches) work.
    func pair(_ text: String, option: String) throws -> GroupingProblem.Pair {
        let commas = text.indices.filter { text[$0] == "," }
        guard !commas.isEmpty else {
            throw UsageError(strings.cliPairNeedsComma(option: option, text))
        }
        var found = Set<GroupingProblem.Pair>()
        var firstError: UsageError?
        var fewestMisses = 3
        for comma in commas {
            let left = text[..<comma].trimmingCharacters(in: .whitespaces)
            let right = text[text.index(after: comma)...].trimmingCharacters(in: .whitespaces)
            var sides: [Int] = []
            var misses: [UsageError] = []
            for side in [left, right] {
                do { sides.append(try one(side, option: option)) } catch let e as UsageError { misses.append(e) }
            }
            if sides.count == 2 {
                guard sides[0] != sides[1] else {
                    throw UsageError(strings.cliPairSamePupil(option: option, text, pupil: label(sides[0])))
                }
                found.insert(GroupingProblem.Pair(sides[0], sides[1]))
            } else if misses.count < fewestMisses {
                fewestMisses = misses.count
                firstError = misses.first
            }
        }
        if found.count == 1, let pair = found.first { return pair }
        if found.count > 1 {
            throw UsageError(strings.cliPairAmbiguous(option: option, text))
        }
        throw firstError ?? UsageError(strings.cliPairUnknown(option: option, text))
    }
}

// MARK: - The common frame of a suggestion command

/// Loads the survey and holds what every suggestion command needs around its library call.
struct SuggestionSession {
    let loaded: ImportResult
    /// The network as imported: names are resolved and texts and diagrams drawn on it.
    let network: ClassNetwork
    /// The network passed to the suggestion functions: in a pseudonymised run, with codes as names, so
    /// that no library message (errors included) can carry a name.
    let work: ClassNetwork
    let context: SuggestionContext
    let names: PupilNames
    let language: Language
    let labels: LabelsOption

    init(input: InputOptions, printing: PrintOptions, languageArgument: LanguageArgument) throws {
        language = try languageArgument.language()
        loaded = try input.load(language: language)
        network = loaded.network
        labels = printing.labels
        work = labels.pseudonymised ? network.withCodesAsNames() : network
        context = SuggestionContext(network: network, language: language, labels: labels.labelStyle)
        names = PupilNames(network: network, pseudonymised: labels.pseudonymised, strings: Strings(language))
    }

    /// The diagram options for the chosen labels and language.
    var diagramOptions: DiagramOptions {
        DiagramOptions(labels: labels.labelStyle, language: language)
    }

    /// Writes the diagrams, prints the document (JSON or words), and exits with 1 when something
    /// asked for was not met.
    func finish<Body>(
        _ document: SuggestionDocument<Body>, lines: [String], diagrams: [Diagram], to diagram: SuggestionDiagramArguments,
        inputs: [String], key: CodeKeyArgument, json: Bool, needsAttention: Bool
    ) throws {
        let strings = Strings(language)
        // The key first: a refused key path stops the run before anything else is written.
        let keyPath = try key.write(network: network, pseudonymised: labels.pseudonymised, inputs: inputs + diagram.paths(count: diagrams.count))
        let written = try diagram.write(diagrams, inputs: inputs + (keyPath.map { [$0] } ?? []))
        if json {
            Terminal.out(String(decoding: try document.jsonData().dropLast(), as: UTF8.self))
            for path in written { Terminal.err(strings.writtenTo(path)) }
            if let keyPath { Terminal.err(strings.keyWritten(keyPath)) }
        } else {
            for line in lines { Terminal.out(line) }
            let warnings = loaded.report.diagnostics.filter { $0.severity == .warning }.count
            if warnings > 0 {
                Terminal.out("")
                Terminal.out(strings.importWarnings(warnings))
            }
            if !written.isEmpty || keyPath != nil { Terminal.out("") }
            for path in written { Terminal.out(strings.writtenTo(path)) }
            if let keyPath { Terminal.out(strings.keyWritten(keyPath)) }
        }
        if needsAttention { throw ExitCode(Terminal.Status.needsAttention.rawValue) }
    }
}
