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
        let cls = layout(classmates: kit.pupils.count - 1, questions: kit.questions.count)
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

    /// Millimetres of an A4 page inside the print margins, with a little to spare.
    private static let pageHeight = 262.0

    /// The questionnaire's density: the largest type (3 columns, then 4, then 5; normal rows, then
    /// dense) with which the header (about 43 mm) and every question (heading about 15 mm, then the
    /// classmates in columns) fit on one page.
    static func layout(classmates: Int, questions: Int) -> String {
        for columns in 3...5 {
            for (row, dense) in [(7.2, false), (6.2, true)] {
                let rows = Double((classmates + columns - 1) / columns)
                if 43 + Double(questions) * (15 + rows * row) <= pageHeight {
                    return (columns == 3 ? "" : "c\(columns) ") + (dense ? "dense" : "")
                }
            }
        }
        return "c5 dense"
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
