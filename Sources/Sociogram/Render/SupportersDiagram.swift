import Foundation

extension Sociograms {
    /// The supporters view: pupil `focus` in the centre, the suggested supporters around them in rank
    /// order (clockwise from the top, numbered), the ties between each supporter and the focus pupil in
    /// the usual styles, and ties among the supporters faint. Positions are pinned.
    ///
    /// - Throws: ``RenderError/invalidInput(_:)`` for a pupil that is not in the class, or the focus
    ///   pupil among the supporters.
    /// - Complexity: O(*n* log *n* + *m* log *m*).
    public static func supportersDiagram(
        _ network: ClassNetwork, focus: Int, supporters: [Int], options: DiagramOptions = DiagramOptions()
    ) throws(RenderError) -> Diagram {
        for i in [focus] + supporters where !network.pupils.indices.contains(i) {
            throw .invalidInput(.pupilNotInClass(number: i + 1, pupils: network.count))
        }
        guard !supporters.contains(focus), Set(supporters).count == supporters.count else {
            throw .invalidInput(.supportersNotOthers)
        }
        let painter = PupilPainter(network: network, options: options)
        let drawn = DrawnRelation(network: network, options: options)
        let strings = painter.strings
        var legend = Legend(title: strings.supportersTitle(painter.labels[focus]))
        let drawnMembers = Set([focus] + supporters)
        drawn.describe(into: &legend, strings: strings, among: drawnMembers) { $0.from == focus || $0.to == focus }
        if !drawn.isNegative && drawn.ties.ties(among: drawnMembers).contains(where: { $0.from != focus && $0.to != focus }) {
            legend.add(.tie(.faint), strings.amongSupporters)
        }
        legend.add(.fill(SociogramStyle.fillFocus, double: false, dashed: false), strings.focus)
        if !supporters.isEmpty {
            legend.add(.fill(SociogramStyle.fillSupporter, double: false, dashed: false), strings.supporter)
        }
        painter.legendRows(for: [focus] + supporters, into: &legend, emphasised: drawnMembers, size: drawn.sizeLegend(strings))
        var writer = DOTWriter(graphName: "supporters")
        writer.begin(plan: .pinned, options: options, legend: legend, strings: strings)
        let widths = supporters.map { SociogramStyle.width(received: drawn.size(of: $0, painter: painter)) * 72 + 40 }
        let radius = max(150, widths.reduce(0, +) / (2 * Double.pi))
        var focusAttributes = painter.attributes(focus, received: drawn.size(of: focus, painter: painter), emphasis: .focus)
        focusAttributes.append(("pos", .pinned(x: 0, y: 0)))
        writer.node(PupilPainter.id(focus), focusAttributes)
        for (rank, i) in supporters.enumerated() {
            let angle = Double.pi / 2 - 2 * Double.pi * Double(rank) / Double(max(supporters.count, 1))
            var attributes = painter.attributes(
                i, received: drawn.size(of: i, painter: painter), emphasis: .supporter, prefix: "\(rank + 1). ")
            attributes.append(("pos", .pinned(x: radius * cos(angle), y: radius * sin(angle))))
            writer.node(PupilPainter.id(i), attributes)
        }
        drawn.drawEdges(among: Set([focus] + supporters), into: &writer, painter: painter) { tie in
            if drawn.isNegative { return tie.mutual ? .negativeMutual : .negativeOneWay }
            guard tie.from == focus || tie.to == focus else { return .faint }
            return .positive(tie)
        }
        return Diagram(dot: writer.finish(), engine: .pinned)
    }
}
