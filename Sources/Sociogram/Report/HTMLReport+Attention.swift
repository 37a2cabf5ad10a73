extension ReportContext {
    /// Pupils who need attention, each described in words (never by a category label): not chosen, no
    /// mutual choice, and — only when the survey has a negative question, which the section names —
    /// many negative and few positive choices, or few choices of any kind.
    func attentionSection() -> HTML {
        var content: [HTML] = [p(s.attentionIntro)]
        if let ll = analysis.llQuestion {
            content.append(p(s.attentionNegativeUsed(questionText(ll))))
        } else {
            content.append(p(s.attentionNoNegative))
        }
        guard hasPositive else {
            content.append(p(s.note(.noPositiveQuestion)))
            return section("attention", s.attentionTitle, content, pageBreak: false)
        }
        let list = analysis.attentionOrder { rank[$0] < rank[$1] }.map { analysis.pupils[$0] }
        if list.isEmpty {
            content.append(p(s.nobodyNeedsAttention, "callout"))
        } else {
            content.append(.el("ul", ["class": "cards"], list.map(attentionCard)))
            if list.count > 1 { content.append(p(s.attentionOrderRule, "aside")) }
        }
        content.append(p(s.attentionClosing, "aside"))
        return section("attention", s.attentionTitle, content, pageBreak: false)
    }

    /// The rejected / neglected sentences (``StatusEvidence``'s rule: counts from the LM and LL questions,
    /// «mange»/«få» only where the chance model finds them unusual).
    func statusSentences(_ pupil: PupilAnalysis) -> [String] {
        guard let e = StatusEvidence(analysis, pupil: pupil.index) else { return [] }
        let negative = questionText(e.llQuestion), positive = questionText(e.lmQuestion)
        var out: [String] = []
        if pupil.flags.contains(.rejected) { out.append(s.sentenceRejected(e, negative: negative, positive: positive)) }
        if pupil.flags.contains(.neglected) { out.append(s.sentenceNeglected(e, negative: negative, positive: positive)) }
        return out
    }

    /// The flags this section describes.
    func attentionFlags(_ p: PupilAnalysis) -> [PupilFlag] {
        p.flags.filter(ClassAnalysis.attentionSigns.contains)
    }

    /// One pupil's card: what the answers show, in sentences.
    func attentionCard(_ pupil: PupilAnalysis) -> HTML {
        .el("li", ["class": "card"], [.el("h3", [:], [who(pupil.index)]), .el("ul", [:], describe(pupil).map { .el("li", [:], $0) })])
    }

    /// Sentences about a pupil's choices, the concerns first.
    func describe(_ pupil: PupilAnalysis) -> [[HTML]] {
        let i = pupil.index
        let responded = network.pupils[i].responded
        var lines: [[HTML]] = []
        if pupil.flags.contains(.isolated) { lines.append([.text(s.sentenceIsolated(questions: positiveQuestions.map(questionText)))]) }
        if pupil.flags.contains(.noMutual) && !pupil.flags.contains(.isolated) {
            lines.append([.text(s.sentenceNoMutual + " " + s.chosenByLabel + " "), whoList(sorted(chosenBy[i])), .text(".")])
        } else if pupil.flags.contains(.noMutual) {
            lines.append([.text(s.sentenceNoMutualIsolated)])
        }
        lines += statusSentences(pupil).map { [.text($0)] }
        if !responded {
            lines.append([.text(s.sentenceDidNotAnswer)])
        } else if chose[i].isEmpty {
            lines.append([.text(s.sentenceChoseNobody)])
        } else {
            lines.append([.text(s.choseLabel + " "), whoList(chose[i]), .text(".")])
        }
        return lines
    }
}
