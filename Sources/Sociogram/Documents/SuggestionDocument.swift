import Foundation

/// Which suggestion a document holds.
public enum SuggestionKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// `sociogram suggest supporters`.
    case supporters
    /// `sociogram suggest support-group`.
    case supportGroup
    /// `sociogram groups`.
    case workGroups
    /// `sociogram placement`.
    case placement
}

/// The `--json` document of a suggestion (schema version 1, documented in `docs/suggestions-json.md` and
/// `docs/suggestions.schema.json`): common header fields, then the fields of `body`, all at the top level.
///
/// Keys are written sorted; a value that cannot be determined is `null`, never left out. Pupils are
/// referred to as ``SuggestionPupil`` (`{id, code, name}`); in a pseudonymised document the name is
/// replaced by the code and every text is written with codes, so nothing name-derived is in it.
public struct SuggestionDocument<Body: SuggestionBody>: Codable, Sendable, Hashable {
    /// The version of this contract; later versions only add fields.
    public static var currentSchemaVersion: Int { 1 }

    public let schemaVersion: Int
    public let kind: SuggestionKind
    public let tool: AnalysisDocument.Tool
    /// The language of every `text` field.
    public let language: Language
    /// Whether names were replaced by codes everywhere.
    public let pseudonymised: Bool
    /// The class (or grade) name as the input gave it.
    public let className: String
    /// Reminder that sociometric data is a snapshot and never the sole basis for a measure.
    public let caveat: String
    /// The suggestion itself; its fields are written next to the header fields.
    public let body: Body

    /// Wraps `body` with the header for `context`.
    public init(_ body: Body, context: SuggestionContext, toolVersion: String = SociogramVersion.string) {
        schemaVersion = Self.currentSchemaVersion
        kind = Body.kind
        tool = AnalysisDocument.Tool(name: "sociogram", version: toolVersion)
        language = context.language
        pseudonymised = context.pseudonymised
        className = context.network.name
        caveat = Strings(context.language).caveat
        self.body = body
    }

    private enum HeaderKeys: String, CodingKey {
        case schemaVersion, kind, tool, language, pseudonymised, className, caveat
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: HeaderKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        kind = try c.decode(SuggestionKind.self, forKey: .kind)
        tool = try c.decode(AnalysisDocument.Tool.self, forKey: .tool)
        language = try c.decode(Language.self, forKey: .language)
        pseudonymised = try c.decode(Bool.self, forKey: .pseudonymised)
        className = try c.decode(String.self, forKey: .className)
        caveat = try c.decode(String.self, forKey: .caveat)
        body = try Body(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        try body.encode(to: encoder)
        var c = encoder.container(keyedBy: HeaderKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(kind, forKey: .kind)
        try c.encode(tool, forKey: .tool)
        try c.encode(language, forKey: .language)
        try c.encode(pseudonymised, forKey: .pseudonymised)
        try c.encode(className, forKey: .className)
        try c.encode(caveat, forKey: .caveat)
    }

    /// The document as UTF-8 JSON: sorted keys, two-space indentation, a final newline.
    ///
    /// - Throws: `EncodingError` only for a non-finite number (the suggestions never produce one).
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }
}

/// The suggestion-specific fields of a ``SuggestionDocument``.
public protocol SuggestionBody: Codable, Sendable, Hashable {
    /// Which suggestion the fields describe (the document's `kind`).
    static var kind: SuggestionKind { get }
}

/// A pupil in a suggestion document.
public struct SuggestionPupil: Sendable, Codable, Hashable {
    /// The stable id (roster id or `p1`, `p2`, …; never derived from the name).
    public let id: String
    /// The pseudonym code.
    public let code: String
    /// The name, or the code in a pseudonymised document.
    public let name: String
}

/// A fact in a code (for programs) and in words (for people).
public struct SuggestionCoded<Code: Codable & Sendable & Hashable>: Sendable, Codable, Hashable {
    public let code: Code
    public let text: String
}

/// Something the reader must know about the data or the search.
public typealias SuggestionNoteEntry = SuggestionCoded<SuggestNote>

/// A wish that was not met, with the reason in a code and in words.
public struct SuggestionUnmetEntry: Sendable, Codable, Hashable {
    public let kind: UnmetConstraint.Kind
    /// `infeasible` (proven impossible) or `notFound` (the search did not find a way; one may exist).
    public let reason: UnmetConstraint.Reason
    public let detail: UnmetConstraint.Detail
    /// The pupils concerned (one, or a pair).
    public let pupils: [SuggestionPupil]
    /// The group or class concerned, numbered from 1 as in `groups[].number` / `classes[].number`.
    @ExplicitNull public var group: Int?
    public let text: String
}

/// Everything a document's texts need: the network, the language and how pupils are labelled.
public struct SuggestionContext: Sendable {
    public let network: ClassNetwork
    public let language: Language
    /// Whether names are replaced by codes (`--labels codes`).
    public let pseudonymised: Bool
    /// Each pupil's label in texts (name, initials or code), in pupil order.
    public let labels: [String]

