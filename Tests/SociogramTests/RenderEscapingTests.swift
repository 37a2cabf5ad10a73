import Foundation
import Testing
@testable import Sociogram

@Suite struct RenderEscapingTests {
    @Test func quotedEscapesBackslashQuoteAndAmpersand() {
        #expect(DOTEscaping.quoted(#"a"b"#) == #""a\"b""#)
        #expect(DOTEscaping.quoted(#"ends with \"#) == #""ends with \\""#)
        #expect(DOTEscaping.quoted(#"\N \G"#) == #""\\N \\G""#)
        #expect(DOTEscaping.quoted("A & B") == "\"A &amp; B\"")
        #expect(DOTEscaping.quoted("line\nbreak\r\u{0}x") == "\"line break  x\"")
    }

    @Test func htmlEscapesMarkup() {
        #expect(DOTEscaping.html("<b>\"x\" & 'y'</b>") == "&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;")
    }

    @Test func recordFieldEscapesRecordSyntax() {
        #expect(DOTEscaping.recordField("{a|b} <p>") == #"\{a\|b\} \<p\>"#)
        // A combining mark after `<` makes one Character of the two; the `<` is still escaped (found by
        // the `dot` fuzz target).
        #expect(DOTEscaping.recordField("<\u{301}x|") == "\\<\u{301}x\\|")
    }

    @Test func displayTextRemovesBidiControlsAndControlCharacters() {
        let hostile = "Ka\u{202E}ri\u{2066} \u{200F}Nord\u{0007}mann\u{FEFF}"
        #expect(DOTEscaping.displayText(hostile) == "Kari Nord mann")
        #expect(DOTEscaping.displayText("  Ola \n\t Hansen  ") == "Ola Hansen")
        // Joiners inside an emoji sequence are kept.
        #expect(DOTEscaping.displayText("👩\u{200D}🎓 Eva") == "👩\u{200D}🎓 Eva")
    }

    @Test func displayTextTruncatesLongNamesByCharacters() {
        let long = String(repeating: "Å", count: 50)
        let shown = DOTEscaping.displayText(long, maxLength: 10)
        #expect(shown.count == 10)
        #expect(shown.hasSuffix("…"))
        #expect(DOTEscaping.displayText("Kari", maxLength: 10) == "Kari")
    }

    @Test func initialsAreDisambiguated() {
        #expect(PupilLabels.uniqueInitials(["Kari Nordmann", "Kine Nilsen", "Ola Hansen"]) == ["KaN", "KiN", "OH"])
        #expect(PupilLabels.uniqueInitials(["Kari Nordmann", "Kari Nilsen", "Ola Hansen"]) == ["KN1", "KN2", "OH"])
        #expect(PupilLabels.initials("Anne-Lise Berg") == "ALB")
        #expect(PupilLabels.initials("Jon \"JJ\" Ås") == "JÅ")
        #expect(PupilLabels.initials("1234") == "?")
        let labels = PupilLabels.uniqueInitials(["A B", "A B", "Ab Bb", "Ab Bc"])
        #expect(Set(labels).count == labels.count)
    }

    @Test func numbersAreFormattedWithoutLocale() {
        #expect(DOTWriter.format(0.5) == "0.5")
        #expect(DOTWriter.format(12) == "12")
        #expect(DOTWriter.format(-3.256) == "-3.26")
        #expect(DOTWriter.format(1.05) == "1.05")
        #expect(DOTWriter.format(.nan) == "0")
    }

    @Test func keywordsThatAreNotPlainWordsAreQuoted() {
        #expect(DOTValue.keyword("both").source == "both")
        #expect(DOTValue.keyword("#c0392b").source == "\"#c0392b\"")
        #expect(DOTValue.keyword("a b\"c").source == #""a b\"c""#)
    }
}

@Suite struct RenderHostileNameTests {
    static let hostile = [
        "Jon \"JJ\" Ås {x} <b>", "Back\\slash\\", "New\nLine", "</script><script>alert(1)</script>",
        "\"]; evil [label=\"x", "Ri\u{202E}ght\u{202C}", "Amp &lt; &amp; Co", "Normal Name",
    ]

    func network() -> ClassNetwork { RenderFixtures.smallClass(names: Self.hostile.prefix(7).map { $0 }) }

    @Test func hostileNamesParseAndInjectNothing() throws {
        let net = network()
        for diagram in try RenderViewCatalog.all(net, options: DiagramOptions()) {
            try GraphvizRenderer.validate(dot: diagram.dot)
            let lines = diagram.dot.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(!lines.contains { $0.hasPrefix("evil") || $0.hasPrefix("</script") })
        }
        let laidOut = try GraphvizRenderer.positionedDOT(dot: Sociograms.classDiagram(net).dot, engine: .neato)
        let nodes = laidOut.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).range(of: #"^n\d+\s+\["#, options: .regularExpression) != nil }
        #expect(nodes.count == net.count)
        #expect(!laidOut.contains("evil\t["))
    }

    @Test func hostileNamesAppearEscapedInSVG() throws {
        let svg = String(decoding: try GraphvizRenderer.render(Sociograms.classDiagram(network()), format: .svg), as: UTF8.self)
        // Long names are drawn on two lines (first word, rest) and cut at 32 characters.
        #expect(svg.contains(">&quot;JJ&quot; Ås {x} &lt;b&gt;<"))
        #expect(svg.contains("Back\\slash\\"))
        #expect(svg.contains(">&lt;/script&gt;&lt;script&gt;alert(1)&lt;/scri…<"))
        #expect(!svg.contains("<script"))
        #expect(svg.contains(">&amp;lt; &amp;amp; Co<"))
        #expect(!svg.contains("\u{202E}"))
        #expect(svg.contains("Right"))
        #expect(try SVGCheck.parses(svg))
    }
}
