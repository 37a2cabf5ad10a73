extension GradeIndexPage {
    /// The "development over time" section (`batch --earlier`): one row per class followed, in the
    /// development's ranking order, with the counts of each survey side by side (`3 → 1 → 2`, `–` where
    /// the class was not surveyed), the change, and the stability of the choices.
    ///
    /// - Complexity: O(classes × surveys).
    static func developmentSection(_ d: GradeDevelopment, classes: [ClassSummary], _ s: BatchStrings) -> String {
        var out = "<h2>\(escape(s.developmentHeading))</h2>\n"
        out += "<p>\(escape(s.developmentIntro(surveys: d.surveys.map(\.label))))</p>\n"
        out += "<table>\n<thead><tr>"
        for h in [s.rank, s.className, s.needAttention, s.isolated, s.noMutual, s.reciprocity, s.developmentStability, s.developmentJoinedLeft] {
            out += "<th>\(escape(h))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        func series(_ c: GradeDevelopment.ClassRow, _ value: (GradeDevelopment.ClassWave) -> String) -> String {
            escape(c.waves.map { $0.map(value) ?? "–" }.joined(separator: " → "))
        }
        // The class's name links to its report (else its sociogram), as in the grade table.
        var links: [String: String] = [:]
        for c in classes { links[c.name] = c.files["report"] ?? c.files["sociogram"] ?? c.files["analysisJson"] }
        for c in d.classes {
            let name = links[c.name].map { "<a href=\"\(href($0))\">\(escape(c.name))</a>" } ?? escape(c.name)
            out += "<tr\(c.needAttentionChange > 0 ? " class=\"attention\"" : "")><td class=\"n\">\(c.rank)</td><td>\(name)</td>"
            out += "<td class=\"n key\">\(series(c) { String($0.needAttention) })</td>"
            out += "<td class=\"n\">\(series(c) { String($0.isolated) })</td>"
            out += "<td class=\"n\">\(series(c) { String($0.noMutual) })</td>"
            out += "<td class=\"n\">\(series(c) { s.percent($0.reciprocity) })</td>"
            out += "<td class=\"n\">\(escape(s.percent(c.overall?.jaccard)))</td>"
            out += "<td class=\"n\">\(escape(s.developmentJoinedLeftCell(joined: c.joined, left: c.left)))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n<p class=\"note\">\(escape(s.developmentStabilityExplained))</p>\n"
        if !d.withoutEarlier.isEmpty { out += "<p>\(escape(s.developmentWithoutEarlier(d.withoutEarlier)))</p>\n" }
        if !d.onlyEarlier.isEmpty { out += "<p>\(escape(s.developmentOnlyEarlier(d.onlyEarlier)))</p>\n" }
        if !d.failed.isEmpty {
            out += "<p class=\"failed\">\(escape(s.developmentFailedIntro))</p>\n<ul>\n"
            for f in d.failed { out += "<li class=\"failed\"><code>\(escape(f.description))</code></li>\n" }
            out += "</ul>\n"
        }
        out += "<p class=\"note\">\(escape(s.developmentCaveat))</p>\n"
        return out
    }
}
