// Fast fuzz target: the DOT escaping of user text, without Graphviz (the `escaping` target also parses
// and draws the result with Graphviz, at a hundredth of the speed). The input is a name (any bytes, read
// as UTF-8 with replacement). Properties:
//  - `quoted` is one DOT string: it opens and closes with `"`, every `\` inside is followed by `\` or `"`,
//    no `"` is left unescaped, every `&` is `&amp;`, no control or line-separator character is left; undone,
//    it is the name with those characters read as spaces. `quotedLines` joins the same contents with `\n`.
//  - `recordField` escapes every `{ } < > |` with a backslash and otherwise equals the quoted content.
//  - `html` (Fuzz.checkDOTHTML): no `<`, `>`, `"`, `'`, only its own entities, decodes to the name.
//  - `displayText` leaves no control or invisible format character (the joiners U+200C/D excepted), no
//    space at either end or twice in a row, at most 32 characters, and is its own fixed point.

@testable import Sociogram

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOT(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let name = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    DOTFuzz.checkQuoted(name)
    DOTFuzz.checkRecordField(name)
    Fuzz.checkDOTHTML(name)
    DOTFuzz.checkDisplayText(name)
    return 0
}

enum DOTFuzz {
    static func spaced(_ name: String) -> [Unicode.Scalar] {
        name.unicodeScalars.map { u in
            switch u.properties.generalCategory {
            case .control, .lineSeparator, .paragraphSeparator: return " "
            default: return u
            }
        }
    }

    /// The content of a quoted string undone; stops the run at anything a DOT string must not hold.
    static func undo(_ content: ArraySlice<Unicode.Scalar>, _ name: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var i = content.startIndex
        let amp = Array("&amp;".unicodeScalars)
        while i < content.endIndex {
            let u = content[i]
            switch u {
            case "\\":
                Fuzz.require(i + 1 < content.endIndex && (content[i + 1] == "\\" || content[i + 1] == "\""),
                             "a backslash that escapes something else in \(Fuzz.scalars(name))")
                out.append(content[i + 1])
                i += 2
            case "\"":
                fatalError("fuzz property failed: an unescaped quote for \(Fuzz.scalars(name))")
            case "&":
                Fuzz.require(content[i...].starts(with: amp), "a bare & for \(Fuzz.scalars(name))")
                out.append("&")
                i += amp.count
            default:
                let c = u.properties.generalCategory
                Fuzz.require(c != .control && c != .lineSeparator && c != .paragraphSeparator, "a control character left for \(Fuzz.scalars(name))")
                out.append(u)
                i += 1
            }
        }
        return out
    }

    static func checkQuoted(_ name: String) {
        let q = Array(DOTEscaping.quoted(name).unicodeScalars)
        Fuzz.require(q.count >= 2 && q.first == "\"" && q.last == "\"", "quoted() is not a quoted string")
        let content = q[1..<(q.count - 1)]
        Fuzz.require(undo(content, name) == spaced(name), "quoted() does not undo to \(Fuzz.scalars(name))")
        let twoLines = DOTEscaping.quotedLines([name, name])
        Fuzz.require(twoLines == "\"" + String(String.UnicodeScalarView(content)) + "\\n" + String(String.UnicodeScalarView(content)) + "\"",
                     "quotedLines() differs from quoted() for \(Fuzz.scalars(name))")
    }

    static func checkRecordField(_ name: String) {
        let field = Array(DOTEscaping.recordField(name).unicodeScalars)
        let quoted = Array(DOTEscaping.quoted(name).unicodeScalars.dropFirst().dropLast())
        var plain: [Unicode.Scalar] = []
        var i = 0
        while i < field.count {
            let u = field[i]
            if "{}<>|".unicodeScalars.contains(u) {
                Fuzz.require(plain.last == "\\" && i > 0, "recordField() left \(u) unescaped for \(Fuzz.scalars(name))")
                plain.removeLast()
            }
            plain.append(u)
            i += 1
        }
        Fuzz.require(plain == quoted, "recordField() differs from the quoted content for \(Fuzz.scalars(name))")
    }

    static func checkDisplayText(_ name: String) {
        let shown = DOTEscaping.displayText(name)
        var previousSpace = true
        for u in shown.unicodeScalars {
            let c = u.properties.generalCategory
            Fuzz.require(c != .control && c != .lineSeparator && c != .paragraphSeparator, "displayText() left a control character")
            Fuzz.require(c != .format || u.value == 0x200C || u.value == 0x200D, "displayText() left U+\(String(u.value, radix: 16))")
            let space = c == .spaceSeparator
            Fuzz.require(!(space && previousSpace), "displayText() left a leading or double space for \(Fuzz.scalars(name))")
            previousSpace = space
        }
        Fuzz.require(shown.isEmpty || !previousSpace, "displayText() left a trailing space for \(Fuzz.scalars(name))")
        Fuzz.require(shown.count <= DOTEscaping.defaultMaxLength, "displayText() is longer than the limit")
        Fuzz.require(DOTEscaping.displayText(shown) == shown, "displayText() is not a fixed point for \(Fuzz.scalars(name))")
    }
}
