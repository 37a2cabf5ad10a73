extension ReportContext {
    /// How the numbers were made: which question fed which number, mutual choices, Coie–Dodge and
    /// Newcomb–Bukowski (one paragraph each), α and the sample standard deviation, groups and positions,
    /// and every note of the analysis.
    func methodSection() -> HTML {
        let list: ([Int]) -> String = { $0.isEmpty ? self.s.noQuestion : $0.map(self.questionText).joined(separator: ", ") }
        var rows: [(String, String)] = [
            (s.feedPositive, list(positiveQuestions)),
            (s.feedLM, list(analysis.lmQuestion.map { [$0] } ?? [])),
            (s.feedLL, list(analysis.llQuestion.map { [$0] } ?? [])),
            (s.feedProsocial, list(network.questions(ofKind: .prosocial))),
            (s.feedInfluence, list(network.questions(ofKind: .influence))),
        ]
        let other = network.questions(ofKind: .other)
        if !other.isEmpty { rows.append((s.feedOther, list(other))) }
        var content: [HTML] = [
            .el("h3", [:], text: s.feedHeading),
            table(caption: s.feedHeading, headers: [s.columnNumber, s.columnQuestion], rows: rows.map {
                .el("tr", [:], [.el("th", ["scope": "row"], text: $0.0), .el("td", [:], text: $0.1)])
            }),
            .el("h3", [:], text: s.methodMutualHeading), p(s.methodMutual),
            .el("h3", [:], text: s.methodNumbersHeading),
            p(s.methodStandardisation(alpha: s.decimal(analysis.options.alpha.rawValue))),
            .el("h3", [:], text: "Coie–Dodge"), p(s.methodCoieDodge),
            p(analysis.negativeQuestionUsed ? s.statusCounts(coieDodgeCounts()) : s.methodNeedsNegative, "aside"),
            .el("h3", [:], text: "Newcomb–Bukowski"),
            p(s.methodNewcombBukowski(alpha: s.decimal(analysis.options.alpha.rawValue))),
            p(analysis.negativeQuestionUsed ? s.statusCounts(newcombBukowskiCounts()) : s.methodNeedsNegative, "aside"),
            .el("h3", [:], text: s.methodGroupsHeading),
            p(s.methodGroups(seed: String(analysis.options.seed))),
            p(s.methodPositions(minimum: analysis.options.starMinimumMutual)),
        ]
        let notes = analysis.notes.map { s.note($0) } + (options.importWarnings > 0 ? [s.importWarningsReport(options.importWarnings)] : [])
        if !notes.isEmpty {
            content.append(.el("h3", [:], text: s.methodNotesHeading))
            content.append(.el("ul", [:], notes.map { .el("li", [:], text: $0) }))
        }
        return section("method", s.methodTitle, content)
    }

    func coieDodgeCounts() -> [(String, Int)] {
        CoieDodgeStatus.allCases.map { status in (s.status(status), analysis.pupils.filter { $0.coieDodge == status }.count) }
    }

    func newcombBukowskiCounts() -> [(String, Int)] {
        NewcombBukowskiStatus.allCases.map { status in
            (s.status(status), analysis.pupils.filter { $0.newcombBukowski?.status == status }.count)
        }
    }

    /// The caveat in full, the privacy note, and where the report came from.
    func closingSection() -> HTML {
        section("closing", s.closingTitle, [
            .el("h3", [:], text: s.caveatHeading), p(s.caveatLong),
            .el("h3", [:], text: s.privacyHeading), p(s.privacyLong(options.labels)),
            .el("footer", [:], [p(s.footer(version: options.toolVersion, date: s.date(options.created)))]),
        ])
    }
}
