/// A message about the input that did not stop the import: a name matched loosely, a name not found,
/// a self-nomination dropped, a column ignored. Nothing a user gave is dropped without one.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// How serious the message is.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// Something the user should look at; with `--strict`, warnings about names become errors.
        case warning
        /// Information: what the importer decided.
        case note
    }

    public let severity: Severity
    /// A stable machine-readable code, e.g. `unmatched-name`, `fuzzy-match`, `self-nomination`.
    public let code: String
    /// Where in the input it happened, when known.
    public let location: SourceLocation?
    /// A message a teacher understands.
    public let message: String

    public init(_ severity: Severity, code: String, at location: SourceLocation?, _ message: String) {
        self.severity = severity
        self.code = code
        self.location = location
        self.message = message
    }
}

/// Collects diagnostics while a pipeline stage runs (the swift-format pattern).
public struct DiagnosticCollector: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func warn(_ code: String, at location: SourceLocation?, _ message: String) {
        diagnostics.append(Diagnostic(.warning, code: code, at: location, message))
    }

    public mutating func note(_ code: String, at location: SourceLocation?, _ message: String) {
        diagnostics.append(Diagnostic(.note, code: code, at: location, message))
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    /// The warnings only.
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}
