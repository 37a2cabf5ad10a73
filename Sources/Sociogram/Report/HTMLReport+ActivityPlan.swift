extension ReportContext {
    /// A draft of the activity plan (aktivitetsplan) for the pupil in focus: the problem the measures
    /// are to solve, the measures with who is responsible and when, and the evaluation — its date left
    /// blank for the teacher, its method a new survey. Blank fields can be typed into on screen and
    /// filled in by hand on paper.
    func activityPlanSection() -> HTML {
        guard let focus = options.focus else { return .empty }
        let pupil = analysis.pupils[focus]
        let facts: [(String, HTML)] = [
            (s.factPupil, who(focus)), (s.factClass, className.isEmpty ? blank(s.fillIn) : .text(className)), (s.planDate, blank(s.fillIn)),
            (s.planAuthor, blank(s.fillIn)),
        ]
        var content: [HTML] = [
            p(s.planIntro),
            .el("dl", ["class": "facts"], facts.flatMap { [HTML.el("dt", [:], text: $0.0), .el("dd", [:], [$0.1])] }),
            .el("h3", [:], text: s.planProblemHeading),
            p(s.planProblemIntro(options.surveyDate.map(s.date))),
        ]
        let problems = problemSentences(pupil)
        content.append(problems.isEmpty
            ? p(s.planNoProblemInData)
            : .el("ul", [:], problems.map { .el("li", [:], text: $0) }))
        if analysis.llQuestion != nil && !options.planWithNegative { content.append(p(s.planNegativeLeftOut, "aside")) }
        content.append(.el("p", [:], [.text(s.planPupilsOwnWords + " "), blank(s.planPupilsOwnWords)]))
        content.append(.el("h3", [:], text: s.planMeasuresHeading))
        let rows = measures(focus).enumerated().map { k, measure in
            HTML.el("tr", [:], [
                .el("td", ["class": "num"], text: String(k + 1)), .el("td", [:], measure),
                .el("td", [:], [blank(s.columnResponsible)]), .el("td", [:], [blank(s.columnWhen)]),
            ])
        }
        content.append(table(
            caption: s.planMeasuresHeading, headers: ["#", s.columnMeasure, s.columnResponsible, s.columnWhen], rows: rows))
        content.append(.el("h3", [:], text: s.planEvaluationHeading))
        content.append(.el("p", [:], [.text(s.planEvaluationDate + " "), blank(s.planEvaluationDate), .text(" " + s.planEvaluationDateHint)]))
        content.append(p(s.planEvaluationMethod(questions: positiveQuestions.map(questionText))))
        content.append(p(s.planClosing, "aside"))
        return section("plan", s.planTitle(labels[focus]), content)
    }

    /// What the answers show about the pupil, as plain sentences for the plan.
    func problemSentences(_ pupil: PupilAnalysis) -> [String] {
        var out: [String] = []
        if pupil.flags.contains(.isolated) { out.append(s.sentenceIsolated(questions: positiveQuestions.map(questionText))) }
        if pupil.flags.contains(.noMutual) {
            out.append(pupil.flags.contains(.isolated) ? s.sentenceNoMutualIsolated : s.sentenceNoMutual)
        }
        // What the negative question showed goes into the plan only when the teacher asks for it.
        if options.planWithNegative { out += statusSentences(pupil) }
        return out
    }

    /// The draft measures: a conversation first, the support group, groups with chosen classmates,
    /// adults present where pupils are left alone, and room for more.
    func measures(_ focus: Int) -> [[HTML]] {
        var out: [[HTML]] = [[.text(s.measureTalk)]]
        if let group = options.support?.group, !group.isEmpty {
            out.append([.text(s.measureSupportGroup + " "), whoList(group.map(\.pupil)), .text(". " + s.measureVoluntary)])
        }
        let mutual = sorted(analysis.pupils[focus].mutual)
        let chosen = mutual + sorted(chose[focus].filter { !mutual.contains($0) })
        if !chosen.isEmpty {
            out.append([.text(s.measureWorkGroups + " "), whoList(chosen), .text(".")])
        }
        out.append([.text(s.measureBreaks)])
        out.append([.text(s.measureOther + " "), blank(s.measureOther)])
        return out
    }
}
