import ArgumentParser
import Sociogram

/// `sociogram placement GRADE --classes K …`: new classes for a grade.
struct PlacementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "placement",
        abstract: "Suggest how to place a grade's pupils in K new classes: balanced, everyone with a chosen friend, conflicts apart.",
        discussion: """
            The input is a grade: a file with a class column, or a folder with one file per class. Classes get \
            balanced sizes (differing by at most one, or up to --max-size) and gender; every pupil gets at \
            least one classmate they chose; pairs where one named the other negatively, and --apart pairs, \
            are kept apart; --together pairs kept together; --absent pupils (e.g. moving away) left out.

            Every wish that could not be met is named with the reason: "impossible" (proven) or "not found" \
            (the search did not find a way; more --iterations may). Then the command exits with 1.
            """
    )

    @OptionGroup var input: InputOptions
    @Option(name: .long, help: "How many classes to form.")
    var classes: Int
    @Option(name: .customLong("max-size"), help: "Largest class allowed; without it, sizes differ by at most one.")
    var maxSize: Int?
    @OptionGroup var pairs: PairArguments
    @OptionGroup var search: SearchArguments
    @OptionGroup var diagram: SuggestionDiagramArguments
    @OptionGroup var printing: PrintOptions
    @OptionGroup var codeKey: CodeKeyArgument
    @OptionGroup var languageArgument: LanguageArgument

    func validate() throws {
        guard classes >= 1 else { throw ValidationError(Terminal.strings.cliAtLeast("--classes", 1)) }
        if let maxSize, maxSize < 1 { throw ValidationError(Terminal.strings.cliAtLeast("--max-size", 1)) }
    }

    func run() throws {
        let session = try SuggestionSession(input: input, printing: printing, languageArgument: languageArgument)
        let resolved = try pairs.resolve(session.names)
        var request = PlacementRequest(
            classes: classes, maxSize: maxSize, apart: resolved.apart, together: resolved.together, absent: resolved.absent)
        request.limits = search.limits(request.limits)
        let result = try session.work.suggestPlacement(request)
        let document = PlacementDocument(PlacementBody(result, request: request, context: session.context), context: session.context)
        let diagrams = diagram.diagram == nil
            ? [] : [SuggestionDiagrams.placement(result, network: session.network, options: session.diagramOptions)]
        try session.finish(
            document, lines: SuggestionText.lines(document, context: session.context), diagrams: diagrams, to: diagram,
            inputs: input.inputPaths, key: codeKey, json: printing.json, needsAttention: result.needsAttention)
    }
}
