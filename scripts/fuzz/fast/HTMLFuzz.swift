// Fast fuzz target: the report's escaping and SVG sanitiser (Report/HTMLDocument.swift,
// Report/SVGSanitizer.swift). The first byte picks the door; the rest is read as UTF-8 with replacement.
//  - even: the input is text. `HTMLEscaping.text` leaves no `<` or `>`, `attribute` also no `"` or `'`,
//    both use only their own entities and decode back to the text (controls other than tab and newline
//    read as spaces); `scriptJSON` of the text's JSON leaves no `<`, `>`, `&`, U+2028 or U+2029 and still
//    decodes to the same text.
//  - odd: the input is an SVG document (seeds: Graphviz's own SVG of the fixtures). The sanitised markup,
//    tokenised again, holds only the allowed drawing elements (and `title` inside a tooltip group), only
//    the allowed attributes with no `url(`, `//` or `:` in a value, text only inside `text`, `tspan` and
//    `title`, balanced tags, no comment, declaration or processing instruction, and exactly the pupils it
//    reports as drawn.

import Foundation
@testable import Sociogram

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    if data[0] & 1 == 0 { HTMLFuzz.checkText(text) } else { HTMLFuzz.checkSVG(text) }
    return 0
}

enum HTMLFuzz {
    static func checkText(_ text: String) {
        let expected = text.unicodeScalars.map { u -> Unicode.Scalar in
            u.properties.generalCategory == .control && u != "\t" && u != "\n" ? " " : u
        }
        for (escaped, forbidden) in [(HTMLEscaping.text(text), "<>"), (HTMLEscaping.attribute(text), "<>\"'")] {
            let scalars = Array(escaped.unicodeScalars)
            Fuzz.require(!scalars.contains { forbidden.unicodeScalars.contains($0) }, "escaping left one of \(forbidden) for \(Fuzz.scalars(text))")
            guard let decoded = Fuzz.decodeEntities(scalars) else { fatalError("fuzz property failed: a bare & for \(Fuzz.scalars(text))") }
            Fuzz.require(decoded == expected, "escaped text does not decode back for \(Fuzz.scalars(text))")
        }
        guard let data = try? JSONEncoder().encode([text]), let json = String(data: data, encoding: .utf8) else { return }
        let inScript = HTMLEscaping.scriptJSON(json)
        Fuzz.require(!inScript.unicodeScalars.contains { "<>&\u{2028}\u{2029}".unicodeScalars.contains($0) }, "scriptJSON left a character that can end the script")
        let back = try? JSONDecoder().decode([String].self, from: Data(inScript.utf8))
        Fuzz.require(back == [text], "scriptJSON changed what the JSON says for \(Fuzz.scalars(text))")
    }

    static let rootOnly: Set<String> = ["role", "data-view", "aria-label"]
    static let generated: Set<String> = ["data-p", "data-a", "data-b"]

    static func checkSVG(_ svg: String) {
        let sanitized = SVGSanitizer.sanitize(svg, label: "Sosiogram", view: "class")
        let markup = sanitized.markup
        for bad in ["<!--", "<?", "<!", "<![CDATA["] {
            Fuzz.require(!markup.contains(bad), "sanitised SVG holds \(bad)")
        }
        var tokenizer = SVGTokenizer(markup)
        var open: [String] = []
        var drawn = Set<Int>()
        for token in tokenizer.tokens() {
            switch token {
            case let .start(name, attributes, selfClosing):
                let allowed = SVGSanitizer.elements.contains(name) || (name == "title" && open.last == "g")
                Fuzz.require(allowed, "sanitised SVG holds the element \(name)")
                for (key, value) in attributes {
                    let known = SVGSanitizer.attributes.contains(key) || generated.contains(key) || (name == "svg" && rootOnly.contains(key))
                    Fuzz.require(known, "sanitised SVG holds the attribute \(key) on \(name)")
                    let lower = value.lowercased()
                    Fuzz.require(key == "aria-label" || !(lower.contains("url(") || lower.contains("//") || lower.contains(":")),
                                 "sanitised SVG refers outside in \(key)")
                    if key == "data-p", let p = Int(value) { drawn.insert(p) }
                }
                if !selfClosing { open.append(name) }
            case let .end(name):
                Fuzz.require(open.last == name, "sanitised SVG closes \(name) inside \(open.last ?? "nothing")")
                open.removeLast()
            case let .text(text):
                let inText = ["text", "tspan", "title"].contains(open.last ?? "")
                Fuzz.require(inText || text.unicodeScalars.allSatisfy(\.properties.isWhitespace), "sanitised SVG holds text outside a text element")
            }
        }
        Fuzz.require(open.isEmpty, "sanitised SVG leaves \(open) open")
        Fuzz.require(drawn == sanitized.pupils, "the pupils drawn differ from the pupils reported")
    }
}
