import Foundation
import Testing
@testable import Sociogram

/// Shared inputs and checks for the report tests.
enum ReportFixtures {
    /// Names that try to break out of every context a name lands in: HTML text and attributes, the
    /// script's JSON, SVG, DOT, CSS, and a line separator that ends JavaScript strings in old parsers.
    static let hostileNames = [
        "<script>alert(1)</script>", "Ola \"><img src=x onerror=alert(2)>", "</script><script>alert(3)</script>",
        "Kine\u{2028}Nilsen", "Per ]]><!-- &amp; --> Olsen", "Sara 'x' url(http://evil.example/a.png)",
        "Lise </svg><svg onload=alert(4)>",
    ]

    /// The small class of the render tests with hostile names.
    static var hostileClass: ClassNetwork { RenderFixtures.smallClass(names: hostileNames) }

    /// The report date used by the tests.
    static let day = CalendarDay(year: 2026, month: 11, day: 24)

    /// The fixture class 7B (26 pupils, 4 questions, 2 non-respondents) with its roster.
    static func class7B() throws -> ImportResult {
        try ImportFixtures.load("7b/forms-nb.csv", roster: "7b/roster.csv")
    }

    /// A report of `network`.
    static func report(
        _ network: ClassNetwork, language: Language = .nb, labels: LabelStyle = .names, focus: Int? = nil,
        showNegative: Bool = false, support: ReportSupport? = nil
    ) throws -> String {
        let analysis = try ClassAnalysis(network: network)
        return try HTMLReport.make(
            analysis,
            options: ReportOptions(
                language: language, labels: labels, focus: focus, support: support, showNegative: showNegative,
                surveyDate: day, created: day, toolVersion: "test"))
    }

    /// The text between the first `open` and the next `close` after it.
    static func between(_ text: String, _ open: String, _ close: String) -> String? {
        guard let start = text.range(of: open), let end = text.range(of: close, range: start.upperBound..<text.endIndex)
        else { return nil }
        return String(text[start.upperBound..<end.lowerBound])
    }

    /// How often `needle` occurs in `text`.
    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// Whether `text` holds `word` as a whole word (not inside a longer word: "Vik" is not in "Viktig").
    static func containsWord(_ text: String, _ word: String) -> Bool {
        var searchFrom = text.startIndex
        while let range = text.range(of: word, range: searchFrom..<text.endIndex) {
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
            if !before.isLetter && !before.isNumber && !after.isLetter && !after.isNumber { return true }
            searchFrom = range.upperBound
        }
        return false
    }

    /// Every roster name of 7B and every word of it (first names and surnames alone).
    static func nameFragments(_ network: ClassNetwork) -> [String] {
        var out = Set<String>()
        for p in network.pupils {
            out.insert(p.name)
            for word in p.name.split(separator: " ") where word.count >= 2 { out.insert(String(word)) }
        }
        return out.sorted()
    }

    /// Every start tag of an HTML text: name and attribute names. Text never holds a raw `<`, so this
    /// sees exactly the elements a browser would create.
    static func tags(in html: String) -> [(name: String, attributes: [String])] {
        var out: [(String, [String])] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            guard let first = rest.first, first.isLetter, let close = rest.firstIndex(of: ">") else { continue }
            var inside = rest[..<close]
            // drop quoted values so that '>' or spaces inside them do not matter
            var names: [String] = []
            let name = String(inside.prefix { $0.isLetter || $0.isNumber }).lowercased()
            inside = inside.dropFirst(name.count)
            var current = ""
            var quoted = false
            for ch in inside {
                if ch == "\"" { quoted.toggle(); continue }
                if quoted { continue }
                if ch == " " || ch == "=" || ch == "/" || ch == "\n" {
                    if !current.isEmpty { names.append(current) }
                    current = ""
                } else {
                    current.append(ch)
                }
            }
            if !current.isEmpty { names.append(current) }
            out.append((name, names))
            rest = rest[close...]
        }
        return out
    }

    /// The elements the report and its diagrams are made of.
    static let allowedTags: Set<String> = [
        "html", "head", "meta", "title", "style", "body", "main", "header", "footer", "nav", "section", "aside", "h1",
        "h2", "h3", "p", "span", "strong", "em", "ul", "ol", "li", "dl", "dt", "dd", "a", "table", "caption", "thead",
        "tbody", "tr", "th", "td", "figure", "figcaption", "div", "button", "script", "svg", "g", "path", "polygon",
        "polyline", "ellipse", "circle", "rect", "line", "text", "tspan",
    ]
}
