import ArgumentParser
import Foundation
import Sociogram
import SociogramWorkers

/// `sociogram follow W1 W2 … Wn`: one class and its pupils over many surveys.
struct FollowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow",
        abstract: "Follow a class over many surveys: the class and each pupil from survey to survey.",
        discussion: """
            Give the surveys in time order (at least two). Each consecutive pair is compared exactly as \
            `compare` does (kept, new and lost choices, Jaccard stability over pupils present and answering \
            in both), and first → last as well. Pupils are matched by roster id with --roster, otherwise by \
            name. A survey is called by --wave-label, else by its date where the file has the form's own \
            time columns, else by its file name. With --measure-from the charts mark where a measure started \
            and each --pupil evaluation sets the surveys before it beside those after it. With --out DIR: \
            follow.json, class-over-time.png/.svg, a difference sociogram per consecutive pair \
            (difference-1-2.png, …) and for each --pupil a folder with evaluation.txt and chart.png/.svg.
            """
    )

    @Argument(help: "The surveys, in time order (at least two).")
    var waves: [String] = []

    @Option(name: .customLong("wave-label"), help: "What a survey is called, once per survey in order (e.g. --wave-label høst --wave-label vår).")
    var waveLabels: [String] = []

    @Option(name: .customLong("measure-from"), help: ArgumentHelp("The first survey after the measure started, by label or number (1 = first).", valueName: "WAVE"))
    var measureFrom: String?

    @Option(name: .long, help: "A pupil (name, id or code) to write the evaluation over the surveys for; may be repeated.")
    var pupil: [String] = []

    @Option(name: .long, help: "Write follow.json, the charts, the difference sociograms and the evaluations into this folder.")
    var out: String?

    @Flag(name: .long, help: "Allow writing into a folder that already has files in it.")
    var force = false

    @OptionGroup var codeKey: CodeKeyArgument
    @OptionGroup var input: SurveyReadingOptions
    @OptionGroup var analysisArguments: AnalysisArguments
    @OptionGroup var printing: PrintOptions
    @OptionGroup var languageArgument: LanguageArgument

    func validate() throws {
        try codeKey.validate(pseudonymised: printing.labels.pseudonymised)
        if waves.count < 2 { throw ValidationError(Terminal.strings.cliFollowTooFewSurveys(waves.count)) }
    }

    func run() throws {
        let language = try languageArgument.language()
        let strings = Strings(language)
        let importOptions = try input.importOptions(language: language).forSeveralFiles()
        var series: [FollowWave] = []
        var reports: [ImportReport] = []
        for path in waves {
            let result = try SurveyImporter.load(path: path, options: importOptions)
            reports.append(result.report)
            series.append(FollowWave(result, fileName: path))
        }
        // A decision about a name none of the surveys writes is an error, as for one survey.
        try importOptions.checkNameDecisionsUsed(by: reports)
        let pseudonymised = printing.labels.pseudonymised
        let options = FollowOptions(
            byID: input.roster != nil, analysis: try analysisArguments.analysisOptions(), pseudonymised: pseudonymised,
            labels: waveLabels, measureFrom: measureFrom, language: language)
        var follow = try FollowUp.run(waves: series, options: options)
        var asked: [Int] = []
        for text in pupil {
            let k = try follow.pupil(matching: text, language: language)
            if !asked.contains(k) { asked.append(k) }
            follow.addEvaluation(pupil: k, language: language)
        }
        let json = try follow.document.jsonData()
        let inputs = waves + input.inputPaths
        var written: [String] = []
        if let out {
            // Everything is drawn before the first file is written: a failure leaves nothing behind.
            let files = try outputFiles(follow, json: json, pupils: asked, language: language)
            // Into a hidden folder put in place as a whole (``StagedOutput``); a failure leaves DIR as it was.
            let staged = try StagedOutput.prepare(path: out, force: force, inputs: inputs)
            Interruption.protect(staged, folder: out, language: language)
            try staged.folder.checkNoInputIsReplaced(by: files.map(\.0))
            try codeKey.write(follow.codeKey, pseudonymised: pseudonymised, outside: out, inputs: inputs)
            for (name, bytes) in files { written.append(try staged.folder.write(bytes, to: name)) }
            TestHooks.beforeCommit()
            try staged.commit()
        } else {
            try codeKey.write(follow.codeKey, pseudonymised: pseudonymised, inputs: inputs)
        }
        if follow.document.datesOutOfOrder { Terminal.err(strings.followDatesOutOfOrder) }
        if printing.json {
            FileHandle.standardOutput.write(json)
            return
        }
        for line in FollowText.lines(follow.document, language: language) { Terminal.out(line) }
        if let out, !written.isEmpty { Terminal.out(strings.writtenTo(out + "/")) }
        if let key = codeKey.key, pseudonymised { Terminal.out(strings.keyWritten(key)) }
    }

    /// `follow.json`, the class chart, a difference sociogram per consecutive pair, and per pupil asked
    /// for a folder with the evaluation and the pupil's chart.
    private func outputFiles(_ follow: FollowUp, json: Data, pupils: [Int], language: Language) throws -> [(String, [UInt8])] {
        let d = follow.document
        var files: [(String, [UInt8])] = [("follow.json", Array(json))]
        func chart(_ c: LineChart, _ stem: String) throws {
            let dot = c.dot()
            files.append(("\(stem).png", try GraphvizRenderer.render(dot: dot, format: .png, engine: .pinned, dpi: 144)))
            files.append(("\(stem).svg", try GraphvizRenderer.render(dot: dot, format: .svg, engine: .pinned)))
        }
        try chart(FollowCharts.classChart(d, language: language), "class-over-time")
        let diagramOptions = DiagramOptions(labels: printing.labels.labelStyle, language: language)
        for (k, difference) in follow.differences.enumerated() {
            let diagram = try Sociograms.differenceDiagram(difference, options: diagramOptions)
            files.append(("difference-\(k + 1)-\(k + 2).png", try GraphvizRenderer.render(diagram, format: .png)))
        }
        var folders = Set<String>()
        for k in pupils {
            let label = follow.label(ofPupil: k)
            var folder = OutputFolder.safeName(label)
            if !folders.insert(folder).inserted {
                folder = OutputFolder.safeName(label + " " + d.pupils[k].code)
                folders.insert(folder)
            }
            if let e = d.evaluations.first(where: { $0.code == d.pupils[k].code }) {
                files.append(("pupils/\(folder)/evaluation.txt", Array((e.text + "\n").utf8)))
            }
            try chart(FollowCharts.pupilChart(d, pupil: k, label: label, language: language), "pupils/\(folder)/chart")
        }
        return files
    }
}
