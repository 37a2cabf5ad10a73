extension ReportContext {
    /// One diagram per question, with a switch between them when the script runs (all of them, one
    /// after the other, on paper or without the script). The negative question is drawn only with
    /// ``ReportOptions/showNegative``.
    func questionsSection() throws(RenderError) -> HTML {
        let drawn = network.questions.indices.filter { q in
            switch network.questions[q].kind {
            case .other: return false
            case .negative: return options.showNegative
            default: return true
            }
        }
        var content: [HTML] = [p(s.questionsIntro)]
        if drawn.count > 1 {
            content.append(.el("div", ["class": "switch js-only", "role": "group", "aria-label": s.questionsSwitch],
                drawn.map { q in
                    .el("button", ["type": "button", "data-show": "q\(q)", "aria-pressed": "false"],
                        text: DOTEscaping.displayText(network.questions[q].text, maxLength: 48))
                }))
        }
        for q in drawn { content.append(try questionView(q)) }
        let hidden = network.questions.indices.filter { network.questions[$0].kind == .negative && !options.showNegative }
        if !hidden.isEmpty { content.append(p(s.negativeNotDrawn(hidden.map(questionText)), "aside")) }
        let other = network.questions(ofKind: .other)
        if !other.isEmpty { content.append(p(s.otherNotAnalysed(other.map(questionText)), "aside")) }
        return section("questions", s.questionsTitle, content)
    }

    /// The view of one question: heading, numbers, who was chosen most (not for a negative question), diagram.
    func questionView(_ q: Int) throws(RenderError) -> HTML {
        let question = network.questions[q]
        let measures = analysis.questionMeasures[q]
        var content: [HTML] = [
            .el("h3", [:], text: questionText(q)),
            p(s.kindDescription(question.kind) + ". " + s.questionNumbers(
                arcs: measures.arcs, mutualPairs: measures.dyadCensus.mutual,
                returned: measures.reciprocity.map(s.percent))),
        ]
        if question.kind != .negative {
            let received = analysis.pupils.map { ($0.index, $0.received[q]) }.filter { $0.1 > 0 }
            let top = received.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : rank[$0.0] < rank[$1.0] }.prefix(3)
            if !top.isEmpty {
                var parts: [HTML] = [.text(s.mostChosen + " ")]
                for (k, entry) in top.enumerated() {
                    if k > 0 { parts.append(.text(k == top.count - 1 ? s.listAnd : ", ")) }
                    parts += [who(entry.0), .text(" (\(entry.1))")]
                }
                content.append(.el("p", [:], parts + [.text(".")]))
            }
        }
        let diagram = overviewDiagram(.question(q))
        content.append(try figure(diagram, view: "q\(q)", label: questionText(q), caption: [.text(s.questionCaption(question.kind))]))
        return .el("div", ["class": "qview", "data-q": "q\(q)"], content)
    }
}
