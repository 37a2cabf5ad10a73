import Foundation
import Testing
@testable import Sociogram

/// The report file itself: self-contained, escaped, within its weight, readable without the script.
@Suite struct ReportHTMLTests {
    @Test func hostileNamesAppearAsTextAndNeverAsMarkup() throws {
        let html = try ReportFixtures.report(ReportFixtures.hostileClass, focus: 0, showNegative: true)
        // exactly the report's own two script elements (data and code), no injected element
        #expect(ReportFixtures.count("<script", in: html) == 2)
        #expect(!html.contains("<img"))
        #expect(!html.contains("<!--"))
        // every tag is one the report writes, and no tag has an event-handler attribute
        for tag in ReportFixtures.tags(in: html) {
            #expect(ReportFixtures.allowedTags.contains(tag.name), "unexpected <\(tag.name)>")
            #expect(!tag.attributes.contains { $0.lowercased().hasPrefix("on") }, "<\(tag.name) \(tag.attributes)>")
        }
        // the names are there, as text
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("Ola \"&gt;&lt;img src=x onerror=alert(2)&gt;"))
        // the script's JSON cannot end its element, and has no raw line separator
        let json = try #require(ReportFixtures.between(html, "<script type=\"application/json\" id=\"report-data\">", "</script>"))
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
        #expect(!json.unicodeScalars.contains("\u{2028}") && !json.unicodeScalars.contains("\u{2029}"))
        #expect(json.contains("\\u003cscript\\u003ealert(1)"))
        // and it still decodes to the names
        struct Payload: Decodable { struct Pupil: Decodable { let label: String }; let pupils: [Pupil] }
        let decoded = try JSONDecoder().decode(Payload.self, from: Data(json.utf8))
        #expect(decoded.pupils[0].label == "<script>alert(1)</script>")
        #expect(decoded.pupils[3].label == "Kine Nilsen")  // display cleaning turns U+2028 into a space
    }

    @Test func noExternalReferenceAnywhere() throws {
        let imported = try ReportFixtures.class7B()
        let focus = try imported.network.pupilIndex(matching: "Frida Løken")
        for language in Language.allCases {
            let html = try ReportFixtures.report(imported.network, language: language, focus: focus, showNegative: true)
            let lower = html.lowercased()
            for forbidden in [
                "http:", "https:", "//", "url(", "@import", "src=", "srcset", "<link", "<iframe", "<object", "<embed",
                "<img", "<image", "xlink:href", "<form", "action=", "<base", "<use", "<foreignobject", "<style ",
            ] {
                #expect(!lower.contains(forbidden), "\(forbidden) in the \(language) report")
            }
            // every link points inside the page, at an element that exists
            for target in html.components(separatedBy: "href=\"").dropFirst().map({ String($0.prefix { $0 != "\"" }) }) {
                #expect(target.hasPrefix("#"))
                #expect(html.contains("id=\"\(target.dropFirst())\""), "link to missing \(target)")
            }
        }
    }

    @Test func contentSecurityPolicyAllowsExactlyTheOwnStyleAndScript() throws {
        let html = try ReportFixtures.report(RenderFixtures.smallClass())
        let policy = try #require(ReportFixtures.between(html, "http-equiv=\"Content-Security-Policy\" content=\"", "\""))
            .replacingOccurrences(of: "&#39;", with: "'")
        #expect(policy.hasPrefix("default-src 'none'"))
        #expect(policy.contains("connect-src 'none'") && policy.contains("img-src 'none'"))
        #expect(!policy.contains("unsafe"))
        let css = try #require(ReportFixtures.between(html, "<style>", "</style>"))
        let js = try #require(ReportFixtures.between(html, "<script>", "</script>"))
        #expect(policy.contains("style-src 'sha256-\(SHA256.base64Digest(css))'"))
        #expect(policy.contains("script-src 'sha256-\(SHA256.base64Digest(js))'"))
        #expect(ReportFixtures.count("<style", in: html) == 1)
    }

    @Test func pageWeightStaysSmall() throws {
        let imported = try ReportFixtures.class7B()
        let focus = try imported.network.pupilIndex(matching: "Tobias Myhre")
        let html = try ReportFixtures.report(imported.network, focus: focus, showNegative: true)
        // 26 pupils, 4 questions, 7 diagrams: about 220 kB today
        #expect(html.utf8.count < 400_000, "\(html.utf8.count) bytes")
        let grade = try ImportFixtures.load("grade-7-file/trinn7.csv", roster: "grade-7-file/roster-trinn7.csv")
        let gradeHTML = try ReportFixtures.report(grade.network)
        // 100 pupils: about 720 kB today
        #expect(gradeHTML.utf8.count < 1_500_000, "\(gradeHTML.utf8.count) bytes")
    }

    @Test func everythingIsInTheHTMLWithoutTheScript() throws {
        let network = RenderFixtures.smallClass()
        let html = try ReportFixtures.report(network, showNegative: true)
        // every question has its view in the page, none hidden by the markup itself
        for q in network.questions.indices { #expect(html.contains("data-q=\"q\(q)\"")) }
        #expect(!html.contains("qview off"))
        #expect(ReportFixtures.count("hidden=", in: html) == 1)  // only the script's info box
        // all diagrams are inline SVG with an accessible name
        #expect(ReportFixtures.count("<svg ", in: html) == 2 + network.questions.count)
        #expect(ReportFixtures.count("role=\"img\" data-view=", in: html) == 2 + network.questions.count)
        // the pupil table lists everyone
        for name in network.pupils.map(\.name) {
            let escaped = HTMLEscaping.text(DOTEscaping.displayText(name, maxLength: 60))
            #expect(html.contains("data-p=\"\(network.pupils.firstIndex { $0.name == name } ?? -1)\""))
            #expect(html.contains(escaped))
        }
        // print stylesheet: A4 and page breaks between sections
        #expect(html.contains("@page{size:A4"))
        #expect(html.contains("section.page{break-before:page}"))
    }

    @Test func diagramsCarryPupilAndTieMarkersForTheScript() throws {
        let network = RenderFixtures.smallClass()
        let html = try ReportFixtures.report(network)
        let svg = try #require(ReportFixtures.between(html, "data-view=\"class\"", "</svg>"))
        for i in network.pupils.indices { #expect(svg.contains("data-p=\"\(i)\"")) }
        #expect(svg.contains("data-a=\"0\" data-b=\"1\""))  // the mutual tie 0 ↔ 1
        #expect(!svg.contains(" id="))  // no clashing identifiers between diagrams
        #expect(svg.contains("<title>Kari Nordmann: "))  // the tooltip survives as an SVG title
    }

    @Test func sha256MatchesTheFIPSVectors() {
        let hex: ([UInt8]) -> String = { $0.map { String(format: "%02x", $0) }.joined() }
        #expect(hex(SHA256.digest([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex(SHA256.digest(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            hex(SHA256.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            hex(SHA256.digest(Array(repeating: UInt8(ascii: "a"), count: 1_000_000)))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        #expect(SHA256.base64Digest("") == "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")
    }

    @Test func escapingFunctions() {
        #expect(HTMLEscaping.text("a < b & c > d \"q\"") == "a &lt; b &amp; c &gt; d \"q\"")
        #expect(HTMLEscaping.attribute("\"'<>&") == "&quot;&#39;&lt;&gt;&amp;")
        #expect(HTMLEscaping.text("a\u{0}b\u{1B}[2Jc") == "a b [2Jc")
        #expect(HTMLEscaping.scriptJSON("{\"a\":\"</script>\u{2028}&\"}") == "{\"a\":\"\\u003c/script\\u003e\\u2028\\u0026\"}")
    }
}
