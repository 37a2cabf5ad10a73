import Foundation

/// The string catalogue: every text a person reads, keyed by ``TextKey``, one file per language in
/// `Text/Catalogue/` (`nb.json`, `en.json`, …), read once per process.
///
/// The files are embedded in the library when it is built (the `EmbedTextCatalogue` build plugin), so
/// a `sociogram` binary copied elsewhere still has its words; nothing is read from disk at run time.
/// Why JSON: a flat object of key → ICU-style message is what translation tools (Weblate, Crowdin,
/// POEditor, Lokalise) import and export as "key-value JSON", any editor opens it, and Python's
/// standard library checks it. See `Text/README.md` for how to add or translate a text.
struct TextCatalogue: Sendable {
    /// The messages of one language, parsed.
    let messages: [String: TextMessage]
    /// Keys whose text could not be parsed (reported by the catalogue tests; shown as the raw text).
    let unreadable: [String: TextMessageError]

    /// The catalogue of `language`, parsed once, when a text of that language is first asked for (a
    /// process that speaks bokmål never reads the other files).
    static func of(_ language: Language) -> TextCatalogue {
        switch language {
        case .nb: nb
        case .nn: nn
        case .en: en
        }
    }

    // Static lets are initialised lazily and once, safely across threads.
    private static let nb = load(.nb)
    private static let nn = load(.nn)
    private static let en = load(.en)

    private static func load(_ language: Language) -> TextCatalogue {
        TextCatalogue(json: EmbeddedTextCatalogue.files.first { $0.0 == language.rawValue }?.1 ?? "{}")
    }

    /// The raw texts of a catalogue file, for the tests.
    static func rawTexts(_ language: Language) -> [String: String] {
        guard let json = EmbeddedTextCatalogue.files.first(where: { $0.0 == language.rawValue })?.1 else { return [:] }
        return decode(json)
    }

    init(json: String) {
        var messages: [String: TextMessage] = [:]
        var unreadable: [String: TextMessageError] = [:]
        for (key, text) in Self.decode(json) {
            do throws(TextMessageError) {
                messages[key] = try TextMessage(parsing: text)
            } catch {
                unreadable[key] = error
                messages[key] = TextMessage(literal: text)
            }
        }
        self.messages = messages
        self.unreadable = unreadable
    }

    private static func decode(_ json: String) -> [String: String] {
        (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: String] ?? [:]
    }
}

extension TextMessage {
    /// A message that is its text, unparsed.
    init(literal text: String) { self.init(parts: [.literal(text)]) }

    private init(parts: [Part]) { self.parts = parts }
}

extension Strings {
    /// The catalogue text `key` in this table's language, with `arguments` filled in.
    ///
    /// A text missing from the language's file falls back to bokmål, then to the key itself — never
    /// to a blank (the catalogue tests fail for either).
    func text(_ key: TextKey, _ arguments: [String: any Sendable] = [:]) -> String {
        let message = TextCatalogue.of(language).messages[key.rawValue]
            ?? TextCatalogue.of(.nb).messages[key.rawValue]
        return message?.format(arguments) ?? key.rawValue
    }
}
