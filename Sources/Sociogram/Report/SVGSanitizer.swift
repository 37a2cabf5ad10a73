/// A diagram fit to be placed inside the report: made by ``SVGSanitizer`` only.
struct SanitizedSVG: Sendable {
    let markup: String
    /// Pupils (network indices) drawn in the diagram.
    let pupils: Set<Int>
}

/// Re-writes Graphviz's SVG with an allow-list, so that nothing in a diagram can become active markup
/// in the report, whatever a name contains.
///
/// Graphviz escapes the text it writes, and Sociogram escapes the DOT it gives Graphviz; this is the
/// third line: the SVG is parsed (``SVGTokenizer``) and written out again from scratch.
///
/// * Only drawing elements are kept (`svg`, `g`, `path`, `polygon`, `polyline`, `ellipse`, `circle`,
///   `rect`, `line`, `text`, `tspan`); any other element — `script`, `foreignObject`, `style`, `image`,
///   `use`, … — is dropped with everything inside it.
/// * Only presentation attributes are kept, every value is escaped again, and a value that could
///   refer to anything outside the diagram (`url(`, `//`, `:` schemes) is dropped. No `href`, no event
///   handler, no `style` attribute can pass.
/// * Comments, the XML declaration and the DOCTYPE (which name `http://` addresses) and the `xmlns`
///   attributes (not needed inside HTML) are dropped, so the report contains no external address.
/// * Graphviz's `<title>` elements, which hold the DOT identifiers, are dropped; each tooltip
///   (`<a xlink:title=…>`) becomes a `<g>` with an SVG `<title>` child that browsers show on hover.
/// * The generated identifiers become data attributes for the report's script: node `n3` →
///   `data-p="3"`, tie `e_3_5` → `data-a="3" data-b="5"`; other `id`s are dropped, so several
///   diagrams never clash on one page.
enum SVGSanitizer {
    static let elements: Set<String> = [
        "svg", "g", "path", "polygon", "polyline", "ellipse", "circle", "rect", "line", "text", "tspan",
    ]
    static let attributes: Set<String> = [
        "viewBox", "width", "height", "transform", "points", "d", "cx", "cy", "rx", "ry", "r", "x", "y", "x1", "y1",
        "x2", "y2", "dx", "dy", "fill", "stroke", "stroke-width", "stroke-dasharray", "stroke-opacity",
        "stroke-linecap", "stroke-linejoin", "fill-opacity", "opacity", "text-anchor", "font-family", "font-size",
        "font-weight", "font-style", "text-decoration", "preserveAspectRatio", "class",
    ]

    /// The sanitised diagram.
    ///
    /// - Parameters:
    ///   - svg: Graphviz's SVG output.
    ///   - label: the accessible name of the diagram (`aria-label`).
    ///   - view: a short constant naming the view, written as `data-view` (e.g. `class`, `q2`).
    /// - Complexity: O(*n*) in the length of `svg`.
    static func sanitize(_ svg: String, label: String, view: String) -> SanitizedSVG {
        var tokenizer = SVGTokenizer(svg)
        var out = ""
        out.reserveCapacity(svg.utf8.count)
        var open: [String] = []
        var skipDepth = 0
        var sawRoot = false
        var pupils = Set<Int>()
        for token in tokenizer.tokens() {
            switch token {
            case let .start(name, attrs, selfClosing):
                if skipDepth > 0 || (!elements.contains(name) && name != "a") || (!sawRoot && name != "svg") {
                    if !selfClosing { skipDepth += 1 }
                    continue
                }
                if name == "a" {
                    out += "<g class=\"tip\">"
                    if let tip = attrs.first(where: { $0.0 == "xlink:title" || $0.0 == "title" })?.1 {
                        out += "<title>" + HTMLEscaping.text(tip) + "</title>"
                    }
                    if selfClosing { out += "</g>" } else { open.append("g") }
                    continue
                }
                var written = name == "svg" ? rootAttributes(attrs, label: label, view: view) : ""
                if name == "svg" { sawRoot = true }
                for (key, value) in attrs where name != "svg" || !["width", "height", "viewBox"].contains(key) {
                    written += attribute(key, value, pupils: &pupils)
                }
                out += "<" + name + written + (selfClosing ? "/>" : ">")
                if !selfClosing { open.append(name) }
            case let .end(name):
                if skipDepth > 0 {
                    skipDepth -= 1
                    continue
                }
                let mapped = name == "a" ? "g" : name
                guard let last = open.last, last == mapped else { continue }
                open.removeLast()
                out += "</" + mapped + ">"
            case let .text(text):
                guard skipDepth == 0, let current = open.last, current == "text" || current == "tspan" else { continue }
                out += HTMLEscaping.text(text)
            }
        }
        while let name = open.popLast() { out += "</" + name + ">" }
        return SanitizedSVG(markup: out, pupils: pupils)
    }

    /// The root's size (kept as a maximum size, in points), view box, role and accessible name.
    private static func rootAttributes(_ attrs: [(String, String)], label: String, view: String) -> String {
        var out = ""
        for key in ["width", "height", "viewBox"] {
            if let value = attrs.first(where: { $0.0 == key })?.1, isNumeric(value) {
                out += " " + key + "=\"" + HTMLEscaping.attribute(value) + "\""
            }
        }
        return out + " class=\"diagram\" role=\"img\" data-view=\"" + HTMLEscaping.attribute(view)
            + "\" aria-label=\"" + HTMLEscaping.attribute(label) + "\""
    }

    /// One attribute, or nothing when it is not allowed.
    private static func attribute(_ key: String, _ value: String, pupils: inout Set<Int>) -> String {
        if key == "id" {
            if let p = number(value, prefix: "n") {
                pupils.insert(p)
                return " data-p=\"\(p)\""
            }
            let parts = value.split(separator: "_")
            if parts.count == 3, parts[0] == "e", let a = Int(parts[1]), let b = Int(parts[2]) {
                return " data-a=\"\(a)\" data-b=\"\(b)\""
            }
            return ""
        }
        guard attributes.contains(key) else { return "" }
        let lower = value.lowercased()
        if lower.contains("url(") || lower.contains("//") || lower.contains(":") || lower.contains("expression") {
            return ""
        }
        if key == "class" {
            let cleaned = String(value.unicodeScalars.filter { $0.properties.isAlphabetic || $0 == " " || $0 == "-" || $0 == "_" })
            return " class=\"" + HTMLEscaping.attribute(cleaned) + "\""
        }
        return " " + key + "=\"" + HTMLEscaping.attribute(value) + "\""
    }

    private static func number(_ value: String, prefix: Character) -> Int? {
        guard value.first == prefix else { return nil }
        let digits = value.dropFirst()
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        return Int(digits)
    }

    private static func isNumeric(_ value: String) -> Bool {
        value.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "." || $0 == " " || $0 == "-" || $0 == "p" || $0 == "t" }
    }
}
