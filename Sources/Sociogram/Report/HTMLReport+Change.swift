extension ReportContext {
    /// What changed since the earlier survey (``ReportOptions/comparison``): who joined or left, new,
    /// lost and kept choices with their stability, the difference sociogram, every pupil whose choices
    /// received or mutual choices changed, and the evaluation paragraph of the pupil in focus.
    ///
    /// - Complexity: one Graphviz layout, plus O(*n* log *n*).
    func changeSection() throws(RenderError) -> HTML {
        guard let comparison = options.comparison else { return .empty }
        let d = comparison.document
        func now(_ ref: WaveComparison.PupilRef) -> String { label(id: ref.id, name: ref.name, code: ref.code, inThisSurvey: true) }
        func then(_ ref: WaveComparison.PupilRef) -> String { label(id: ref.id, name: ref.name, code: ref.code, inThisSurvey: false) }
        var content: [HTML] = [p(s.changeIntro(before: d.before.label, after: d.after.label, matched: d.matching.matched))]
        var facts: [String] = []
        if !d.matching.joined.isEmpty { facts.append(s.compareJoined + d.matching.joined.map(now).joined(separator: ", ")) }
        if !d.matching.left.isEmpty { facts.append(s.compareLeft + d.matching.left.map(then).joined(separator: ", ")) }
        for m in d.matching.loose { facts.append(s.compareLooseMatch(then(m.before), now(m.after), m.method)) }
        if let t = d.positive { facts.append(s.comparePositive + s.compareTies(kept: t.kept, new: t.new, lost: t.lost, jaccard: t.jaccard)) }
        for q in d.questions where d.questions.count > 1 {
            facts.append(s.quote(DOTEscaping.displayText(q.text, maxLength: 200)) + ": "
                + s.compareTies(kept: q.ties.kept, new: q.ties.new, lost: q.ties.lost, jaccard: q.ties.jaccard))
        }
        if !facts.isEmpty { content.append(.el("ul", [:], facts.map { .el("li", [:], text: $0) })) }
        let diagram = try Sociograms.differenceDiagram(comparison.difference, options: diagramOptions())
        content.append(try figure(diagram, view: "difference", label: s.changeTitle, caption: [.text(s.changeCaption)]))
        let rows: [HTML] = d.pupils.filter(changed).map { pupil in
            HTML.el("tr", [:], [
                .el("td", [:], text: label(id: pupil.id, name: pupil.name, code: pupil.code, inThisSurvey: pupil.status != .left)),
                .el("td", ["class": "num"], text: s.changeBeforeAfter(pupil.positiveReceived.before, pupil.positiveReceived.after)),
                .el("td", ["class": "num"], text: s.changeBeforeAfter(pupil.mutual.before, pupil.mutual.after)),
            ])
        }
        content.append(rows.isEmpty
            ? p(s.changeNoPupilChanged)
            : table(caption: s.changePupilsCaption, headers: [s.columnPupil, s.changeChosenBy, s.changeMutual], rows: rows, captionVisible: true))
        if let evaluation = d.evaluation {
            // The paragraph ends with the snapshot caveat itself.
            content.append(.el("h3", [:], text: s.changeEvaluationHeading))
            content.append(p(evaluation.text))
        } else {
            content.append(p(s.evaluationCaveat, "aside"))
        }
        return section("change", s.changeTitle, content)
    }

    /// Whether a pupil's choices received or mutual choices differ between the surveys (or the pupil
    /// joined or left).
    private func changed(_ p: WaveComparison.PupilChange) -> Bool {
        p.status != .stayed || p.positiveReceived.before != p.positiveReceived.after || p.mutual.before != p.mutual.after
    }

    /// A pupil of either survey in the report's label style: the label of this survey's pupil, or for
    /// a pupil of the earlier survey the code (pseudonymised) or the name. (Ids are unique within one
    /// survey only, so an earlier survey's id is never looked up in this one.)
    private func label(id: String, name: String?, code: String, inThisSurvey: Bool) -> String {
        if inThisSurvey, let i = network.index(ofID: id) { return labels[i] }
        if options.labels == .codes { return code }
        return DOTEscaping.displayText(name ?? code, maxLength: 60)
    }
}
