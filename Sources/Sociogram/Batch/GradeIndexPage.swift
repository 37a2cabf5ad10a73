import Foundation

/// `index.html`: the grade overview for the school leader, one self-contained page (no scripts, no
/// external requests, prints on A4) with the classes in ranking order, links to each class's files
/// (its HTML report first when there is one), the failures with their place in the input, and the
/// grade sociogram when choices cross classes.
public enum GradeIndexPage {
    /// The page's HTML.
    ///
    /// - Complexity: O(number of classes).
    public static func html(_ summary: GradeSummary) -> String {
        let s = BatchStrings(language: summary.language)
        var out = """
            <!DOCTYPE html>
            <html lang="\(s.lang)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(s.title(summary.grade)))</title>
            <style>
            body { font-family: system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 2em; color: #1c2833; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border-bottom: 1px solid #d5d8dc; padding: 0.35em 0.6em; text-align: left; vertical-align: top; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            tr.attention td.n.key { font-weight: bold; }
            .note { color: #566573; font-size: 0.9em; }
            .failed { color: #922b21; }
            img { max-width: 100%; }
            @media print { body { margin: 1cm; } a { color: inherit; text-decoration: none; } @page { size: A4; } }
            </style>
            </head>
            <body>
            <h1>\(escape(s.title(summary.grade)))</h1>
            <p>\(escape(s.rankingExplained))</p>

            """
        out += "<table>\n<thead><tr>"
        for h in [s.rank, s.className, s.pupils, s.answered, s.needAttention, s.isolated, s.noMutual, s.reciprocity, s.fragmentation, s.files] {
            out += "<th>\(escape(h))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for c in summary.classes {
            let primary = c.files["report"] ?? c.files["sociogram"] ?? c.files["analysisJson"]
            let name = primary.map { "<a href=\"\(href($0))\">\(escape(c.name))</a>" } ?? escape(c.name)
            var links: [String] = []
            for (key, label) in [("report", s.report), ("sociogram", s.sociogram), ("analysisJson", "analysis.json"), ("pupilsCsv", "pupils.csv")] {
                if let path = c.files[key] { links.append("<a href=\"\(href(path))\">\(escape(label))</a>") }
            }
            var filesCell = links.joined(separator: " · ")
            if !c.problems.isEmpty {
                filesCell += "<div class=\"failed\">\(escape(s.incomplete)) "
                    + c.problems.map { escape($0.message) }.joined(separator: "; ") + "</div>"
            }
            out += "<tr\(c.needAttention > 0 ? " class=\"attention\"" : "")><td class=\"n\">\(c.rank)</td><td>\(name)</td>"
            out += "<td class=\"n\">\(c.pupils)</td><td class=\"n\">\(c.respondents) (\(s.percent(c.responseRate)))</td>"
            out += "<td class=\"n key\">\(c.needAttention)</td><td class=\"n\">\(c.isolated)</td><td class=\"n\">\(c.noMutual)</td>"
            out += "<td class=\"n\">\(s.percent(c.reciprocity))</td><td class=\"n\">\(s.decimal(c.fragmentation))</td>"
            out += "<td>\(filesCell)</td></tr>\n"
        }
        out += "</tbody>\n</table>\n<p class=\"note\">\(escape(s.fragmentationExplained))</p>\n"
        if let development = summary.development { out += developmentSection(development, classes: summary.classes, s) }
        if !summary.failed.isEmpty {
            out += "<h2 class=\"failed\">\(escape(s.failedHeading))</h2>\n<p>\(escape(s.failedIntro))</p>\n<ul>\n"
            for f in summary.failed { out += "<li class=\"failed\"><code>\(escape(f.description))</code></li>\n" }
            out += "</ul>\n"
        }
        let skipped = summary.skippedFiles
        if !skipped.isEmpty {
            out += "<h2>\(escape(s.skippedHeading))</h2>\n<p>\(escape(s.skippedIntro))</p>\n<ul>\n"
            for note in skipped {
                let file = (note.location?.file ?? "").split(separator: "/").last.map(String.init) ?? ""
                out += "<li><code>\(escape(file))</code>: \(escape(note.message))</li>\n"
            }
            out += "</ul>\n"
        }
        if summary.crossClassTies > 0 {
            out += "<h2>\(escape(s.gradeSociogramHeading))</h2>\n<p>\(escape(s.crossClass(summary.crossClassTies)))</p>\n"
            if let path = summary.gradeSociogram {
                out += path.hasSuffix(".png") || path.hasSuffix(".svg")
                    ? "<p><a href=\"\(href(path))\"><img src=\"\(href(path))\" alt=\"\(escape(s.gradeSociogramHeading))\"></a></p>\n"
                    : "<p><a href=\"\(href(path))\">\(escape(path))</a></p>\n"
            }
        }
        out += "<p class=\"note\">\(escape(s.caveat))</p>\n<p class=\"note\">\(escape(s.privacy))</p>\n</body>\n</html>\n"
        return out
    }

    /// Text safe inside HTML elements and double-quoted attribute values (the report's escaping).
    static func escape(_ text: String) -> String { HTMLEscaping.attribute(text) }

    /// A relative link: each path component percent-encoded (spaces, `#`, `?`, `%`, æøå), then escaped.
    static func href(_ relativePath: String) -> String {
        let parts = relativePath.split(separator: "/").map { part in
            String(part).addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/;:"))) ?? "_"
        }
        return escape(parts.joined(separator: "/"))
    }
}
