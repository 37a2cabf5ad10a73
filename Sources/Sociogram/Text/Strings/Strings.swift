/// Every text Sociogram shows to people — the HTML report, the terminal summary, the diagrams' titles
/// and legends, the analysis notes, import errors — through typed accessors over the string catalogue
/// (`Text/Catalogue/*.json`, see `Text/README.md`): the words are in the catalogue, this type picks the
/// key and fills in the placeholders.
///
/// The accessors are one type split by area into extensions in this folder (`Strings+Summary.swift`,
/// `Strings+Diagram.swift`, `Strings+Report….swift`, …). Terms follow the design brief (sosiogram, elev,
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

    /// Whether numbers and dates are written the Norwegian way.
    var norwegian: Bool { language.isNorwegian }

    /// A quoted text in the language's quotation marks: «…» in bokmål, “…” in English.
    public func quote(_ text: String) -> String { self.text(.quote, ["text": text]) }
}
