extension Sociograms {
    /// The ego view of one pupil: the pupil in focus, everyone they chose and everyone who chose them in
    /// the drawn questions (and, with ``DiagramOptions/showNegative``, in the negative questions), and
    /// the ties among all of these. The focus pupil is highlighted; sizes are choices received in the
    /// whole class, so they match the class view.
    ///
    /// - Throws: ``RenderError/invalidInput(_:)`` when `focus` is not a pupil of the network.
    /// - Complexity: O(*n* log *n* + *m* log *m*).
    public static func egoDiagram(_ network: ClassNetwork, focus: Int, options: DiagramOptions = DiagramOptions())
        throws(RenderError) -> Diagram
    {
        guard network.pupils.indices.contains(focus) else {
            throw .invalidInput(.pupilNotInClass(number: focus + 1, pupils: network.count))
        }
        let painter = PupilPainter(network: network, options: options)
        let drawn = DrawnRelation(network: network, options: options)
        var members: Set<Int> = [focus]
        for summary in [drawn.ties] + (drawn.overlay.map { [$0] } ?? []) {
            members.formUnion(summary.choices[focus])
            members.formUnion(network.pupils.indices.filter { summary.chose($0, focus) })
        }
        let ordered = members.sorted()
        let plan = drawn.safe(options.layout ?? .automatic(pupils: ordered.count, ties: drawn.edgeCount(among: members), clusters: false))
        var legend = Legend(title: painter.strings.egoTitle(painter.labels[focus]))
        drawn.describe(into: &legend, strings: painter.strings, among: members) { $0.from == focus || $0.to == focus }
        if drawn.ties.ties(among: members).contains(where: { $0.from != focus && $0.to != focus }) && !drawn.isNegative {
            legend.add(.tie(.faint), painter.strings.otherTies)
        }
        legend.add(.fill(SociogramStyle.fillFocus, double: false, dashed: false), painter.strings.focus)
        painter.legendRows(for: ordered, into: &legend, emphasised: [focus], size: drawn.sizeLegend(painter.strings))
        var writer = DOTWriter(graphName: "ego")
        writer.begin(plan: plan, options: options, legend: legend, strings: painter.strings)
        for i in ordered {
            writer.node(
                PupilPainter.id(i),
                painter.attributes(i, received: drawn.size(of: i, painter: painter), emphasis: i == focus ? .focus : .none))
        }
        drawn.drawEdges(among: members, into: &writer, painter: painter) { tie in
            let touchesFocus = tie.from == focus || tie.to == focus
            if drawn.isNegative { return tie.mutual ? .negativeMutual : .negativeOneWay }
            return touchesFocus ? .positive(tie) : .faint
        }
        return Diagram(dot: writer.finish(), engine: plan.engine)
    }
}
