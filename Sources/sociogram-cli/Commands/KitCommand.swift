import ArgumentParser
import Sociogram

/// `sociogram kit --roster CLASS-LIST --out DIR`: what a teacher needs before the survey (issue 16).
struct KitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kit",
        abstract: "Write a printable survey kit for a class: questions, how-to, letter, privacy helper, paper questionnaire, entry sheet.",
        discussion: """
            Writes into --out: index.html (start here), 01-sporsmal.html (the questions, Microsoft Forms and \
            Google Forms step by step), 02-gjennomforing.html (the day itself), 03-foreldrebrev.html \
            (letter to parents), 04-personvern.html (privacy and risk helper for the internal control), \
            05-papirskjema.html (one A4 questionnaire per pupil), 06-intervju.html (interview sheets for \
            years 1-4) and registrering.csv (the entry sheet, read back by inspect and analyze without options). \
            The pages are self-contained HTML for screen and A4 print. No negative question is ever made. \
            See docs/kit.md.
            """
    )

    @Option(name: .long, help: "The class list, CSV or .xlsx (name or first and last name, or id; optional code, gender, class).")
    var roster: String
    @Option(
        name: .customLong("roster-sheet"),
        help: ArgumentHelp("The sheet of a roster workbook (.xlsx), by name or number.", valueName: "NAME|NUMBER"))
    var rosterSheet: String?
    @Option(name: .long, help: "Write the kit into this folder.")
    var out: String
    @Option(name: .customLong("class"), help: "The class name (and the class to take from a class list with several).")
    var className: String?
    @Option(name: .long, help: ArgumentHelp("The questions: positive (always), prosocial, influence.", valueName: "LIST"))
    var questions: String = "positive"
    @Option(name: .long, help: "How many classmates a pupil may choose per question (1-10).")
    var choices: Int = 3
    @Option(name: .long, help: "The school's name, for the letter.")
    var school: String?
    @Option(name: .long, help: "Whom parents contact, for the letter (name, phone, e-mail).")
    var contact: String?
    @Option(name: .long, help: ArgumentHelp("The letter's date: 2026-11-24 or 24.11.2026.", valueName: "DATE"))
    var date: String?
    @Option(name: .long, help: "names (default) or codes: the pupil's own sheet names the pupil by code (initials count as names).")
    var labels: LabelsOption = .names
    @Flag(name: .long, help: "Write into a --out folder that already has files.")
    var force = false
    @OptionGroup var languageArgument: LanguageArgument

    func run() throws {
        let language = try languageArgument.language()
        let strings = Strings(language)
        let options = try KitOptions(
            language: language, questionList: questions, choices: choices, school: school, contact: contact, dateText: date,
            codesOnPaper: labels.pseudonymised)
        let klass = try KitClass.read(roster: roster, sheet: rosterSheet, className: className, language: language)
        // Everything is made before the first file is written: a failure leaves nothing behind.
        let files = try SurveyKit.make(klass, options)
        let folder = try OutputFolder.prepare(path: out, force: force, inputs: [roster])
        try folder.checkNoInputIsReplaced(by: files.map(\.name))
        for file in files { _ = try folder.write(file.bytes, to: file.name) }
        Terminal.out(strings.kitWritten(
            className: klass.name ?? strings.kitTheClass, pupils: klass.pupils.count, questions: options.questions.count,
            folder: out))
        Terminal.out(strings.kitOpenFirst(file: out + "/" + KitFileName.index))
    }
}
