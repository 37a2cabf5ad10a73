extension Sociograms {
    /// The grade view: each class a box (cluster), ties inside a class as in the class view, ties
    /// across classes in purple. Pupils without a class are drawn outside the boxes. Stays fast at 250
    /// pupils through the size-based layout plan (`fdp` with straight edges above 60 pupils).
    ///
    /// - Complexity: O(*n* log *n* + *m* log *m*) to build; layout time in `docs/rendering.md`.
    public static func gradeDiagram(_ network: ClassNetwork, options: DiagramOptions = DiagramOptions()) -> Diagram {
        let painter = PupilPainter(network: network, options: options)
        let drawn = DrawnRelation(network: network, options: options)
        let classNames = network.classNames
        let plan = drawn.safe(options.layout
            ?? .automatic(pupils: network.count, ties: drawn.edgeCount(among: nil), clusters: true))
        let strings = painter.strings
        var legend = Legend(title: strings.gradeTitle(DOTEscaping.displayText(network.name)))
        let sameClass = { (tie: TieSummary.Tie) in network.pupils[tie.from].className == network.pupils[tie.to].className }
        drawn.describe(into: &legend, strings: strings, styled: sameClass)
        legend.subtitles.append(strings.classBox)
        if !drawn.isNegative && drawn.ties.ties.contains(where: { !sameClass($0) }) {
            legend.add(.tie(.crossClass), strings.crossClass)
        }
        painter.legendRows(for: Array(network.pupils.indices), into: &legend, size: drawn.sizeLegend(strings))
        var writer = DOTWriter(graphName: "grade")
        writer.begin(plan: plan, options: options, legend: legend, strings: strings)
        for (k, name) in classNames.enumerated() {
            writer.beginSubgraph("cluster_c\(k)", [
                ("label", .text(strings.className(DOTEscaping.displayText(name)))), ("style", .keyword("rounded")),
                ("color", .keyword("#7f8c8d")), ("fontsize", .number(12)), ("labeljust", .keyword("c")),
                ("labelloc", .keyword("t")),
            ])
            for i in network.pupils.indices where network.pupils[i].className == name {
                writer.node(PupilPainter.id(i), painter.attributes(i, received: drawn.size(of: i, painter: painter)))
            }
            writer.endSubgraph()
        }
        for i in network.pupils.indices where network.pupils[i].className == nil {
            writer.node(PupilPainter.id(i), painter.attributes(i, received: drawn.size(of: i, painter: painter)))
        }
        drawn.drawEdges(among: nil, into: &writer, painter: painter) { tie in
            let same = network.pupils[tie.from].className == network.pupils[tie.to].className
            if drawn.isNegative { return tie.mutual ? .negativeMutual : .negativeOneWay }
            return same ? .positive(tie) : .crossClass
        }
        return Diagram(dot: writer.finish(), engine: plan.engine)
    }
}
