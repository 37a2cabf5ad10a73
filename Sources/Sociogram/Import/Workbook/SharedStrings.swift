/// The shared-string table (`xl/sharedStrings.xml`): cells with `t="s"` hold an index into it.
///
/// A string is the text of its `<t>` elements; rich text has several runs (`<r><t>Ola </t></r><r>…`),
/// which are concatenated; phonetic runs (`<rPh>`, Japanese reading aids) are not part of the text.
final class SharedStringsHandler: WorkbookXMLHandler {
    private(set) var strings: [String] = []
    private var current = ""
    private var inString = false
    private var inText = false
    private var phonetic = 0
    private let maxStrings: Int
    private let limitError: ImportError

    /// Stops with `limitError` after `maxStrings` strings.
    init(maxStrings: Int, limitError: ImportError) {
        self.maxStrings = maxStrings
        self.limitError = limitError
    }

    override func start(_ name: Substring, _ attributes: [String: String]) {
        switch name {
        case "si":
            inString = true
            current = ""
        case "rPh": phonetic += 1
        case "t": inText = inString && phonetic == 0
        default: break
        }
    }

    override func end(_ name: Substring) {
        switch name {
        case "si":
            strings.append(ExcelText.unescape(current))
            inString = false
            if strings.count > maxStrings { stopError = limitError }
        case "rPh": phonetic -= 1
        case "t": inText = false
        default: break
        }
    }

    override func text(_ string: String) {
        if inText { current += string }
    }
}

/// Excel's escapes inside cell text.
enum ExcelText {
    /// Undoes `_xHHHH_` (how Excel writes characters XML cannot hold, such as `_x000D_` for a carriage
    /// return); `_x005F_` escapes a literal underscore sequence.
    static func unescape(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            out += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            let hex = after.prefix(4)
            if hex.count == 4, after.dropFirst(4).first == "_", let code = UInt32(hex, radix: 16),
                let scalar = Unicode.Scalar(code)
            {
                out.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                out += "_x"
                rest = after
            }
        }
        return out + rest
    }
}
