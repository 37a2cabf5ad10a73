/// The language of texts meant for people (terminal output, the HTML report, diagrams, errors):
/// Norwegian bokmål, Norwegian nynorsk or English.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    /// Norsk bokmål.
    case nb
    /// Norsk nynorsk (læreplan-nynorsk, as schools write it since the 2012 reform).
    case nn
    /// English.
    case en

    /// Parses `nb`, `no`, `bokmål`, `nn`, `nno`, `nynorsk`, `en`, `english` (case-insensitive).
    public init?(parsing text: String) {
        switch text.lowercased() {
        case "nb", "no", "nob", "bokmål", "bokmal", "norsk": self = .nb
        case "nn", "nno", "nynorsk": self = .nn
        case "en", "eng", "english", "engelsk": self = .en
        default: return nil
        }
    }

    /// The language a locale such as `nn_NO.UTF-8` or `en_GB` asks for, or nil when it asks for none of
    /// ours. `nb`, `no` and `nn` locales are Norwegian; everything else is English.
    public init?(locale: String) {
        let code = locale.lowercased().prefix { $0.isLetter }
        switch code {
        case "nn": self = .nn
        case "nb", "no": self = .nb
        case "": return nil
        default: self = .en
        }
    }

    /// Whether numbers and dates are written the Norwegian way (`0,42`, `24.11.2026`).
    public var isNorwegian: Bool { self != .en }
}
