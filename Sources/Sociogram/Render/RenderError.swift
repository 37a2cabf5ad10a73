import Foundation

/// Why a diagram could not be drawn.
///
/// Every case carries Graphviz's own message (`detail`) for a bug report, and ``description`` says in
/// plain words what went wrong. The command line maps every case to exit code 3 (internal or Graphviz
/// failure): the diagram text is built by Sociogram itself, so none of these is the teacher's fault.
public enum RenderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Graphviz did not accept the diagram description (DOT syntax error).
    case syntax(detail: String)
    /// Graphviz could not lay the diagram out (unknown or missing layout engine, or the engine failed).
    case layoutFailed(engine: String, detail: String)
    /// Graphviz laid the diagram out but could not write the image.
    case renderFailed(format: String, detail: String)
    /// The requested output format (or the Graphviz plug-in that writes it) is not available.
    case unsupportedFormat(String)
    /// The diagram's input does not make sense, e.g. a focus pupil that is not in the class.
    case invalidInput(String)
    /// The separate process drawing the diagram stopped or took too long (see the `SociogramWorkers`
    /// target); the message says which, in the words the worker pool chose.
    case workerFailed(String)

    /// A message a teacher understands, with Graphviz's own words in brackets where there are any.
    public var description: String {
        switch self {
        case .syntax(let detail):
            return "The diagram could not be drawn: Graphviz did not accept the diagram description. "
                + "This is a fault in Sociogram, not in your data; please report it."
                + Self.bracketed(detail)
        case .layoutFailed(let engine, let detail):
            return "The diagram could not be laid out with Graphviz's \(engine) engine. "
                + "Check that Graphviz is installed (the package libgraphviz-dev) and configured."
                + Self.bracketed(detail)
        case .renderFailed(let format, let detail):
            return "The diagram was laid out but Graphviz could not write it as \(format.uppercased())."
                + Self.bracketed(detail)
        case .unsupportedFormat(let format):
            return "Diagrams cannot be written as \"\(format)\" here; use png, svg, pdf or dot."
        case .invalidInput(let message):
            return "The diagram could not be drawn: \(message)"
        case .workerFailed(let message):
            return message
        }
    }

    private static func bracketed(_ detail: String) -> String {
        let trimmed = detail.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? "" : " (Graphviz: \(trimmed))"
    }
}
