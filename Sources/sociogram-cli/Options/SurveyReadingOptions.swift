import ArgumentParser
import Sociogram

/// How a command reads survey files: the roster and the importer's flags. `batch` and `compare` use it
/// as it is (their class names come from the files, a class column or the roster); ``InputOptions``
/// adds the one survey file and `--class-name`.
struct SurveyReadingOptions: ParsableArguments {
    @Option(name: .long, help: "A roster file, CSV or .xlsx (name or first and last name, or id; optional code, gender, class).")
    var roster: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The sheet of an Excel workbook (.xlsx) with the answers, by name or number (1 = first). Default: the one sheet that looks like answers.",
            valueName: "NAME|NUMBER"))
    var sheet: String?

    @Option(
        name: .customLong("roster-sheet"),
        help: ArgumentHelp(
            "The sheet of a roster workbook (.xlsx), by name or number. Default: the first sheet with a name column.",
            valueName: "NAME|NUMBER"))
    var rosterSheet: String?

    @Flag(name: .long, help: "Treat loosely matched and unknown names as errors instead of warnings.")
    var strict = false

    @Option(
        name: .customLong("question"),
        help: ArgumentHelp(
            "Set a question's kind: \"TEXT-OR-ID=kind\", kind one of positive, negative, prosocial, influence, other.",
            valueName: "TEXT-OR-ID=kind"))
    var questionKinds: [String] = []

    @Option(
        name: .customLong("name"),
        help: ArgumentHelp(
            "Read a written name as a pupil: \"WRITTEN=PUPIL\", PUPIL a name, id or code from the class list (confirms or re-points a loose match, maps an unknown name). Repeatable.",
            valueName: "WRITTEN=PUPIL"))
    var names: [String] = []

    @Option(
        name: .customLong("drop-name"),
        help: ArgumentHelp(
            "Leave out the choices of a written name (an unknown name); the report counts them. Repeatable.",
            valueName: "WRITTEN"))
    var dropNames: [String] = []

    @Flag(name: .customLong("drop-negative"), help: "Leave out negative questions (\"would rather not be with\").")
    var dropNegative = false

    /// The importer options these flags describe, with the importer's messages (including a bad
    /// `--question` or `--name`) in `language`.
    func importOptions(language: Language) throws(ImportError) -> ImportOptions {
        var kinds: [QuestionKindOverride] = []
        for argument in questionKinds {
            kinds.append(try QuestionKindOverride(parsing: argument, language: language))
        }
        var options = ImportOptions(
            rosterPath: roster, strict: strict, questionKinds: kinds, dropNegative: dropNegative, language: language,
            sheet: sheet, rosterSheet: rosterSheet)
        for argument in names {
            options.nameDecisions.append(try NameDecision(parsing: argument, language: language))
        }
        options.nameDecisions += dropNames.map { NameDecision(written: $0, action: .drop) }
        return options
    }

    /// The roster, which outputs must never overwrite.
    var inputPaths: [String] { roster.map { [$0] } ?? [] }
}
