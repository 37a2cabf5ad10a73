/// What a survey kit is made with, besides the class: language, questions, number of choices and the
/// school's blanks in the letter.
public struct KitOptions: Sendable, Hashable {
    /// The numbers `--choices` accepts.
    public static let choiceRange = 1...10

    /// The language of every page and of the entry sheet's header.
    public var language: Language
    /// The questions, positive first (see ``KitQuestion/list(parsing:)``).
    public var questions: [KitQuestion]
    /// How many classmates a pupil may choose per question (default 3).
    public var choices: Int
    /// The school's name for the letter; `nil` leaves a blank to fill in.
    public var school: String?
    /// Whom parents contact; `nil` leaves a blank.
    public var contact: String?
    /// The letter's date; `nil` leaves a blank.
    public var date: CalendarDay?
    /// The paper questionnaire and the interview sheet name the pupil by code (`--labels codes`).
    public var codesOnPaper: Bool

    public init(
        language: Language, questions: [KitQuestion] = [.positive], choices: Int = 3, school: String? = nil,
        contact: String? = nil, date: CalendarDay? = nil, codesOnPaper: Bool = false
    ) {
        self.language = language
        self.questions = questions
        self.choices = choices
        self.school = school
        self.contact = contact
        self.date = date
        self.codesOnPaper = codesOnPaper
    }
}

extension KitOptions {
    /// The options as a person gives them (`sociogram kit`'s options, the web app's form): the
    /// questions as a list (`prosocial,influence`; the positive one is always there), the number of
    /// choices, and the letter's date as written (`2026-11-24` or `24.11.2026`).
    ///
    /// - Throws: ``KitError/choices(_:)``, ``KitError/unknownQuestion(_:)``, ``KitError/negativeQuestion``
    ///   or ``KitError/badDate(_:)``.
    public init(
        language: Language, questionList: String, choices: Int, school: String?, contact: String?, dateText: String?,
        codesOnPaper: Bool
    ) throws(KitError) {
        guard Self.choiceRange.contains(choices) else { throw .choices(String(choices)) }
        var day: CalendarDay?
        if let dateText {
            guard let parsed = CalendarDay(parsing: dateText) else { throw .badDate(dateText) }
            day = parsed
        }
        self.init(
            language: language, questions: try KitQuestion.list(parsing: questionList), choices: choices, school: school,
            contact: contact, date: day, codesOnPaper: codesOnPaper)
    }
}
