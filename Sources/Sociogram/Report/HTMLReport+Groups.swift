extension ReportContext {
    /// Subgroups (everyone chose everyone), groups in the network (communities), pupils with many
    /// mutual choices and pupils whose standing rests on such a pupil's choice — in words.
    func groupsSection() -> HTML {
        var content: [HTML] = []
        guard hasPositive else {
            return section("groups", s.groupsSectionTitle, [p(s.note(.noPositiveQuestion))])
        }
        content.append(.el("h3", [:], text: s.subgroupsHeading))
        if analysis.subgroups.isEmpty {
            content.append(p(s.noSubgroups))
        } else {
            content.append(p(s.subgroupsIntro(analysis.subgroups.count)))
            content.append(.el("ol", ["class": "groups"], analysis.subgroups.map { .el("li", [:], [whoList(sorted($0))]) }))
        }
        if let communities = analysis.communities {
            let groups = communities.members.filter { $0.count >= 2 }
            let alone = communities.members.filter { $0.count == 1 }.flatMap { $0 }
            content.append(.el("h3", [:], text: s.communitiesHeading))
            content.append(p(s.communitiesIntro(
                groups.count, modularity: communities.modularity.map { s.decimal($0) },
                clear: (communities.modularity ?? 0) >= 0.3)))
            content.append(.el("ol", ["class": "groups"], groups.map { .el("li", [:], [whoList(sorted($0))]) }))
            if !alone.isEmpty {
                content.append(.el("p", [:], [.text(s.communitiesAlone + " "), whoList(sorted(alone)), .text(".")]))
            }
        }
        let stars = sorted(analysis.pupils.filter { $0.flags.contains(.star) }.map(\.index))
        let power = sorted(analysis.pupils.filter { $0.flags.contains(.powerPosition) }.map(\.index))
        content.append(.el("h3", [:], text: s.positionsHeading))
        content.append(.el("p", [:], [.text(s.starsSentence + " "), whoList(stars), .text(".")]))
        content.append(.el("p", [:], [.text(s.powerSentence + " "), whoList(power), .text(".")]))
        content.append(p(s.positionsNote, "aside"))
        return section("groups", s.groupsSectionTitle, content)
    }
}