    /// - Parameters:
    ///   - labels: how pupils are written in texts; ``LabelStyle/codes`` also pseudonymises the pupil
    ///     references (`name` = code).
    /// - Complexity: O(*n* log *n*).
    public init(network: ClassNetwork, language: Language, labels style: LabelStyle) {
        self.network = network
        self.language = language
        pseudonymised = style == .codes
        labels = Self.distinct(
            PupilLabels(names: network.pupils.map(\.name), codes: network.pupils.map(\.code), style: style, maxLength: 0)
                .labels,
            network: network)
    }

    /// Labels shared by several pupils (two "Emma Hansen" in a grade) get the class, or else the id,
    /// added: `Emma Hansen (7A)`.
    private static func distinct(_ labels: [String], network: ClassNetwork) -> [String] {
        var count: [String: Int] = [:]
        for l in labels { count[l, default: 0] += 1 }
        return labels.enumerated().map { i, l in
            guard count[l, default: 0] > 1 else { return l }
            let p = network.pupils[i]
            let sameClass = labels.indices.contains { $0 != i && labels[$0] == l && network.pupils[$0].className == p.className }
            return "\(l) (\(sameClass ? p.id : p.className ?? p.id))"
        }
    }

    /// The reference to pupil `i`.
    public func pupil(_ i: Int) -> SuggestionPupil {
        let p = network.pupils[i]
        return SuggestionPupil(id: p.id, code: p.code, name: pseudonymised ? p.code : p.name)
    }

    /// The label of pupil `i` in texts (`?` for an index outside the class).
    public func label(_ i: Int) -> String { network.pupils.indices.contains(i) ? labels[i] : "?" }

    func note(_ note: SuggestNote, for kind: SuggestionKind) -> SuggestionNoteEntry {
        SuggestionNoteEntry(code: note, text: Strings(language).suggestNote(note, for: kind))
    }

    func unmet(_ u: UnmetConstraint) -> SuggestionUnmetEntry {
        SuggestionUnmetEntry(
            kind: u.kind, reason: u.reason, detail: u.detail, pupils: u.pupils.map(pupil), group: u.group.map { $0 + 1 },
            text: Strings(language).suggestionUnmet(u, labels: labels, network: network))
    }
}

extension ClassNetwork {
    /// The same network with every pupil's name replaced by their code (indices, ids and ties
    /// unchanged). Passing it to the suggestion functions in a pseudonymised run guarantees that no
    /// message they produce (errors included) can contain a name.
    ///
    /// - Complexity: O(*n* + *m* log *m*).
    public func withCodesAsNames() -> ClassNetwork {
        let coded = pupils.map {
            Pupil(id: $0.id, name: $0.code, code: $0.code, gender: $0.gender, className: $0.className, responded: $0.responded)
        }
        return ClassNetwork(name: name, pupils: coded, questions: questions, nominations: nominations)
    }
}
