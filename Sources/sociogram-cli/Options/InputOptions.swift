import ArgumentParser
import Sociogram

/// Options shared by every command that reads a survey.
struct InputOptions: ParsableArguments {
    @Argument(help: "The survey file (CSV/TSV export, edge list or matrix), or a folder of class files.")
    var file: String

    @Option(name: .long, help: "A roster file (name or id, optional code, gender, class).")
    var roster: String?

    @Flag(name: .long, help: "Treat loosely matched and unknown names as errors instead of warnings.")
    var strict = false

    @Option(
        name: .customLong("question"),
        help: ArgumentHelp(
            "Set a question's kind: \"TEXT-OR-ID=kind\", kind one of positive, negative, prosocial, influence, other.",
            valueName: "TEXT-OR-ID=kind"))
    var questionKinds: [String] = []

    @Option(name: .customLong("class-name"), help: "The class name to use when the file does not give one.")
    var className: String?

    @Flag(name: .customLong("drop-negative"), help: "Leave out negative questions (\"would rather not be with\").")
    var dropNegative = false

    /// The importer options these flags describe, with the importer's messages in `language`.
    func importOptions(language: Language) throws(ImportError) -> ImportOptions {
        var kinds: [QuestionKindOverride] = []
        for argument in questionKinds {
            kinds.append(try QuestionKindOverride(parsing: argument, language: language))
        }
        return ImportOptions(
            rosterPath: roster, strict: strict, questionKinds: kinds, className: className,
            dropNegative: dropNegative, language: language)
    }

    /// The input paths of this run, which outputs must never overwrite.
    var inputPaths: [String] { [file] + (roster.map { [$0] } ?? []) }

    /// Reads the survey; warnings and errors are written in `language`.
    func load(language: Language) throws(ImportError) -> ImportResult {
        try SurveyImporter.load(path: file, options: try importOptions(language: language))
    }
}
