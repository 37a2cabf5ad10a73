import ArgumentParser
import Foundation
import Sociogram

/// `sociogram report FILE -o report.html`: the self-contained HTML report for the resource-team meeting.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report (screen and A4 print) for the resource-team meeting.",
        discussion: """
            One HTML file with everything inside: diagrams, text and a small script. Opening it fetches \
            nothing from the internet. With --pupil P the report adds P's ego view, suggested supporters and \
            an activity-plan draft. With --before EARLIER the report adds what changed since the earlier survey \
            (FILE is then the later one). With --earlier W1 --earlier W2 … (earlier surveys in time order) the \
            report adds the development over all of them and FILE, as `sociogram follow` computes it (charts, \
            a table per survey and per step, and with --pupil the evaluation over the series); \
            --measure-from WAVE marks where a measure started. With --labels codes no name appears anywhere in the file; --key FILE \
            writes the code-to-name key separately. With --seating ROOM the report adds a seating plan (chart, \
            neighbours, what is not met) with the rules of `sociogram seating` (--apart, --negative-apart, --fixed, \
            --mix-gender, --rotations); exit 1 when a hard rule cannot be met (the report is still written).
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var analysisArguments: AnalysisArguments
    @OptionGroup var languageArgument: LanguageArgument

    @Option(name: [.customShort("o"), .customLong("output")], help: "The HTML file to write, e.g. report.html.")
    var output: String

    @Option(name: .long, help: "Add a section about this pupil: name, first name, code or id.")
    var pupil: String?

    @Option(name: .long, help: "Pupil labels: names, initials or codes (pseudonymised: no name in the file).")
    var labels: LabelsOption = .names

    @OptionGroup var codeKey: CodeKeyArgument

    @Option(name: .long, help: "The day the survey was taken (2026-11-24 or 24.11.2026); otherwise left blank.")
    var date: String?

    @Flag(name: .customLong("negative"), help: "Also draw the negative question's sociogram (off by default).")
    var showNegative = false

    @Flag(
        name: .customLong("plan-with-negative"),
        help: "With --pupil: the activity-plan draft also describes what the negative question showed (left out by default; the draft says so).")
    var planWithNegative = false

    @Option(
        name: .long,
        help: "An earlier survey of the same class: adds what changed since then (difference sociogram; with --pupil an evaluation paragraph).")
    var before: String?

    @Option(
        name: .long,
        help: "An earlier survey of the same class, repeated in time order: adds the development over all of them and FILE (as `sociogram follow`).")
    var earlier: [String] = []

    @Option(
        name: .customLong("measure-from"),
        help: ArgumentHelp("With --earlier: the first survey after the measure started, by label or number (1 = the first --earlier).", valueName: "WAVE"))
    var measureFrom: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Add a seating plan in this room (as `sociogram seating --room`); the search uses --seed.", valueName: "ROOM"))
    var seating: String?

    @OptionGroup var seatingRules: SeatingRuleOptions

    func validate() throws {
        if seating == nil, !seatingRules.given.isEmpty {
            throw ValidationError(Terminal.strings.cliSeatingOptionsNeedRoom(seatingRules.given.joined(separator: ", ")))
        }
        try codeKey.validate(pseudonymised: labels == .codes)
        if let key = codeKey.key, Self.samePath(key, output) { throw ValidationError(Terminal.strings.cliKeySameAsReport) }
        if before != nil && !earlier.isEmpty { throw ValidationError(Terminal.strings.cliBeforeAndEarlier) }
        if measureFrom != nil && earlier.isEmpty { throw ValidationError(Terminal.strings.cliMeasureFromNeedsEarlier) }
    }

    func run() throws {
        let language = try languageArgument.language()
        let strings = Strings(language)
        let surveyDate = try date.map { text -> CalendarDay in
            guard let day = CalendarDay(parsing: text) else {
                throw UsageError(strings.cliDateInvalid(text))
            }
            return day
        }
        // With earlier surveys a name decision may fit only some of the files: each applies the ones it
        // can, and one that fits none of them is an error (below), as for one survey.
        let severalFiles = before != nil || !earlier.isEmpty
        let readOptions = try input.importOptions(language: language)
        let loaded = try SurveyImporter.load(path: input.file, options: severalFiles ? readOptions.forSeveralFiles() : readOptions)
        var reports = [loaded.report]
        let analysis = try ClassAnalysis(network: loaded.network, options: try analysisArguments.analysisOptions())
        let pseudonymised = labels == .codes
        var focus: Int?
        if let pupil {
            do {
                focus = try loaded.network.pupilIndex(matching: pupil, pseudonymised: pseudonymised)
            } catch {
                throw UsageError(strings.pupilNotFound(error))
            }
        }
        var support: ReportSupport?
        if let focus {
            do {
                support = ReportSupport(
                    supporters: try loaded.network.suggestSupporters(for: focus, count: 5),
                    group: try loaded.network.suggestSupportGroup(for: focus, size: 6), language: language)
            } catch {
                throw UsageError(error.message(language))
            }
        }
        var comparison: Comparison?
        if let before {
            let earlier = try SurveyImporter.load(path: before, options: readOptions.forSeveralFiles())
            reports.append(earlier.report)
            var c = try Comparison.run(
                before: earlier.network, after: loaded.network,
                options: CompareOptions(
                    byID: input.roster != nil, analysis: try analysisArguments.analysisOptions(), pseudonymised: pseudonymised,
                    beforeLabel: Strings(language).compareBeforeLabel, afterLabel: Strings(language).compareAfterLabel,
                    language: language))
            // The comparison lists this survey's pupils first, in the same order.
            if let focus { c.addEvaluation(pupil: focus, language: language) }
            comparison = c
        }
        var followUp: FollowUp?
        if !earlier.isEmpty {
            var waves: [FollowWave] = []
            for path in earlier {
                let result = try SurveyImporter.load(path: path, options: readOptions.forSeveralFiles())
                reports.append(result.report)
                waves.append(FollowWave(result, fileName: path))
            }
            waves.append(FollowWave(loaded, fileName: input.file))
            followUp = try FollowUp.run(
                waves: waves,
                options: FollowOptions(
                    byID: input.roster != nil, analysis: try analysisArguments.analysisOptions(), pseudonymised: pseudonymised,
                    measureFrom: measureFrom, language: language))
        }
        try readOptions.checkNameDecisionsUsed(by: reports)
        var seatingResult: SeatingResult?
        if let seating {
            let room = try SeatingRuleOptions.loadRoom(seating, option: "--seating", strings: strings)
            let names = PupilNames(network: loaded.network, pseudonymised: pseudonymised, strings: strings)
            let request = try seatingRules.request(names: names, room: room, seed: analysisArguments.seed)
            // In a pseudonymised report the plan is made on codes, so that no message can carry a name.
            let work = pseudonymised ? loaded.network.withCodesAsNames() : loaded.network
            seatingResult = try work.suggestSeating(in: room, request)
        }
        var options = ReportOptions(
            language: language, labels: labels.labelStyle, focus: focus, support: support, showNegative: showNegative,
            surveyDate: surveyDate, created: CalendarDay(Date()),
            importWarnings: loaded.report.diagnostics.filter { $0.severity == .warning }.count, comparison: comparison,
            followUp: followUp)
        options.planWithNegative = planWithNegative
        options.seating = seatingResult
        let bytes = Array(try HTMLReport.make(analysis, options: options).utf8)
        let inputs = input.inputPaths + (before.map { [$0] } ?? []) + earlier
        // The key first: a refused key path (an input, a missing folder) stops the run before the report is written.
        // With earlier surveys the key also holds the pupils who have left since.
        let key = try codeKey.write(
            followUp?.codeKey ?? comparison?.codeKey ?? CodeKey.csv(loaded.network), pseudonymised: pseudonymised, inputs: inputs + [output])
        try OutputFolder.writeFile(bytes, to: output, inputs: inputs)
        Terminal.out(strings.reportWritten(output, size: strings.fileSize(bytes.count)))
        if !pseudonymised { Terminal.out(strings.reportContainsNames) }
        if let key { Terminal.out(strings.keyWritten(key)) }
        if seatingResult?.needsAttention == true {
            Terminal.out(strings.seatingHardFailed)
            throw ExitCode(Terminal.Status.needsAttention.rawValue)
        }
    }

    private static func samePath(_ a: String, _ b: String) -> Bool {
        URL(fileURLWithPath: a).standardizedFileURL.path == URL(fileURLWithPath: b).standardizedFileURL.path
    }
}
