extension ReportContext {
    /// Every pupil in one table: chosen by how many, mutual choices, whom they chose, (helps others).
    /// Negative nominations are deliberately not listed per pupil.
    func overviewSection() -> HTML {
        let prosocial = network.has(.prosocial)
        var headers = [s.columnPupil, s.columnChosenBy, s.columnMutual, s.columnChose]
        if prosocial { headers.append(s.columnHelps) }
        let rows = alphabetical.map { i -> HTML in
            let pupil = analysis.pupils[i]
            var cells: [HTML] = [
                .el("th", ["scope": "row"], [who(i)]),
                .el("td", ["class": "num"], text: hasPositive ? String(chosenBy[i].count) : "–"),
                .el("td", [:], [whoList(sorted(pupil.mutual))]),
                .el("td", [:], network.pupils[i].responded ? [whoList(chose[i])] : [.el("em", [:], text: s.describeDidNotAnswer)]),
            ]
            if prosocial { cells.append(.el("td", ["class": "num"], text: pupil.prosocial.map { String($0.received) } ?? "–")) }
            return .el("tr", ["data-p": String(i), "tabindex": "0"], cells)
        }
        return section("overview", s.overviewTitle, [p(s.overviewIntro), table(caption: s.overviewTitle, headers: headers, rows: rows)])
    }
}
