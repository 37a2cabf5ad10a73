/// An output format for a diagram.
public enum DiagramFormat: String, Sendable, Hashable, CaseIterable, Codable {
    /// A bitmap through Graphviz's cairo renderer (what a teacher puts in a document).
    case png
    /// Scalable vector graphics from Graphviz's own SVG writer (text stays text; tooltips kept).
    case svg
    /// A vector PDF through cairo.
    case pdf
    /// The DOT text itself, with the layout engine named in it (`layout=…`), so that
    /// `dot -Tpng diagram.dot` draws the same picture. Checked by Graphviz's parser before it is returned.
    case dot

    /// Recognises `png`, `svg`, `pdf`, `dot` and `gv`, with or without a leading dot, in any case.
    public init?(fileExtension: String) {
        var ext = fileExtension.lowercased()
        if ext.hasPrefix(".") { ext.removeFirst() }
        switch ext {
        case "png": self = .png
        case "svg": self = .svg
        case "pdf": self = .pdf
        case "dot", "gv": self = .dot
        default: return nil
        }
    }

    /// The usual file extension, without a dot.
    public var fileExtension: String { rawValue }

    /// The Graphviz output format string (`-T` value) used for this format.
    var graphvizFormat: String {
        switch self {
        case .png: return "png:cairo"
        case .svg: return "svg"
        case .pdf: return "pdf:cairo"
        case .dot: return "dot"
        }
    }
}
