import Foundation

/// What the user told the importer on the command line.
public struct ImportOptions: Sendable {
    /// Path of an optional roster file (`name` or `id`, optional `code`, `gender`, `class`).
    public var rosterPath: String?
    /// A roster already in memory (the web app's upload); used instead of ``rosterPath`` when set.
    public var rosterUpload: InMemoryFile?
    /// Turn name-matching warnings (loose matches, unknown names) into errors.
    public var strict: Bool
    /// Question kinds set by the user (`--question "TEXT-OR-ID=kind"`), applied in order.
    public var questionKinds: [QuestionKindOverride]
    /// The class name to use when the file does not give one (default: the file name without extension).
    public var className: String?
    /// Remove negative questions before analysis (`--drop-negative`).
    public var dropNegative: Bool
    /// The language of the importer's messages: every ``Diagnostic/message`` and ``ImportError/message``
    /// (`--lang`). Codes and error kinds are the same in every language.
    public var language: Language
    /// The workbook sheet with the answers (`--sheet NAME|NUMBER`); `nil`: the one sheet that looks
    /// like answers.
    public var sheet: String?
    /// The workbook sheet of the roster (`--roster-sheet NAME|NUMBER`); `nil`: the first sheet with a
    /// name column.
    public var rosterSheet: String?
    /// The user's decisions about written names (`--name "WRITTEN=PUPIL"`, `--drop-name WRITTEN`),
    /// applied before the name-matching ladder; a later decision about the same name replaces an earlier one.
    public var nameDecisions: [NameDecision] = []
    /// Whether a name decision about a name the file never writes is an error (the default). Off when
    /// several surveys are read with the same options (batch, compare, follow, an earlier wave): a
    /// decision then applies to the files that write the name, with its note there.
    public var nameDecisionsMustOccur = true

    public init(
        rosterPath: String? = nil, strict: Bool = false, questionKinds: [QuestionKindOverride] = [],
        className: String? = nil, dropNegative: Bool = false, language: Language = .en,
        sheet: String? = nil, rosterSheet: String? = nil
    ) {
        self.sheet = sheet
        self.rosterSheet = rosterSheet
        self.rosterPath = rosterPath
        self.strict = strict
        self.questionKinds = questionKinds
        self.className = className
        self.dropNegative = dropNegative
        self.language = language
    }

    /// These options for reading several surveys with them (see ``nameDecisionsMustOccur``).
    public func forSeveralFiles() -> ImportOptions {
        var options = self
        options.nameDecisionsMustOccur = false
        return options
    }

    /// The string table of ``language``.
    var strings: Strings { Strings(language) }

    /// Reads the roster at ``rosterPath``, if one is given.
    func roster() throws(ImportError) -> Roster? {
        if let rosterUpload {
            return try RosterReader.read(bytes: rosterUpload.bytes, file: rosterUpload.name, sheet: rosterSheet, strings)
        }
        guard let rosterPath else { return nil }
        return try RosterReader.read(path: rosterPath, sheet: rosterSheet, strings)
    }
}

/// One `--question "TEXT-OR-ID=kind"` setting.
public struct QuestionKindOverride: Sendable, Hashable {
    /// A question id (`q2`), an edge-list question label, or (part of) the question text.
    public let selector: String
    public let kind: QuestionKind

    public init(selector: String, kind: QuestionKind) {
        self.selector = selector
        self.kind = kind
    }

    /// Parses `TEXT-OR-ID=kind`; the last `=` separates the kind, so question texts may contain `=`.
    /// Errors are written in `language`.
    public init(parsing argument: String, language: Language = .en) throws(ImportError) {
        let s = Strings(language)
        guard let eq = argument.lastIndex(of: "=") else {
            throw ImportError(.badOption, at: nil, s.importQuestionOptionSyntax(argument))
        }
        let selector = argument[..<eq].trimmingCharacters(in: .whitespaces)
        let kindText = argument[argument.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            .lowercased()
        guard !selector.isEmpty else {
            throw ImportError(.badOption, at: nil, s.importQuestionOptionNoQuestion(argument))
        }
        guard let kind = QuestionKind(rawValue: kindText) else {
            throw ImportError(.badOption, at: nil, s.importQuestionOptionUnknownKind(argument, kind: kindText))
        }
        self.selector = selector
        self.kind = kind
    }
}

/// A file the user handed over in memory (an upload of the web app), never written to disk.
public struct InMemoryFile: Sendable, Hashable {
    /// The file's name as the user's browser gave it, without folders; used in messages and as the
    /// default class name.
    public let name: String
    public let bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}
