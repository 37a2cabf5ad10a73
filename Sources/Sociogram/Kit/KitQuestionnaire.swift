/// `05-papirskjema.html` and `06-intervju.html`: one A4 sheet per pupil with the pupil's name (or code)
/// on it. The questionnaire lists every classmate under each question as tick boxes, alphabetical, in
/// large type; the interview sheet is a table of classmates × questions where an adult writes 1, 2, 3.
///
/// How densely a sheet is set is chosen from the class size and the number of questions so that each
/// pupil's sheet fits on one page (see ``layout(classmates:questions:)``).
enum KitQuestionnaire {
    /// The questionnaire: one sheet per pupil.
    static func paper(_ kit: KitContext) -> [UInt8] {
        let s = kit.s
        let cls = layout(names: kit.pupils.map(\.name), questions: kit.questions.count)
        let sheets: [HTML] = kit.pupils.map { pupil in
            let own = kit.ownLabel(pupil)
            var parts: [HTML] = [
                KitPage.kicker(kit),
                .el("h1", [:], text: s.kitPaperTitle(className: kit.className)),
                .el("p", ["class": "own"], [.text(own.label + ": "), .el("strong", [:], text: own.value)]),
                KitPage.p(s.kitPaperInstruction(choices: kit.choices)),
            ]
            for q in kit.questions {
                parts.append(.el("h2", [:], text: s.kitQuestionLimit(question: q.text(s), choices: kit.choices)))
                parts.append(.el("ul", ["class": "ticks"], kit.classmates(of: pupil).map { mate in
                    HTML.el("li", [:], [.el("span", ["class": "box"], []), .text(mate.name)])
                }))
            }
            parts.append(KitPage.p(s.kitPaperThanks, "thanks"))
            return .el("section", ["class": "sheet " + cls], parts)
        }
        return KitPage.document(kit, title: s.kitPaperTitle(className: kit.className), body: sheets)
    }

    /// The interview sheet for the youngest: one per pupil.
    static func interview(_ kit: KitContext) -> [UInt8] {
        let s = kit.s
        let cls = interviewLayout(classmates: kit.pupils.count - 1, questions: kit.questions.count)
        let sheets: [HTML] = kit.pupils.map { pupil in
            let own = kit.ownLabel(pupil)
            let head = HTML.el("tr", [:], [HTML.el("th", [:], text: s.kitInterviewClassmate)]
                + kit.questions.indices.map { HTML.el("th", ["class": "mark"], text: String($0 + 1)) })
            let rows = kit.classmates(of: pupil).map { mate in
                HTML.el("tr", [:], [HTML.el("td", [:], text: mate.name)]
                    + kit.questions.map { _ in HTML.el("td", ["class": "mark"], []) })
            }
            return .el("section", ["class": "sheet " + cls], [
                KitPage.kicker(kit),
                .el("h1", [:], text: s.kitInterviewTitle(className: kit.className)),
                .el("p", ["class": "own"], [.text(own.label + ": "), .el("strong", [:], text: own.value)]),
                .el("p", [:], [
                    .text(s.kitInterviewBy + ": "), KitPage.blank(nil, s), .text("  " + s.kitInterviewDate + ": "),
                    KitPage.blank(nil, s),
                ]),
                KitPage.p(s.kitInterviewHow(choices: kit.choices)),
                KitPage.list("ol", kit.questions.map { $0.text(s) }),
                .el("table", ["class": "interview"], [.el("thead", [:], [head]), .el("tbody", [:], rows)]),
            ])
        }
        return KitPage.document(kit, title: s.kitInterviewTitle(className: kit.className), body: sheets)
    }

    /// Millimetres of an A4 page inside the print margins (269), with a little to spare; the heights
    /// below were measured in Chromium's print preview of class 7B.
    private static let pageHeight = 264.0

    /// The questionnaire's settings from the largest type down: columns, font size (pt), row height (mm),
    /// and the CSS classes that select them (`KitStyle`).
    private static let settings: [(columns: Int, points: Double, row: Double, cls: String)] = [
        (3, 13, 7.2, ""), (3, 13, 6.2, "dense"), (4, 12, 6.6, "c4"), (4, 12, 5.8, "c4 dense"), (5, 11, 6.0, "c5"),
        (5, 11, 5.2, "c5 dense"),
    ]

    /// The questionnaire's density: the first of ``settings`` with which the header (about 36 mm) and every
    /// question (a heading of about 12 mm, then the classmates in columns, a long name wrapping onto a
    /// second line) fit on one page. A name's width is estimated at 0.6 em per character, which is on the
    /// safe side for the system's sans-serif fonts. When nothing fits (well over 30 pupils with three
    /// questions, or very long names), the densest setting is used and a sheet may take two pages.
    static func layout(names: [String], questions: Int) -> String {
        let classmates = max(0, names.count - 1)
        for (columns, points, row, cls) in settings {
            let width = (182 - 6 * Double(columns - 1)) / Double(columns) - 7.3
            let em = points * 0.3528
            // Every name but the shortest (the sheet leaves one pupil out: count the worst case).
            let lines = names.map { max(1, Int((Double($0.count) * 0.6 * em / width).rounded(.up))) }.sorted().dropFirst()
            let total = lines.reduce(0, +)
            // A wrapped name can leave a column one line longer than the balanced share.
            let rows = Double((total + columns - 1) / columns + (total > classmates ? 1 : 0))
            if 36 + Double(questions) * (12 + rows * row) <= pageHeight { return cls }
        }
        return settings[settings.count - 1].cls
    }

    /// The interview sheet's density: row heights of 7.5, 6.2 or 5.4 mm so that the header (about 55 mm
    /// plus a line per question) and one row per classmate fit on one page.
    static func interviewLayout(classmates: Int, questions: Int) -> String {
        for (row, cls) in [(7.5, ""), (6.2, "dense"), (5.4, "denser")] {
            if 55 + 7 * Double(questions) + row * Double(classmates + 1) <= pageHeight { return cls }
        }
        return "denser"
    }
}
