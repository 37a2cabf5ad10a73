import ArgumentParser
import Foundation
import Sociogram
import SociogramWorkers

/// `sociogram compare BEFORE AFTER`: what changed between two surveys of the same class.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two surveys of a class: new, lost and kept choices, stability, per-pupil change.",
        discussion: """
            Pupils are matched by roster id when --roster is given (the same roster, with ids, for both surveys), \
            otherwise by name (exact, then ignoring case and accents, a unique first name, a close spelling); \
            pupils who joined or left are listed. Jaccard stability = kept / (kept + new + lost) over the \
            choices of pupils who are in both surveys and answered both. With --pupil P a short evaluation \
            paragraph for the activity plan (aktivitetsplan). With --out DIR: compare.json, \
            difference.png (new choices green, lost red dashed, kept black) and evaluation.txt.
            """
    )

    @Argument(help: "The first survey (before the measures).")
    var before: String

    @Argument(help: "The second survey (after the measures).")
    var after: String

    @Option(name: .long, help: "A pupil (name, id or code) to write an evaluation paragraph for.")
    var pupil: String?

    @Option(name: .long, help: "Write compare.json, difference.png and evaluation.txt into this folder.")
    var out: String?

    @Flag(name: .long, help: "Allow writing into a folder that already has files in it.")
    var force = false

    @OptionGroup var codeKey: CodeKeyArgument

    @Option(name: .customLong("before-label"), help: "What the first survey is called in texts (default: before / før).")
    var beforeLabel: String?

    @Option(name: .customLong("after-label"), help: "What the second survey is called in texts (default: after / etter).")
    var afterLabel: String?

    @OptionGroup var input: SurveyReadingOptions
    @OptionGroup var analysisArguments: AnalysisArguments
    @OptionGroup var printing: PrintOptions
    @OptionGroup var languageArgument: LanguageArgument

    func validate() throws {
        try codeKey.validate(pseudonymised: printing.labels.pseudonymised)
    }

    func run() throws {
        let language = try languageArgument.language()
        let importOptions = try input.importOptions(language: language).forSeveralFiles()
        let first = try SurveyImporter.load(path: before, options: importOptions)
        let second = try SurveyImporter.load(path: after, options: importOptions)
        // A decision about a name neither survey writes is an error, as for one survey.
        try importOptions.checkNameDecisionsUsed(by: [first.report, second.report])
        let options = CompareOptions(
            byID: input.roster != nil, analysis: try analysisArguments.analysisOptions(), pseudonymised: printing.labels.pseudonymised,
            beforeLabel: beforeLabel ?? Strings(language).compareBeforeLabel,
            afterLabel: afterLabel ?? Strings(language).compareAfterLabel, language: language)
        var comparison = try Comparison.run(before: first.network, after: second.network, options: options)
        if let pupil {
            switch comparison.pupil(matching: pupil) {
            case .success(let k): comparison.addEvaluation(pupil: k, language: language)
            case .failure(let e): throw UsageError(e.message(language))
            }
        }
        let json = try comparison.document.jsonData()
        let inputs = [before, after] + input.inputPaths
        let staged = try out.map { try StagedOutput.prepare(path: $0, force: force, inputs: inputs) }
        if let staged, let out { Interruption.protect(staged, folder: out, language: language) }
        let folder = staged?.folder
        try codeKey.write(comparison.codeKey, pseudonymised: printing.labels.pseudonymised, outside: out, inputs: inputs)
        if let folder {
            try folder.write(Array(json), to: "compare.json")
            let diagram = try Sociograms.differenceDiagram(
                comparison.difference,
                options: DiagramOptions(labels: printing.labels.labelStyle, language: language))
            do {
                try folder.write(try GraphvizRenderer.render(diagram, format: .png), to: "difference.png")
            } catch let error as RenderError {
                Terminal.err(Strings(language).cliError(error.message(language)))
                throw ExitCode(Terminal.Status.failure.rawValue)
            }
            if let text = comparison.document.evaluation?.text { try folder.write(text + "\n", to: "evaluation.txt") }
            TestHooks.beforeCommit()
            try staged?.commit()
        }
        if printing.json {
            FileHandle.standardOutput.write(json)
            return
        }
        for line in CompareText.lines(comparison.document, language: language) { Terminal.out(line) }
        if let out { Terminal.out(Strings(language).writtenTo(out + "/")) }
    }
}
