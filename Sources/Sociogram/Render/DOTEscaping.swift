/// Turns user-supplied text (pupil names, class names, question texts) into safe DOT.
///
/// DOT is a small language: a name that contains a quote, a backslash, a newline or `<…>` could end a
/// string early and inject statements. Every user string passes through ``displayText(_:maxLength:)``
/// (which removes what must never be shown) and then through ``quoted(_:)`` or ``html(_:)`` for the
/// context it lands in. Node identifiers are generated (`n0`, `n1`, …) and never derived from names.
public enum DOTEscaping {
    /// The longest label shown in a diagram, in characters (grapheme clusters), before `…` cuts it.
    public static let defaultMaxLength = 32

    /// Text fit for display: control characters and line/paragraph separators become spaces; bidi
    /// embeddings, overrides, isolates and marks (U+202A–202E, U+2066–2069, U+200E/F, U+061C) and
    /// other invisible format characters (except the joiners U+200C/D used in writing systems and
    /// emoji) are removed; runs of white space collapse to one space; the text is trimmed and cut to
    /// `maxLength` characters with a trailing `…`.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    public static func displayText(_ text: String, maxLength: Int = defaultMaxLength) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpaceLike(scalar) {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if isInvisibleControl(scalar) { continue }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            scalars.append(scalar)
        }
        let cleaned = String(scalars)
        guard maxLength > 0, cleaned.count > maxLength else { return cleaned }
        let cut = cleaned.prefix(max(1, maxLength - 1))
        return cut.trimmingSuffixSpaces() + "…"
    }

    /// A DOT double-quoted string (with the quotes) whose content displays exactly as `text`.
    ///
    /// Escapes the backslash (so Graphviz's `\N`, `\n`, `\G` … escapes cannot be triggered and a trailing
    /// backslash cannot swallow the closing quote), the double quote, and `&` (Graphviz decodes HTML
    /// entities such as `&lt;` in labels, so a literal `&` is written `&amp;`). Control characters are
    /// replaced by spaces, so the result is always one line. `{`, `}`, `<`, `>`, `|` are literal in a
    /// quoted string; they are special only in `record` shapes, which Sociogram never uses for user text
    /// (see ``recordField(_:)``).
    public static func quoted(_ text: String) -> String {
        "\"" + escapedContent(text) + "\""
    }

    /// A DOT quoted string of several lines, each escaped like ``quoted(_:)`` and joined with DOT's
    /// centred line break `\n`.
    public static func quotedLines(_ lines: [String]) -> String {
        "\"" + lines.map(escapedContent).joined(separator: "\\n") + "\""
    }

    /// Text for the inside of an HTML-like label (`label=<…>`): `&`, `<`, `>`, `"` and `'` become
    /// entities, control characters become spaces.
    public static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if scalar.properties.generalCategory == .control { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// A field of a `record`-shaped node's label: as ``quoted(_:)`` content, and `{`, `}`, `<`, `>`, `|`
    /// and space-sensitive characters escaped with a backslash as record labels require (no quotes added).
    public static func recordField(_ text: String) -> String {
        // Scalar by scalar: `<` followed by a combining mark is one `Character`, which a `Character`
        // comparison would not see as `<` (found by the `dot` fuzz target).
        var out = String.UnicodeScalarView()
        for scalar in escapedContent(text).unicodeScalars {
            if "{}<>|".unicodeScalars.contains(scalar) { out.append("\\") }
            out.append(scalar)
        }
        return String(out)
    }

    /// The content of a quoted string, without the quotes.
    private static func escapedContent(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "&": out += "&amp;"
            default:
                let category = scalar.properties.generalCategory
                if category == .control || category == .lineSeparator || category == .paragraphSeparator {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    private static func isSpaceLike(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator, .spaceSeparator: return true
        default: return false
        }
    }

    /// Bidi controls and other invisible format characters, except the zero-width (non-)joiners.
    private static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value == 0x200C || scalar.value == 0x200D { return false }
        return scalar.properties.generalCategory == .format
    }
}

extension Substring {
    fileprivate func trimmingSuffixSpaces() -> String {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
        return String(self[startIndex..<end])
    }
}
