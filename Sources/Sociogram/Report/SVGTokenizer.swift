/// Splits the XML that Graphviz's SVG writer produces into tags and text, for ``SVGSanitizer``.
///
/// Only what an SVG document can hold is recognised: start tags with double- or single-quoted
/// attributes, end tags, self-closing tags, text, and the parts that are skipped (comments, the XML
/// declaration and other processing instructions, the DOCTYPE, CDATA sections — whose text is kept as
/// text). Entities in text and attribute values are decoded (`&lt;`, `&#45;`, `&#x2014;`; an unknown
/// entity stays literal text). Anything malformed — an unterminated tag, comment or quote — ends the
/// token stream there: the sanitizer then closes what is open, so broken input can only lose content.
struct SVGTokenizer {
    enum Token: Equatable {
        case start(name: String, attributes: [(String, String)], selfClosing: Bool)
        case end(name: String)
        case text(String)

        static func == (a: Token, b: Token) -> Bool {
            switch (a, b) {
            case let (.start(n1, a1, s1), .start(n2, a2, s2)):
                return n1 == n2 && s1 == s2 && a1.map(\.0) == a2.map(\.0) && a1.map(\.1) == a2.map(\.1)
            case let (.end(n1), .end(n2)): return n1 == n2
            case let (.text(t1), .text(t2)): return t1 == t2
            default: return false
            }
        }
    }

    private let bytes: [UInt8]
    private var i = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    /// Every token of the input.
    ///
    /// - Complexity: O(*n*) in the input length.
    mutating func tokens() -> [Token] {
        var out: [Token] = []
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "<") {
                guard let token = markup() else { break }
                if let token { out.append(token) }
            } else {
                let start = i
                while i < bytes.count && bytes[i] != UInt8(ascii: "<") { i += 1 }
                out.append(.text(Self.decode(bytes[start..<i])))
            }
        }
        return out
    }

    /// The markup at `<`: `.some(token)`, `.some(nil)` for something skipped, `nil` when malformed.
    private mutating func markup() -> Token?? {
        if starts(with: "<!--") { return skip(past: "-->") ? .some(nil) : nil }
        if starts(with: "<![CDATA[") {
            let start = i + 9
            guard skip(past: "]]>") else { return nil }
            return .some(.text(String(decoding: bytes[start..<(i - 3)], as: UTF8.self)))
        }
        if starts(with: "<?") { return skip(past: "?>") ? .some(nil) : nil }
        if starts(with: "<!") { return skipDeclaration() ? .some(nil) : nil }
        i += 1
        let closing = i < bytes.count && bytes[i] == UInt8(ascii: "/")
        if closing { i += 1 }
        let name = readName()
        guard !name.isEmpty else { return nil }
        if closing {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ">") else { return nil }
            i += 1
            return .some(.end(name: name))
        }
        var attributes: [(String, String)] = []
        while true {
            skipSpace()
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: ">") {
                i += 1
                return .some(.start(name: name, attributes: attributes, selfClosing: false))
            }
            if starts(with: "/>") {
                i += 2
                return .some(.start(name: name, attributes: attributes, selfClosing: true))
            }
            let attribute = readName()
            guard !attribute.isEmpty else { return nil }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "=") else { return nil }
            i += 1
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else { return nil }
            let quote = bytes[i]
            i += 1
            let start = i
            while i < bytes.count && bytes[i] != quote { i += 1 }
            guard i < bytes.count else { return nil }
            attributes.append((attribute, Self.decode(bytes[start..<i])))
            i += 1
        }
    }

    private func starts(with prefix: String) -> Bool {
        let p = Array(prefix.utf8)
        return bytes.count - i >= p.count && bytes[i..<(i + p.count)].elementsEqual(p)
    }

    /// Moves past the next occurrence of `end`; false when there is none.
    private mutating func skip(past end: String) -> Bool {
        let e = Array(end.utf8)
        while i + e.count <= bytes.count {
            if bytes[i..<(i + e.count)].elementsEqual(e) {
                i += e.count
                return true
            }
            i += 1
        }
        i = bytes.count
        return false
    }

    /// `<!DOCTYPE …>`, honouring quoted strings and an internal subset in brackets.
    private mutating func skipDeclaration() -> Bool {
        var quote: UInt8? = nil
        var depth = 0
        i += 2
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            if let q = quote {
                if b == q { quote = nil }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: "[") {
                depth += 1
            } else if b == UInt8(ascii: "]") {
                depth -= 1
            } else if b == UInt8(ascii: ">") && depth <= 0 {
                return true
            }
        }
        return false
    }

    private mutating func readName() -> String {
        let start = i
        while i < bytes.count {
            let b = bytes[i]
            let ok = (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
                || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ":") || b == UInt8(ascii: ".")
            guard ok else { break }
            i += 1
        }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    private mutating func skipSpace() {
        while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
    }

    /// Decodes XML entities; an unknown or malformed entity is kept as literal text.
    static func decode(_ slice: ArraySlice<UInt8>) -> String {
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        let text = String(decoding: slice, as: UTF8.self)
        var out = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let first = scalars.first {
            scalars = scalars.dropFirst()
            guard first == "&", let semicolon = scalars.prefix(10).firstIndex(of: ";") else {
                out.append(first)
                continue
            }
            let name = String(String.UnicodeScalarView(scalars[scalars.startIndex..<semicolon]))
            if let decoded = entity(name) {
                out.append(decoded)
                scalars = scalars[(semicolon + 1)...]
            } else {
                out.append(first)
            }
        }
        return String(out)
    }

    private static func entity(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return "\u{00A0}"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return scalar
        }
    }
}
