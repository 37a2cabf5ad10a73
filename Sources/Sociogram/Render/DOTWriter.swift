/// A value of a DOT attribute. User text can only enter through ``text(_:)``, ``lines(_:)`` and
/// ``html(_:)``-built markup, which escape it; ``keyword(_:)`` and ``number(_:)`` are for Sociogram's
/// own constants.
struct DOTValue: Sendable, Hashable {
    /// The exact DOT source of the value.
    let source: String

    /// A quoted, escaped string.
    static func text(_ text: String) -> DOTValue { DOTValue(source: DOTEscaping.quoted(text)) }

    /// Several lines, each escaped, joined with DOT's `\n`.
    static func lines(_ lines: [String]) -> DOTValue { DOTValue(source: DOTEscaping.quotedLines(lines)) }

    /// An HTML-like label from markup built with ``DOTEscaping/html(_:)`` for every piece of user text.
    static func html(_ markup: String) -> DOTValue { DOTValue(source: "<" + markup + ">") }

    /// A constant such as `circle`, `both`, `true` or a colour `"#1f3a5f"`; quoted unless it is a plain word.
    static func keyword(_ word: String) -> DOTValue {
        let plain = word.unicodeScalars.allSatisfy {
            ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") || $0 == "_"
        }
        return plain && !word.isEmpty ? DOTValue(source: word) : .text(word)
    }

    /// A number with at most two decimals, always with `.` as decimal separator.
    static func number(_ value: Double) -> DOTValue { DOTValue(source: DOTWriter.format(value)) }

    /// A pinned position `"x,y!"` in points.
    static func pinned(x: Double, y: Double) -> DOTValue {
        DOTValue(source: "\"" + DOTWriter.format(x) + "," + DOTWriter.format(y) + "!\"")
    }
}


/// Writes a DOT digraph line by line. Deterministic: the same calls give the same text.
struct DOTWriter: Sendable {
    private var lines: [String]
    private var depth = 1

    /// Starts `digraph name {`; `name` must be an identifier Sociogram chose (never user text).
    init(graphName: String) {
        lines = ["digraph \(graphName) {"]
    }

    /// `graph [...]`, `node [...]` or `edge [...]` defaults.
    mutating func defaults(_ kind: String, _ attributes: [(String, DOTValue)]) {
        guard !attributes.isEmpty else { return }
        append("\(kind) [\(Self.list(attributes))];")
    }

    /// A node with a generated identifier.
    mutating func node(_ id: String, _ attributes: [(String, DOTValue)]) {
        append(attributes.isEmpty ? "\(id);" : "\(id) [\(Self.list(attributes))];")
    }

    /// A directed edge between generated identifiers.
    mutating func edge(_ from: String, _ to: String, _ attributes: [(String, DOTValue)]) {
        append(attributes.isEmpty ? "\(from) -> \(to);" : "\(from) -> \(to) [\(Self.list(attributes))];")
    }

    /// Opens `subgraph id {` (use a `cluster_` prefix for a drawn box).
    mutating func beginSubgraph(_ id: String, _ attributes: [(String, DOTValue)]) {
        append("subgraph \(id) {")
        depth += 1
        if !attributes.isEmpty { append("graph [\(Self.list(attributes))];") }
    }

    /// Closes the innermost subgraph.
    mutating func endSubgraph() {
        depth -= 1
        append("}")
    }

    /// The finished DOT text, ending with a newline.
    func finish() -> String {
        (lines + ["}"]).joined(separator: "\n") + "\n"
    }

    private mutating func append(_ line: String) {
        lines.append(String(repeating: "  ", count: depth) + line)
    }

    private static func list(_ attributes: [(String, DOTValue)]) -> String {
        attributes.map { "\($0.0)=\($0.1.source)" }.joined(separator: ", ")
    }

    /// Formats with at most two decimals and no trailing zeros (`0.5`, `12`, `-3.25`).
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100, fraction = magnitude % 100
        if fraction == 0 { return sign + String(whole) }
        if fraction % 10 == 0 { return sign + "\(whole).\(fraction / 10)" }
        return sign + "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
