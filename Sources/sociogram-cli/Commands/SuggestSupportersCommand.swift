import ArgumentParser
import Sociogram

/// `sociogram suggest supporters FILE --pupil P [--count N]`: classmates who could be asked to help
/// ("Vi trenger din hjelp!").
struct SuggestSupportersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supporters",
        abstract: "Rank classmates who could be asked to support a pupil (\"Vi trenger din hjelp!\").",
        discussion: """
            Ranked by prosocial nominations ("helps others"), how well liked and how influential they are, \
            and existing ties with the pupil; each with the reasons in words. Never suggested: anyone who \
            named the pupil negatively, or whom the pupil named negatively. Only their number is shown, \
            because who named the pupil negatively should not be in a paper that may be shared; \
            --show-excluded lists them for your own view. Without a prosocial question the ranking uses \
            status and ties only, and says so. The reminder that classmates take part only voluntarily \
            and that the pupil and the parents must agree is always printed.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var focus: FocusPupilArguments
    @Option(name: .long, help: "How many classmates to suggest.")
    var count: Int = 5
    @OptionGroup var diagram: SuggestionDiagramArguments
    @OptionGroup var printing: PrintOptions
    @OptionGroup var codeKey: CodeKeyArgument
    @OptionGroup var languageArgument: LanguageArgument

    func validate() throws {
        guard count >= 1 else { throw ValidationError(Terminal.strings.cliAtLeast("--count", 1)) }
    }

    func run() throws {
        let session = try SuggestionSession(input: input, printing: printing, languageArgument: languageArgument)
        let p = try session.names.one(focus.pupil, option: "--pupil")
        let result = try session.work.suggestSupporters(for: p, count: count)
        let body = SupportersBody(result, requestedCount: count, showExcluded: focus.showExcluded, context: session.context)
        let document = SupportersDocument(body, context: session.context)
        let lines = SuggestionText.lines(document, context: session.context, hint: Strings(session.language).showExcludedHint)
        let diagrams = diagram.diagram == nil
            ? [] : [try SuggestionDiagrams.supporters(result, network: session.network, options: session.diagramOptions)]
        try session.finish(
            document, lines: lines, diagrams: diagrams, to: diagram, inputs: input.inputPaths, key: codeKey, json: printing.json,
            needsAttention: false)
    }
}
