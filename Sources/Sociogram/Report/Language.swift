/// The language of texts meant for people (terminal summary, HTML report): Norwegian bokmål or English.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    /// Norsk bokmål.
    case nb
    /// English.
    case en

    /// Parses `nb`, `no`, `bokmål`, `en`, `english` (case-insensitive).
    public init?(parsing text: String) {
        switch text.lowercased() {
        case "nb", "no", "nob", "bokmål", "bokmal", "norsk": self = .nb
        case "en", "eng", "english", "engelsk": self = .en
        default: return nil
        }
    }
}
