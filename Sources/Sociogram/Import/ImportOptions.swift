import Foundation

/// What the user told the importer on the command line.
public struct ImportOptions: Sendable {
    /// Path of an optional roster file (`name` or `id`, optional `code`, `gender`, `class`).
    public var rosterPath: String?
    /// Turn name-matching warnings (loose matches, unknown names) into errors.
    public var strict: Bool
    /// Question kinds set by the user (`--question "TEXT-OR-ID=kind"`), applied in order.
    public var questionKinds: [QuestionKindOverride]
    /// The class name to use when the file does not give one (default: the file name without extension).
    public var className: String?
    /// Remove negative questions before analysis (`--drop-negative`).
    public var dropNegative: Bool

    public init(
        rosterPath: String? = nil, strict: Bool = false, questionKinds: [QuestionKindOverride] = [],
        className: String? = nil, dropNegative: Bool = false
    ) {
        self.rosterPath = rosterPath
        self.strict = strict
        self.questionKinds = questionKinds
        self.className = className
        self.dropNegative = dropNegative
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
    public init(parsing argument: String) throws(ImportError) {
        guard let eq = argument.lastIndex(of: "=") else {
            throw ImportError(
                .badOption, at: nil,
                "--question expects TEXT-OR-ID=kind, e.g. \"q2=negative\"; got \"\(argument)\"")
        }
        let selector = argument[..<eq].trimmingCharacters(in: .whitespaces)
        let kindText = argument[argument.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            .lowercased()
        guard !selector.isEmpty else {
            throw ImportError(.badOption, at: nil, "--question \"\(argument)\": the question is missing before '='")
        }
        guard let kind = QuestionKind(rawValue: kindText) else {
            let kinds = QuestionKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw ImportError(
                .badOption, at: nil, "--question \"\(argument)\": unknown kind \"\(kindText)\"; use one of \(kinds)")
        }
        self.selector = selector
        self.kind = kind
    }
}
