extension Sociograms {
    /// The groups as the class may see them: each group a box with its number and its members' names
    /// (the leader first, marked ★), groups in order, four to a row — and nothing else: no ties, no
    /// sizes, no colours for pupils nobody chose. It is what a teacher shows on the board or hands out;
    /// the teacher's own view with the ties is ``groupsDiagram(_:groups:options:)``.
    ///
    /// Drawn as one Graphviz table (HTML-like label), so the order and the layout never depend on a
    /// spring model and the names print at the report's name size.
    ///
    /// - Throws: ``RenderError/invalidInput(_:)`` as ``groupsDiagram(_:groups:options:)``.
    /// - Complexity: O(*n*).
    public static func groupsClassView(
        _ network: ClassNetwork, groups input: GroupsDiagramInput, options: DiagramOptions = DiagramOptions()
    ) throws(RenderError) -> Diagram {
        try validate(input, in: network)
        let painter = PupilPainter(network: network, options: options)
        let strings = painter.strings
        let perRow = 4
        var rows: [String] = []
        for start in stride(from: 0, to: input.groups.count, by: perRow) {
            var cells = ""
            for g in start..<min(start + perRow, input.groups.count) {
                let leader = g < input.leaders.count ? input.leaders[g] : nil
                let members = (leader.map { [$0] } ?? []) + input.groups[g].filter { $0 != leader }.sorted { painter.labels[$0] < painter.labels[$1] }
                var box = "<TABLE BORDER=\"1\" COLOR=\"#7f8c8d\" STYLE=\"ROUNDED\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"4\">"
                box += "<TR><TD><B><FONT POINT-SIZE=\"\(Self.classViewFontSize + 2)\">\(DOTEscaping.html(strings.group(g + 1)))</FONT></B></TD></TR>"
                for i in members {
                    let name = (i == leader ? "★ " : "") + painter.labels[i]
                    box += "<TR><TD ALIGN=\"LEFT\">\(DOTEscaping.html(name))</TD></TR>"
                }
                box += "</TABLE>"
                cells += "<TD VALIGN=\"TOP\">\(box)</TD>"
            }
            rows.append("<TR>\(cells)</TR>")
        }
        var footer = ""
        if input.leaders.contains(where: { $0 != nil }) {
            footer = "<TR><TD COLSPAN=\"\(perRow)\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(Self.classViewFontSize - 2)\">\(DOTEscaping.html("★ = " + strings.leader))</FONT></TD></TR>"
        }
        let table = "<TABLE BORDER=\"0\" CELLSPACING=\"12\">" + rows.joined() + footer + "</TABLE>"
        var writer = DOTWriter(graphName: "groups")
        writer.defaults("graph", [("fontname", .text(SociogramStyle.font)), ("pad", .number(0.3))])
        writer.defaults("node", [("fontname", .text(SociogramStyle.font)), ("fontsize", .number(Self.classViewFontSize)), ("shape", .keyword("plaintext"))])
        writer.node("groups", [("label", .html(table))])
        return Diagram(dot: writer.finish(), engine: .dot)
    }

    /// Names in the class view: 14 pt, to be read from the back of a classroom or on a hand-out.
    static let classViewFontSize = 14.0

    /// The checks both groups views make: every pupil in the class and in one group, leaders in their group.
    static func validate(_ input: GroupsDiagramInput, in network: ClassNetwork) throws(RenderError) {
        var seen = Set<Int>()
        for (g, group) in input.groups.enumerated() {
            for i in group {
                guard network.pupils.indices.contains(i) else {
                    throw .invalidInput(.groupNamesUnknownPupil(group: g + 1, number: i + 1))
                }
                guard seen.insert(i).inserted else { throw .invalidInput(.pupilInTwoGroups(number: i + 1)) }
            }
            if g < input.leaders.count, let leader = input.leaders[g], !group.contains(leader) {
                throw .invalidInput(.leaderNotInGroup(group: g + 1))
            }
        }
    }
}
