import ArgumentParser
import Sociogram

/// `sociogram groups FILE --size N …`: safe work groups, optionally over several rounds.
struct GroupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "groups",
        abstract: "Suggest work groups: everyone with a friend, conflict pairs apart, a prosocial leader rotating over rounds.",
        discussion: """
            Groups of N ± 1, as equal as possible. Kept where at all possible: two pupils where one named the \
            other negatively are never together, nor --apart pairs; --together pairs always are; absent \
            pupils are left out; everyone has at least one positive tie (a choice in either direction) in \
            the group. Then: mutual choices, the least-chosen pupils' own choices, gender balance \
            (--balance gender) and one leader per group (a pupil named as helpful, appointed by the teacher). \
            With --rounds R the leader role rotates and repeated pairs are few.

            Every wish that could not be met is named with the reason: "impossible" (proven) or "not found" \
            (the search did not find a way; more --iterations may). Then the command exits with 1. \
            Impossible requests (groups larger than the class, a pair both together and apart, unknown \
            pupils) are exit 2 with an explanation.
            """
    )

    enum Balance: String, ExpressibleByArgument, CaseIterable { case gender }

    @OptionGroup var input: InputOptions
    @Option(name: .long, help: "The group size N: groups of N ± 1, sizes differing by at most one.")
    var size: Int
    @Option(name: .long, help: "How many groupings to make; the leader role rotates and repeated pairs are few.")
    var rounds: Int = 1
    @OptionGroup var pairs: PairArguments
    @Option(
        name: .long,
        help: ArgumentHelp(
            "prosocial: one pupil named as helpful per group (pupils who answered), rotating over rounds; none: no "
                + "leaders; or the teacher's own choice of leaders, \"Kari Nordmann,Ola Hansen\", rotating over rounds.",
            valueName: "prosocial|none|NAMES"))
    var leaders: String = "prosocial"
    @Option(name: .long, help: "gender: each group follows the class's share of girls and boys.")
    var balance: Balance?
    @OptionGroup var search: SearchArguments
    @OptionGroup var diagram: SuggestionDiagramArguments
    @Flag(
        name: .customLong("teacher-view"),
        help: "Draw the teacher's view: the choices inside each group and the pupils' markings. By default the diagram shows names and groups only, so it can be shown to the class.")
    var teacherView = false
    @OptionGroup var printing: PrintOptions
    @OptionGroup var codeKey: CodeKeyArgument
    @OptionGroup var languageArgument: LanguageArgument

    func validate() throws {
        guard size >= 2 else { throw ValidationError(Terminal.strings.cliAtLeast("--size", 2)) }
        guard rounds >= 1 else { throw ValidationError(Terminal.strings.cliAtLeast("--rounds", 1)) }
    }

    func run() throws {
        let session = try SuggestionSession(input: input, printing: printing, languageArgument: languageArgument)
        let classes = session.network.classNames
        if classes.count > 1 {
            let strings = Strings(session.language)
            Terminal.err(strings.cliNote(strings.cliGroupsMixClasses(classes)))
        }
        let resolved = try pairs.resolve(session.names)
        let mode: WorkGroupRequest.LeaderMode
        var chosen: [Int] = []
        switch leaders.lowercased() {
        case "prosocial": mode = .prosocial
        case "none": mode = .none
        default:
            mode = .chosen
            chosen = try session.names.several(leaders, option: "--leaders")
        }
        let request = WorkGroupRequest(
            size: size, rounds: rounds, apart: resolved.apart, together: resolved.together, absent: resolved.absent,
            leaders: mode, leaderPupils: chosen, balanceGender: balance == .gender,
            limits: search.limits(SearchLimits()))
        let result = try session.work.suggestWorkGroups(request)
        let document = WorkGroupsDocument(WorkGroupsBody(result, request: request, context: session.context), context: session.context)
        let diagrams = diagram.diagram == nil
            ? [] : try SuggestionDiagrams.workGroups(
                result, network: session.network, options: session.diagramOptions, audience: teacherView ? .teacher : .classroom)
        try session.finish(
            document, lines: SuggestionText.lines(document, context: session.context), diagrams: diagrams, to: diagram,
            inputs: input.inputPaths, key: codeKey, json: printing.json, needsAttention: result.needsAttention)
    }
}
