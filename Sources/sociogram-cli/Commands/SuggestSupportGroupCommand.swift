import ArgumentParser
import Sociogram

/// `sociogram suggest support-group FILE --pupil P [--size 6]`: a støttegruppe for the pupil.
struct SuggestSupportGroupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "support-group",
        abstract: "Suggest a support group (støttegruppe) of 5–6 peers for a pupil, the pupil's own choices first.",
        discussion: """
            Design: Udir's pupil groups / Kvarme's støttegruppe — peers the pupil chose, with the pupil \
            present. Not the Support Group Method (where peers who took part in the bullying join and the \
            pupil is not present). Members: first the classmates the pupil chose, in the order named, then \
            prosocial, well-liked classmates; nobody with a negative choice to or from the pupil; not all \
            from one subgroup. Every member takes part only voluntarily; the pupil and the parents must agree.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var focus: FocusPupilArguments
    @Option(name: .long, help: "How many peers in the group.")
    var size: Int = 6
    @OptionGroup var diagram: SuggestionDiagramArguments
    @OptionGroup var printing: PrintOptions
    @OptionGroup var codeKey: CodeKeyArgument
    @OptionGroup var languageArgument: LanguageArgument

    func run() throws {
        let session = try SuggestionSession(input: input, printing: printing, languageArgument: languageArgument)
        let p = try session.names.one(focus.pupil, option: "--pupil")
        let result = try session.work.suggestSupportGroup(for: p, size: size)
        let body = SupportGroupBody(result, requestedSize: size, showExcluded: focus.showExcluded, context: session.context)
        let document = SupportGroupDocument(body, context: session.context)
        let diagrams = diagram.diagram == nil
            ? [] : [try SuggestionDiagrams.supportGroup(result, network: session.network, options: session.diagramOptions)]
        try session.finish(
            document, lines: SuggestionText.lines(document, context: session.context, hint: Strings(session.language).showExcludedHint), diagrams: diagrams, to: diagram,
            inputs: input.inputPaths, key: codeKey, json: printing.json, needsAttention: false)
    }
}
