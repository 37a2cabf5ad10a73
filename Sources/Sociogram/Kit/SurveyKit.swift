/// One file of a survey kit: its name in the kit folder and its bytes.
public struct KitFile: Sendable, Hashable {
    public let name: String
    public let bytes: [UInt8]
}

/// The names of the kit's files (the same in every language, so that instructions and the web app can
/// refer to them).
public enum KitFileName {
    public static let index = "index.html"
    public static let questions = "01-sporsmal.html"
    public static let run = "02-gjennomforing.html"
    public static let letter = "03-foreldrebrev.html"
    public static let privacy = "04-personvern.html"
    public static let questionnaire = "05-papirskjema.html"
    public static let interview = "06-intervju.html"
    /// The entry sheet (see `KitEntrySheet`).
    public static let entrySheet = "registrering.csv"
    /// The entry sheet as a workbook with a drop-down of the class list (see `KitEntryWorkbook`).
    public static let entryWorkbook = "registrering.xlsx"
}

/// `sociogram kit`: what a teacher needs before the survey, made from the class list — the questions and
/// how to set them up in Microsoft Forms and Google Forms, a sheet for the day, the letter to parents,
/// a privacy helper for the internal control, paper questionnaires and interview sheets (one A4 sheet
/// per pupil), and an entry sheet that `inspect` and `analyze` read back without options.
///
/// The pages are self-contained HTML (no script, nothing fetched) for screen and A4 print, in the
/// options' language. Nothing is written here: the caller writes the files (see ``OutputFolder``).
public enum SurveyKit {
    /// Makes every file of the kit, in memory.
    ///
    /// - Throws: ``KitError/choices(_:)`` when the number of choices is out of ``KitOptions/choiceRange``;
    ///   ``KitError/output(_:)`` when the entry workbook cannot be written.
    /// - Complexity: O(*n*² · *q*) for *n* pupils and *q* questions (each pupil's sheet lists the class).
    public static func make(_ klass: KitClass, _ options: KitOptions) throws(KitError) -> [KitFile] {
        guard KitOptions.choiceRange.contains(options.choices) else { throw .choices(String(options.choices)) }
        var options = options
        if options.questions.first != .positive {
            options.questions = KitQuestion.allCases.filter { $0 == .positive || options.questions.contains($0) }
        }
        let kit = KitContext(klass: klass, options: options, s: Strings(options.language))
        return [
            KitFile(name: KitFileName.index, bytes: KitIndexPage.bytes(kit)),
            KitFile(name: KitFileName.questions, bytes: KitQuestionsPage.bytes(kit)),
            KitFile(name: KitFileName.run, bytes: KitRunSheet.bytes(kit)),
            KitFile(name: KitFileName.letter, bytes: KitLetter.bytes(kit)),
            KitFile(name: KitFileName.privacy, bytes: KitPrivacyPage.bytes(kit)),
            KitFile(name: KitFileName.questionnaire, bytes: KitQuestionnaire.paper(kit)),
            KitFile(name: KitFileName.interview, bytes: KitQuestionnaire.interview(kit)),
            KitFile(name: KitFileName.entrySheet, bytes: KitEntrySheet.bytes(kit)),
            KitFile(name: KitFileName.entryWorkbook, bytes: try workbook(kit)),
        ]
    }

    private static func workbook(_ kit: KitContext) throws(KitError) -> [UInt8] {
        do throws(OutputError) {
            return try KitEntryWorkbook.bytes(kit, rows: KitEntrySheet.rows(kit))
        } catch {
            throw .output(error)
        }
    }
}
