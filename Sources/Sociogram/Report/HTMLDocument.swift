/// A fragment of HTML that is safe by construction.
///
/// User text (names, question texts, class names) can only enter through ``text(_:)`` and attribute
/// values, which are always escaped; tag and attribute names are `StaticString`s, so they are
/// Sociogram's own constants. The only ways to insert markup are ``svg(_:)`` (a diagram that went
/// through ``SVGSanitizer``) and ``trusted(_:)`` (a compile-time constant such as the stylesheet).
struct HTML: Sendable {
    /// The serialised markup.
    let markup: String

    private init(markup: String) { self.markup = markup }

    /// Nothing.
    static let empty = HTML(markup: "")

    /// Escaped text.
    static func text(_ text: String) -> HTML { HTML(markup: HTMLEscaping.text(text)) }

    /// An element with attributes and children. An attribute with an empty value is left out
    /// (write a boolean attribute such as `hidden` with its own name as value).
    static func el(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:], _ children: [HTML] = []) -> HTML {
        let name = tag.description
        var out = "<" + name
        for (attribute, value) in attributes where !value.isEmpty {
            out += " " + attribute.description + "=\"" + HTMLEscaping.attribute(value) + "\""
        }
        out += ">"
        if voidElements.contains(name) { return HTML(markup: out) }
        for child in children { out += child.markup }
        return HTML(markup: out + "</" + name + ">")
    }

    /// An element holding only text.
    static func el(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:], text: String) -> HTML {
        el(tag, attributes, [.text(text)])
    }

    /// A diagram that went through ``SVGSanitizer``.
    static func svg(_ svg: SanitizedSVG) -> HTML { HTML(markup: svg.markup) }

    /// Sociogram's own constant markup, CSS or script.
    static func trusted(_ constant: StaticString) -> HTML { HTML(markup: constant.description) }

    /// JSON for a `<script type="application/json">` element, escaped so that it can never end the
    /// element or the script (see ``HTMLEscaping/scriptJSON(_:)``).
    static func json(_ json: String) -> HTML { HTML(markup: HTMLEscaping.scriptJSON(json)) }

    /// Several fragments one after the other.
    static func join(_ parts: [HTML]) -> HTML { HTML(markup: parts.map(\.markup).joined()) }

    /// The `<head>` of a self-contained page: UTF-8, the Content-Security-Policy `policy`, no referrer,
    /// not for search engines, the generator, the title, and the page's own constant stylesheet.
    static func head(title: String, policy: String, style: StaticString, generator: String) -> HTML {
        el("head", [:], [
            .el("meta", ["charset": "utf-8"]),
            .el("meta", ["http-equiv": "Content-Security-Policy", "content": policy]),
            .el("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
            .el("meta", ["name": "referrer", "content": "no-referrer"]),
            .el("meta", ["name": "robots", "content": "noindex, nofollow"]),
            .el("meta", ["name": "generator", "content": "sociogram " + generator]),
            .el("title", [:], text: title),
            .el("style", [:], [.trusted(style)]),
        ])
    }

    /// Elements that have no end tag.
    private static let voidElements: Set<String> = ["meta", "br", "hr", "input", "link", "img", "col", "wbr"]
}

/// Escaping for the contexts report text lands in.
enum HTMLEscaping {
    /// Text content: `&`, `<`, `>` become entities; control characters other than tab and newline
    /// become spaces (a NUL or an escape character has no business in a report).
    static func text(_ s: String) -> String { escape(s, quotes: false) }

    /// A double-quoted attribute value: as ``text(_:)`` plus `"` and `'`.
    static func attribute(_ s: String) -> String { escape(s, quotes: true) }

    /// JSON placed inside `<script type="application/json">`: `<`, `>` and `&` become `\u003c`,
    /// `\u003e`, `\u0026` (so `</script>` and `<!--` cannot occur), and the line and paragraph
    /// separators U+2028/U+2029 become `\u2028`/`\u2029` (older JavaScript parsers end a string at them).
    /// The escapes are valid JSON string escapes, and these characters can only occur inside JSON strings.
    static func scriptJSON(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func escape(_ s: String, quotes: Bool) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.properties.generalCategory == .control { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
