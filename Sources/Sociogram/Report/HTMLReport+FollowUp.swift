extension ReportContext {
    /// The class over the earlier surveys and this one (``ReportOptions/followUp``, `report --earlier`):
    /// the class chart, one row per survey, the changes from survey to survey, and for the pupil in focus
    /// the pupil's chart and the series evaluation (with the snapshot caveat).
    ///
    /// - Complexity: one pinned Graphviz drawing per chart, plus O(*w* · *n*).
    func followSection() throws(RenderError) -> HTML {
        guard let follow = options.followUp else { return .empty }
        let d = follow.document
        let language = options.language
        func ratio(_ x: Double?) -> String { x.map { s.decimal($0) } ?? "–" }
        var content: [HTML] = [p(s.followSectionIntro(waves: d.waves.count, first: d.waves.first?.label ?? "", last: d.waves.last?.label ?? ""))]
        if let m = d.measureFrom { content.append(p(s.followMeasureLine(m.label))) }
        let classChart = Diagram(dot: FollowCharts.classChart(d, language: language).dot(), engine: .pinned)
        content.append(try figure(classChart, view: "follow", label: s.followClassChartTitle, caption: [.text(s.followClassChartCaption)]))
        let headings = s.followTableHeadings
        let waveRows: [HTML] = d.waves.enumerated().map { k, w in
            let cells = ["\(w.pupils)", "\(w.respondents)", "\(w.isolated.count)", "\(w.noMutual.count)", ratio(w.reciprocity),
                         k == 0 ? "–" : ratio(d.changes[k - 1].positive?.jaccard)]
            return HTML.el("tr", [:], [.el("td", [:], text: w.label)] + cells.map { .el("td", ["class": "num"], text: $0) })
        }
        content.append(table(caption: s.followWavesCaption, headers: headings, rows: waveRows, captionVisible: true))
        let stepRows: [HTML] = (d.changes + (d.changes.count > 1 ? [d.overall] : [])).map { c in
            let t = c.positive
            return HTML.el("tr", [:], [
                .el("td", [:], text: "\(c.fromLabel) → \(c.toLabel)"),
                .el("td", ["class": "num"], text: t.map { "\($0.kept)" } ?? "–"),
                .el("td", ["class": "num"], text: t.map { "\($0.new)" } ?? "–"),
                .el("td", ["class": "num"], text: t.map { "\($0.lost)" } ?? "–"),
                .el("td", ["class": "num"], text: ratio(t?.jaccard)),
            ])
        }
        content.append(table(caption: s.followStepsCaption, headers: s.followStepHeadings, rows: stepRows, captionVisible: true))
        content.append(p(s.followStabilityNote, "aside"))
        // The pupil in focus is a pupil of this survey, the last of the series.
        let last = d.waves.count - 1
        if let focus = options.focus, let k = d.pupils.firstIndex(where: { $0.ids[last] == network.pupils[focus].id }) {
            let label = labels[focus]
            let chart = Diagram(dot: FollowCharts.pupilChart(d, pupil: k, label: label, language: language).dot(), engine: .pinned)
            content.append(try figure(chart, view: "follow-pupil", label: s.followPupilChartTitle(label), caption: [.text(s.followPupilChartCaption)]))
            content.append(.el("h3", [:], text: s.changeEvaluationHeading))
            content.append(p(FollowEvaluation.paragraph(d, pupil: k, label: label, language: language)))
        } else {
            content.append(p(d.measureFrom == nil ? s.followEvaluationCaveatNoMeasure : s.followEvaluationCaveat, "aside"))
        }
        return section("follow", s.followSectionTitle, content)
    }
}
