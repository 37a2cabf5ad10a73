import ArgumentParser
import Foundation
import Sociogram
import SociogramWorkers

/// `sociogram analyze FILE [--out DIR]`: the analysis, a summary on the terminal, and with `--out`
/// the files `sociogram.png`, `analysis.json` and `pupils.csv`.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse a class survey: who needs attention, status, subgroups; write PNG, JSON and CSV with --out.",
        discussion: """
            Without --out nothing is written; the summary is printed. With --out DIR the folder gets \
            analysis.json (schema in docs/analysis-json.md), pupils.csv and sociogram.png, written into a \
            hidden folder beside it and put in place together, so DIR holds the earlier files or all the new \
            ones (with --force an existing DIR is replaced as a whole; files of yours in it are kept). If the \
            diagram cannot be drawn, the JSON and CSV are still written and the exit code is 3; a full disk \
            changes nothing and exits 4.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var analysisArguments: AnalysisArguments
    @OptionGroup var printing: PrintOptions
    @OptionGroup var languageArgument: LanguageArgument
    @OptionGroup var outputs: OutputArguments
    @OptionGroup var diagram: DiagramArguments

    func run() throws {
        let language = try languageArgument.language()
        let options = try analysisArguments.analysisOptions()
        let loaded = try input.load(language: language)
        let analysis = try ClassAnalysis(network: loaded.network, options: options)
        let pseudonymised = printing.labels.pseudonymised
        let document = AnalysisDocument(import: loaded.report, analysis: analysis, pseudonymised: pseudonymised, language: language)
        let json = try document.jsonData()

        let diagramOptions = try diagram.options(network: loaded.network, labels: printing.labels, language: language)
        var renderFailure: RenderError?
        // The files are written into a hidden sibling folder and put in place together (``StagedOutput``).
        let staged = try outputs.out.map {
            try StagedOutput.prepare(path: $0, force: outputs.force, inputs: input.inputPaths)
        }
        if let staged, let out = outputs.out { Interruption.protect(staged, folder: out, language: language) }
        let folder = staged?.folder
        try folder?.checkNoInputIsReplaced(by: ["analysis.json", "pupils.csv", "sociogram.png"])
        // The key before the outputs: a refused key path (an input, a missing folder) stops the run first.
        try outputs.writeKeyIfAsked(network: loaded.network, pseudonymised: pseudonymised, inputs: input.inputPaths)
        if let folder {
            try folder.write(Array(json), to: "analysis.json")
            try folder.write(
                Array(PupilsCSV.render(analysis, pseudonymised: pseudonymised, language: language, withStatus: outputs.withStatus)),
                to: "pupils.csv")
            // The diagram last: if Graphviz fails, the JSON and CSV above are already complete.
            do {
                let png = try GraphvizRenderer.render(
                    Sociograms.classDiagram(loaded.network, options: diagramOptions), format: .png, dpi: diagram.dpi)
                try folder.write(png, to: "sociogram.png")
            } catch let error as RenderError {
                renderFailure = error
            }
            TestHooks.beforeCommit()
            try staged?.commit()
        }
        if printing.json {
            Terminal.out(String(decoding: json, as: UTF8.self))
        } else {
            printSummary(analysis, loaded: loaded, language: language)
        }
        if let renderFailure { throw renderFailure }
    }

    private func printSummary(_ analysis: ClassAnalysis, loaded: ImportResult, language: Language) {
        for line in Summary.lines(analysis, language: language, pseudonymised: printing.labels.pseudonymised) {
            Terminal.out(line)
        }
        // Question texts only (no names): safe in pseudonymised mode too.
        for note in loaded.report.diagnostics where note.code == "negative-dropped" {
            Terminal.out("")
            Terminal.out(note.message)
        }
        let warnings = loaded.report.diagnostics.filter { $0.severity == .warning }
        if !warnings.isEmpty {
            Terminal.out("")
            Terminal.out(Strings(language).importWarnings(warnings.count))
        }
        if let folderPath = outputs.out {
            Terminal.out("")
            Terminal.out(Strings(language).writtenTo(folderPath + "/"))
        }
    }
}
