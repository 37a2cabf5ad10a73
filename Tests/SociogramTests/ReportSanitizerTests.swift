import Testing
@testable import Sociogram

/// The allow-list re-writing of Graphviz's SVG: whatever comes in, only drawing markup goes out.
@Suite struct ReportSanitizerTests {
    @Test func activeAndExternalContentIsDropped() {
        let hostile = """
            <?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
            <!-- a comment with <script> -->
            <svg width="10pt" height="20pt" viewBox="0 0 10 20" xmlns="http://www.w3.org/2000/svg" onload="alert(1)">
            <script>alert(2)</script><style>*{background:url(http://evil.example/x)}</style>
            <g id="n3" class="node pupil" onclick="alert(3)" style="fill:red"><title>n3</title>
            <a xlink:href="javascript:alert(4)" xlink:title="Kari &lt;b&gt; &amp; co"><text x="1" y="2">&lt;script&gt;alert(5)&lt;/script&gt;</text></a>
            <image href="http://evil.example/y.png"/><use href="#n3"/>
            <foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><iframe src="http://evil.example"></iframe></div></foreignObject>
            <path d="M0,0 L1,1" fill="url(http://evil.example/z)" stroke="#1f3a5f"/></g>
            <g id="e_3_5" class="edge"><path d="M1,1"/></g><g id="graph0"><![CDATA[<b>cdata</b>]]></g>
            </svg>
            """
        let out = SVGSanitizer.sanitize(hostile, label: "Sosiogram «7A» & <x>", view: "class")
        let markup = out.markup
        for forbidden in ["script>", "<style", "onload", "onclick", "style=", "javascript", "http", "<image", "<use",
            "foreignObject", "iframe", "url(", "<!", "<?", "xmlns", "<title>n3", "id=\"", "<b>"]
        {
            #expect(!markup.contains(forbidden), "\(forbidden)")
        }
        #expect(markup.hasPrefix("<svg width=\"10pt\" height=\"20pt\" viewBox=\"0 0 10 20\" class=\"diagram\" role=\"img\""))
        #expect(markup.contains("aria-label=\"Sosiogram «7A» &amp; &lt;x&gt;\""))
        #expect(markup.contains("<g data-p=\"3\" class=\"node pupil\">"))
        #expect(markup.contains("<g class=\"tip\"><title>Kari &lt;b&gt; &amp; co</title><text x=\"1\" y=\"2\">&lt;script&gt;alert(5)&lt;/script&gt;</text></g>"))
        #expect(markup.contains("<path d=\"M0,0 L1,1\" stroke=\"#1f3a5f\"/>"))
        #expect(markup.contains("<g data-a=\"3\" data-b=\"5\" class=\"edge\">"))
        #expect(markup.hasSuffix("</svg>"))
        #expect(out.pupils == [3])
    }

    @Test func brokenInputOnlyLosesContentAndStaysBalanced() {
        for broken in [
            "<svg viewBox=\"0 0 1 1\"><g><text>open", "<svg><g id=\"n1\"><path d=\"M0", "<svg><!-- never closed <g>",
            "<svg><text>a</g></text></svg></svg>", "no svg at all <g><text>x</text></g>", "<svg><g attr=noquotes>x</g></svg>",
        ] {
            let markup = SVGSanitizer.sanitize(broken, label: "x", view: "v").markup
            let opens = ReportFixtures.count("<g", in: markup) + ReportFixtures.count("<svg", in: markup)
                + ReportFixtures.count("<text", in: markup)
            let closes = ReportFixtures.count("</g>", in: markup) + ReportFixtures.count("</svg>", in: markup)
                + ReportFixtures.count("</text>", in: markup)
            #expect(opens == closes, "\(broken) → \(markup)")
            #expect(!markup.contains("<!--"))
        }
        #expect(SVGSanitizer.sanitize("no svg at all <g><text>x</text></g>", label: "x", view: "v").markup.isEmpty)
    }

    @Test func realGraphvizOutputKeepsItsDrawing() throws {
        let net = ReportFixtures.hostileClass
        let diagram = Sociograms.classDiagram(net, options: DiagramOptions(showNegative: true))
        let svg = String(decoding: try GraphvizRenderer.render(diagram, format: .svg), as: UTF8.self)
        let clean = SVGSanitizer.sanitize(svg, label: "x", view: "class")
        #expect(clean.pupils == Set(net.pupils.indices))
        // as many drawing elements survive as Graphviz wrote
        for element in ["<ellipse", "<polygon", "<path", "<text"] {
            #expect(ReportFixtures.count(element, in: clean.markup) == ReportFixtures.count(element, in: svg), "\(element)")
        }
        #expect(clean.markup.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!clean.markup.contains("<script"))
    }

    @Test func tokenizerDecodesEntitiesAndKeepsUnknownOnes() {
        var tokenizer = SVGTokenizer("<t a='x &#45;&#x2014;&quot;'>&lt;&amp;&bogus;&#0;</t>")
        let tokens = tokenizer.tokens()
        #expect(tokens == [
            .start(name: "t", attributes: [("a", "x -—\"")], selfClosing: false), .text("<&&bogus;&#0;"), .end(name: "t"),
        ])
    }
}
