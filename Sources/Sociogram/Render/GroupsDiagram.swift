/// Groups to draw: pupil indices per group and, where one is appointed, the group's leader.
public struct GroupsDiagramInput: Sendable, Hashable {
    /// Each group's pupils (indices into the network). Pupils in no group are not drawn.
    public var groups: [[Int]]
    /// `leaders[g]`: the leader of group `g`, or `nil`; may be shorter than `groups`.
    public var leaders: [Int?]

    public init(groups: [[Int]], leaders: [Int?] = []) {
        self.groups = groups
        self.leaders = leaders
    }
}

extension Sociograms {
    /// The groups view: each group a box with its leader marked (★, thick outline) and the ties that
    /// hold the group together (the drawn questions' ties inside the group). Ties between groups are
    /// left out.
    ///
    /// - Throws: ``RenderError/invalidInput(_:)`` for a pupil that is not in the class or is in two
    ///   groups, or a leader outside their group.
    /// - Complexity: O(*n* log *n* + *m* log *m*).
    public static func groupsDiagram(
        _ network: ClassNetwork, groups input: GroupsDiagramInput, options: DiagramOptions = DiagramOptions()
    ) throws(RenderError) -> Diagram {
        try validate(input, in: network)
        let seen = Set(input.groups.joined())
        let painter = PupilPainter(network: network, options: options)
        let drawn = DrawnRelation(network: network, options: options)
        let strings = painter.strings
        let inGroup = input.groups.map { Set($0) }
        let ties = inGroup.reduce(0) { $0 + drawn.edgeCount(among: $1) }
        let plan = drawn.safe(options.layout ?? .automatic(pupils: seen.count, ties: ties, clusters: true))
        var legend = Legend(title: strings.groupsTitle)
        // Only the ties drawn: those inside a group, not the class's ties between groups.
        var groupOf: [Int: Int] = [:]
        for (g, members) in input.groups.enumerated() { for i in members { groupOf[i] = g } }
        drawn.describe(into: &legend, strings: strings, drawn: { tie in
            groupOf[tie.from].map { $0 == groupOf[tie.to] } ?? false
        })
        legend.subtitles.append(strings.withinGroup)
        if input.leaders.contains(where: { $0 != nil }) { legend.add(.glyph("★", color: "#34495e"), strings.leader) }
        painter.legendRows(for: seen.sorted(), into: &legend, size: drawn.sizeLegend(strings))
        var writer = DOTWriter(graphName: "groups")
        writer.begin(plan: plan, options: options, legend: legend, strings: strings)
        for (g, group) in input.groups.enumerated() {
            writer.beginSubgraph("cluster_g\(g)", [
                ("label", .text(strings.group(g + 1))), ("style", .keyword("rounded")), ("color", .keyword("#7f8c8d")),
                ("fontsize", .number(12)), ("labelloc", .keyword("t")),
            ])
            let leader = g < input.leaders.count ? input.leaders[g] : nil
            for i in group.sorted() {
                writer.node(
                    PupilPainter.id(i),
                    painter.attributes(
                        i, received: drawn.size(of: i, painter: painter), emphasis: i == leader ? .leader : .none,
                        prefix: i == leader ? "★ " : ""))
            }
            writer.endSubgraph()
        }
        for members in inGroup { drawn.drawEdges(among: members, into: &writer, painter: painter) }
        return Diagram(dot: writer.finish(), engine: plan.engine)
    }
}
