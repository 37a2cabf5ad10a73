extension ReportContext {
    /// The pupil in focus: what the answers show, the ego view, suggested supporters and support group.
    func pupilSection() throws(RenderError) -> HTML {
        guard let focus = options.focus else { return .empty }
        let pupil = analysis.pupils[focus]
        var facts = describe(pupil)
        if !pupil.mutual.isEmpty { facts.append([.text(s.mutualLabel + " "), whoList(sorted(pupil.mutual)), .text(".")]) }
        if let prosocial = pupil.prosocial {
            facts.append([.text(s.sentenceProsocial(prosocial.received))])
        }
        if let ll = analysis.llQuestion, let count = pupil.ll {
            facts.append([.text(s.sentenceNamedNegatively(count, question: questionText(ll)))])
        }
        var content: [HTML] = [
            p(s.pupilIntro),
            .el("h3", [:], text: s.pupilFactsHeading),
            .el("ul", [:], facts.map { .el("li", [:], $0) }),
        ]
        let ego = try Sociograms.egoDiagram(network, focus: focus, options: diagramOptions())
        content.append(try figure(ego, view: "ego", label: s.egoCaption(labels[focus]), caption: [.text(s.egoCaption(labels[focus]))]))
        content += try supportContent(focus)
        return section("pupil", s.pupilTitle(labels[focus]), content)
    }

    /// Supporters and the support group, or a note saying they are missing.
    func supportContent(_ focus: Int) throws(RenderError) -> [HTML] {
        var content: [HTML] = [.el("h3", [:], text: s.supportersHeading)]
        guard let support = options.support else {
            content.append(p(s.supportMissing, "callout"))
            return content
        }
        content.append(p(support.consentReminder, "callout caveat"))
        content.append(p(s.supportersIntro))
        if support.supporters.isEmpty {
            content.append(p(s.noSupporters))
        } else {
            let rows = support.supporters.enumerated().map { k, entry in
                HTML.el("tr", ["data-p": String(entry.pupil), "tabindex": "0"], [
                    .el("td", ["class": "num"], text: String(k + 1)), .el("td", [:], [who(entry.pupil)]),
                    .el("td", [:], text: entry.reasons.joined(separator: "; ")),
                ])
            }
            content.append(table(caption: s.supportersHeading, headers: ["#", s.columnPupil, s.columnWhy], rows: rows))
            let diagram = try Sociograms.supportersDiagram(
                network, focus: focus, supporters: support.supporters.map(\.pupil), options: diagramOptions())
            let caption = s.supportersCaption(labels[focus])
            content.append(try figure(diagram, view: "supporters", label: caption, caption: [.text(caption)]))
        }
        content.append(.el("h3", [:], text: s.supportGroupHeading))
        content.append(p(support.design))
        if !support.group.isEmpty {
            content.append(.el("ol", ["class": "members"], support.group.map { entry in
                .el("li", [:], [who(entry.pupil)] + (entry.role.map { [.text(" – " + $0)] } ?? []))
            }))
        }
        if support.excludedCount > 0 { content.append(p(s.excludedFromSupport(support.excludedCount))) }
        for note in support.notes { content.append(p(note, "aside")) }
        return content
    }

    /// A table with a caption (for screen readers only when a heading already says it), column
    /// headers and rows.
    func table(caption: String, headers: [String], rows: [HTML], captionVisible: Bool = false) -> HTML {
        .el("table", [:], [
            .el("caption", ["class": captionVisible ? "" : "sr-only"], text: caption),
            .el("thead", [:], [.el("tr", [:], headers.map { .el("th", ["scope": "col"], text: $0) })]),
            .el("tbody", [:], rows),
        ])
    }
}
