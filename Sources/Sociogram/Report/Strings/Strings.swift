/// Every text Sociogram shows to people — the HTML report, the terminal summary, the diagrams' titles
/// and legends, the analysis notes — in Norwegian bokmål and English, from this one table.
///
/// The table is one type split by area into extensions in this folder (`Strings+Summary.swift`,
/// `Strings+Diagram.swift`, `Strings+Report….swift`, …), so that each area's texts sit together and a
/// translator finds both languages side by side. Terms follow the design brief (sosiogram, elev,
/// gjensidig valg, ensidig valg, isolert, …); texts meant to be shared describe what the answers show
/// ("få eller ingen gjensidige valg") rather than attach category labels to a pupil.
///
/// Numbers and dates are written in the language's own format (``decimal(_:digits:)``,
/// ``date(_:)``): bokmål `0,42` and `24.11.2026`, English `0.42` and `24 November 2026`.
public struct Strings: Sendable, Hashable {
    /// The language of every text this value returns.
    public let language: Language

    /// The table for `language`.
    public init(_ language: Language) { self.language = language }

    /// The table for `language` (the spelling the diagram code uses).
    public init(language: Language) { self.language = language }

    /// Whether the texts are bokmål.
    var nb: Bool { language == .nb }

    /// A quoted text in the language's quotation marks: «…» in bokmål, “…” in English.
    public func quote(_ text: String) -> String { self.text(.quote, ["text": text]) }
}
