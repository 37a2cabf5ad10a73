/// Why a survey kit could not be made: an option is out of range, or the class list does not describe
/// one class. A class list that cannot be read at all is an ``ImportError`` (file, line and column).
///
/// Errors carry data, not words; ``message(_:)`` words them in a language.
public enum KitError: Error, Sendable, Hashable {
    /// `--choices` is not a number in ``KitOptions/choiceRange``.
    case choices(String)
    /// `--questions` names something that is not a question kind of the kit.
    case unknownQuestion(String)
    /// `--questions` asks for a negative question, which the kit never makes.
    case negativeQuestion
    /// `--date` is not a date.
    case badDate(String)
    /// The class list holds several classes and none was chosen.
    case severalClasses(file: String, classes: [String])
    /// The chosen class is not on the class list.
    case noSuchClass(file: String, className: String, classes: [String])
    /// Fewer than two pupils: nobody to choose.
    case tooFewPupils(file: String, count: Int)
    /// A file of the kit (the entry workbook, the zip of the web app's download) could not be made;
    /// the reason is in the ``OutputError``.
    case output(OutputError)
}

extension KitError: WordedError {
    /// The message in `language`.
    public func message(_ language: Language) -> String { Strings(language).kitError(self) }

    /// The English message.
    public var description: String { message(.en) }
}
