import Foundation
import Testing

/// Names with DOT and HTML syntax, quotes, backslashes and line breaks go through import, analysis,
/// JSON and Graphviz unchanged (JSON) or safely escaped (diagrams).
@Suite struct HostileNameRoundTripTests {
    static let names = [
        "Jon \"JJ\" Ås {x} <b>", "Back\\slash Berg", "Linje\nskift Lie", "Kari -> Ola; }", "Per <script>x</script>",
    ]

    /// An edge list (RFC 4180 quoting) where everyone chooses the next pupil.
    func edgeList() -> String {
        func q(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        var lines = ["fra;til;spørsmål"]
        for (i, name) in Self.names.enumerated() {
            lines.append([q(name), q(Self.names[(i + 1) % Self.names.count]), "venner"].joined(separator: ";"))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    @Test func namesRoundTripIntoJSONAndRenderWithoutInjection() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("rare-navn.csv")
        try Data(edgeList().utf8).write(to: input)
        let out = dir.appendingPathComponent("out")
        let r = try CLIRunner.run(["analyze", input.path, "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try Data(contentsOf: out.appendingPathComponent("analysis.json"))
        let doc = try JSONSerialization.jsonObject(with: json) as? [String: Any]
        let names = Set((doc?["pupils"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String })
        // Names are kept exactly, except that whitespace runs (here a line break) become one space.
        #expect(names == Set(Self.names.map { $0.replacingOccurrences(of: "\n", with: " ") }))
        let png = try Data(contentsOf: out.appendingPathComponent("sociogram.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))

        let dot = dir.appendingPathComponent("s.dot")
        let rd = try CLIRunner.run(["render", input.path, "-o", dot.path])
        #expect(rd.status == 0, "\(rd.stderr)")
        let text = try String(contentsOf: dot, encoding: .utf8)
        let outsideStrings = Self.removingQuotedStrings(text)
        for fragment in ["script", "Ola;", "JJ", "slash", "skift"] {
            #expect(!outsideStrings.contains(fragment), "\(fragment) appears outside a quoted DOT string")
        }
        let svg = dir.appendingPathComponent("s.svg")
        #expect(try CLIRunner.run(["render", input.path, "-o", svg.path]).status == 0)
        let svgText = try String(contentsOf: svg, encoding: .utf8)
        #expect(!svgText.contains("<script>"))
        #expect(svgText.contains("&lt;script&gt;"), "the name is shown as text")
    }

    /// The DOT text without its double-quoted strings (honouring `\"` escapes) and HTML-like `<…>` labels.
    static func removingQuotedStrings(_ dot: String) -> String {
        var out = ""
        var inString = false, escaped = false, htmlDepth = 0
        for ch in dot {
            if inString {
                if escaped { escaped = false } else if ch == "\\" { escaped = true } else if ch == "\"" { inString = false }
            } else if htmlDepth > 0 {
                if ch == "<" { htmlDepth += 1 } else if ch == ">" { htmlDepth -= 1 }
            } else if ch == "\"" {
                inString = true
            } else if ch == "<" {
                htmlDepth = 1
            } else {
                out.append(ch)
            }
        }
        return out
    }
}
