extension ReportContext {
    /// The class in plain words: who answered, which questions, how many choices were returned, who is
    /// not chosen, subgroups and groups, choices across gender.
    func summarySection() -> HTML {
        var paragraphs: [HTML] = []
        let missing = analysis.pupilCount - analysis.respondentCount
        paragraphs.append(p(s.summaryResponse(
            pupils: analysis.pupilCount, respondents: analysis.respondentCount,
            rate: analysis.responseRate.map(s.percent) ?? "–", missing: missing)))
        paragraphs.append(p(s.summaryQuestions(kindCounts())))
        guard hasPositive, let measures = analysis.positiveMeasures else {
            paragraphs.append(p(s.note(.noPositiveQuestion)))
            return section("summary", s.summaryTitle, paragraphs, pageBreak: false)
        }
        let respondents = max(1, analysis.respondentCount)
        let given = network.pupils.indices.filter { network.pupils[$0].responded }.reduce(0) { $0 + chose[$1].count }
        let mutualPairs = analysis.pupils.reduce(0) { $0 + $1.mutual.count } / 2
        paragraphs.append(p(s.summaryChoices(
            average: s.decimal(Double(given) / Double(respondents), digits: 1),
            returned: measures.reciprocity.map(s.percent) ?? "–", mutualPairs: mutualPairs)))
        let isolated = analysis.pupils.filter { $0.flags.contains(.isolated) }.count
        let noMutual = analysis.pupils.filter { $0.flags.contains(.noMutual) }.count
        let both = analysis.pupils.filter { $0.flags.contains(.isolated) && $0.flags.contains(.noMutual) }.count
        paragraphs.append(p(s.summaryAttention(isolated: isolated, noMutual: noMutual, both: both)))
        if analysis.negativeQuestionUsed, let ll = analysis.llQuestion {
            let rejected = analysis.pupils.filter { $0.flags.contains(.rejected) }.count
            let neglected = analysis.pupils.filter { $0.flags.contains(.neglected) }.count
            paragraphs.append(p(s.summaryNegative(questionText(ll), rejected: rejected, neglected: neglected)))
        } else {
            paragraphs.append(p(s.note(.noNegativeQuestion)))
        }
        let q = analysis.communities?.modularity
        paragraphs.append(p(s.summaryGroups(
            subgroups: analysis.subgroups.count, communities: analysis.communities?.members.count ?? 0,
            modularity: q.map { s.decimal($0) }, clear: (q ?? 0) >= 0.3)))
        if let g = analysis.genderSplit, let share = g.withinShare, g.arcs > 0 {
            paragraphs.append(p(s.summaryGender(within: s.percent(share))))
        }
        paragraphs.append(.el("p", ["class": "next"], [
            .text(s.summaryReadOn + " "), .el("a", ["href": "#attention"], text: s.attentionTitle), .text("."),
        ]))
        return section("summary", s.summaryTitle, paragraphs, pageBreak: false)
    }

    /// How many questions of each analysed kind the survey has, with their texts.
    func kindCounts() -> [(QuestionKind, [String])] {
        QuestionKind.allCases.compactMap { kind in
            let qs = network.questions(ofKind: kind)
            return qs.isEmpty ? nil : (kind, qs.map(questionText))
        }
    }
}
