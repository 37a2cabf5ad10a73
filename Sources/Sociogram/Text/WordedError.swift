/// An error that says what went wrong in words a teacher understands, in any of the languages
/// (``message(_:)``; the words are in the string catalogue). Errors carry data, not words: the language
/// is chosen where the error is shown. `description` is the English message.
public protocol WordedError: Error, CustomStringConvertible {
    /// The message in `language`.
    func message(_ language: Language) -> String
}

extension SuggestError: WordedError {}
extension RoomError: WordedError {}
extension OutputError: WordedError {}
extension RenderError: WordedError {}
extension AnalysisError: WordedError {}
extension CompareError: WordedError {}
extension PupilLookupError: WordedError {}

extension Strings {
    /// `error` in this language when it is a ``WordedError`` (or an ``ImportError``, which is worded
    /// when it is thrown); otherwise as Swift describes it.
    public func errorMessage(_ error: any Error) -> String {
        if let worded = error as? any WordedError { return worded.message(language) }
        if let imported = error as? ImportError { return imported.description }
        return "\(error)"
    }
}
