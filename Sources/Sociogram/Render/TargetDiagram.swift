import Foundation

extension Sociograms {
    /// The target sociogram (målskive): pupils on concentric rings by choices received in the drawn
    /// questions, most chosen in the centre; girls left and boys right where gender is known; faint
    /// circles between the rings; ties drawn as in the class view. Positions are computed by
    /// ``TargetLayout`` and pinned; Graphviz only draws.
    ///
    /// - Complexity: O(*n* log *n* + *m* log *m*).
    public static func targetDiagram(_ network: ClassNetwork, options: DiagramOptions = DiagramOptions()) -> Diagram {
        var painter = PupilPainter(network: network, options: options)
        painter.fontSize = SociogramStyle.targetNodeFontSize
        painter.outside = .below
        let drawn = DrawnRelation(network: network, options: options)
        let sizes = network.pupils.indices.map { drawn.size(of: $0, painter: painter) }
        let layout = TargetLayout(
            received: sizes, genders: network.pupils.map(\.gender),
            extents: network.pupils.indices.map { i in
                let placed = painter.placement(i, received: sizes[i])
                return TargetLayout.Extent(halfWidth: placed.halfWidth, above: placed.above, below: placed.below)
            })
        let strings = painter.strings
        var legend = Legend(title: strings.targetTitle(DOTEscaping.displayText(network.name)))
        drawn.describe(into: &legend, strings: strings)
        legend.subtitles.append(strings.rings)
        if network.pupils.contains(where: { $0.gender == .girl || $0.gender == .boy }) {
            legend.subtitles.append(strings.halves)
        }
        // The rings on one line: five lines of them made the picture taller, and so smaller on paper.
        legend.subtitles.append(layout.rings.enumerated().map { k, ring in strings.ring(k + 1, ring.low, ring.high) }
            .joined(separator: " · "))
        painter.legendRows(for: Array(network.pupils.indices), into: &legend, size: drawn.sizeLegend(strings))
        var writer = DOTWriter(graphName: "target")
        writer.begin(plan: .pinned, options: options, legend: legend, strings: strings)
        // A narrow margin: the picture's width sets its size on paper.
        writer.defaults("graph", [("fontsize", .number(SociogramStyle.targetLegendFontSize)), ("pad", .number(0.1))])
        writer.defaults("node", [("fontsize", .number(SociogramStyle.targetNodeFontSize))])
        drawGuides(layout, network: network, strings: strings, into: &writer)
        for i in network.pupils.indices {
            var attributes = painter.attributes(i, received: sizes[i])
            attributes.append(("pos", .pinned(x: layout.position[i].x, y: layout.position[i].y)))
            writer.node(PupilPainter.id(i), attributes)
        }
        drawn.drawEdges(among: nil, into: &writer, painter: painter)
        return Diagram(dot: writer.finish(), engine: .pinned)
    }

    /// Ring circles between the rings, an outer circle, the lines between the gender sectors and their
    /// captions. Returns the outer radius.
    @discardableResult
    private static func drawGuides(
        _ layout: TargetLayout, network: ClassNetwork, strings: DiagramStrings, into writer: inout DOTWriter
    ) -> Double {
        let radii = layout.rings.map(\.radius)
        var boundaries: [Double] = []
        for k in radii.indices.dropLast() { boundaries.append((radii[k] + radii[k + 1]) / 2) }
        let outer = layout.outerRadius
        boundaries.append(outer)
        let guide: [(String, DOTValue)] = [
            ("shape", .keyword("circle")), ("fixedsize", .keyword("true")), ("label", .text("")),
            ("style", .keyword("dashed")), ("color", .keyword(SociogramStyle.ringColor)), ("penwidth", .number(1)),
            ("pos", .pinned(x: 0, y: 0)),
        ]
        for (k, radius) in boundaries.enumerated() where radius > 0 {
            writer.node("ring\(k)", [("width", .number(2 * radius / 72))] + guide)
        }
        let known = network.pupils.contains { $0.gender == .girl || $0.gender == .boy }
        guard known else { return outer }
        let point: [(String, DOTValue)] = [("shape", .keyword("point")), ("width", .number(0.01)), ("style", .keyword("invis"))]
        writer.node("centre", point + [("pos", .pinned(x: 0, y: 0))])
        let others = network.pupils.filter { $0.gender != .girl && $0.gender != .boy }.count
        let bottom = 2 * Double.pi * Double(others) / Double(max(network.count, 1))
        let half = (2 * Double.pi - bottom) / 2
        var angles = [Double.pi / 2, Double.pi / 2 + half]
        if others > 0 { angles.append(Double.pi / 2 + half + bottom) }
        for (k, angle) in angles.enumerated() {
            writer.node("divide\(k)", point + [("pos", .pinned(x: outer * cos(angle), y: outer * sin(angle)))])
            writer.edge("centre", "divide\(k)", [
                ("dir", .keyword("none")), ("style", .keyword("dashed")), ("color", .keyword(SociogramStyle.ringColor)),
            ])
        }
        let caption: [(String, DOTValue)] = [("shape", .keyword("plaintext")), ("fontsize", .number(SociogramStyle.targetLegendFontSize)), ("fixedsize", .keyword("false"))]
        writer.node("girls", caption + [("label", .text(strings.girls)), ("pos", .pinned(x: -outer * 0.55, y: outer + 16))])
        writer.node("boys", caption + [("label", .text(strings.boys)), ("pos", .pinned(x: outer * 0.55, y: outer + 16))])
        return outer
    }
}
