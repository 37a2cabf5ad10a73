extension ReportContext {
    /// The seating plan (`report --seating ROOM`): per rotation the chart drawn to scale, who sits at
    /// the same table, beside and in front or behind whom, what is not met and why, and the caveat that
    /// a seating plan supports, never replaces, the follow-up of a pupil.
    ///
    /// The plan's pupils are the network's (same indices), so every label is the report's own: in a
    /// pseudonymised report only codes appear.
    func seatingSection() throws(RenderError) -> HTML {
        guard let seating = options.seating else { return section("seating", s.reportSeatingTitle, []) }
        let room = seating.room
        var content: [HTML] = [p(s.reportSeatingIntro(room: room.name)), p(s.seatingCaveat, "aside")]
        for (r, plan) in seating.plans.enumerated() {
            let rotation = s.seatingRotation(r + 1, of: seating.plans.count)
            if seating.plans.count > 1 { content.append(.el("h3", [:], text: rotation)) }
            let diagram = Diagram(dot: SeatingChart.dot(seating, rotation: r, labels: labels, strings: s), engine: .pinned)
            content.append(try figure(
                diagram, view: "seating\(r + 1)", label: s.reportSeatingChartLabel(rotation),
                caption: [.text(s.seatingChartLegend)]))
            content.append(.el("h4", [:], text: s.reportSeatingNeighboursHeading))
            content.append(neighboursTable(plan, room: room))
            content.append(.el("h4", [:], text: s.reportSeatingUnmetHeading))
            if plan.unmet.isEmpty {
                content.append(p(s.reportSeatingAllMet))
            } else {
                content.append(.el("ul", [:], plan.unmet.sorted { $0.hard && !$1.hard }.map {
                    .el("li", [:], text: s.seatingUnmet($0, who: sorted($0.pupils).map { labels[$0] }))
                }))
            }
        }
        return section("seating", s.reportSeatingTitle, content)
    }

    /// One row per pupil in the report's order: desk-mates, beside, in front or behind.
    private func neighboursTable(_ plan: SeatingPlan, room: Room) -> HTML {
        var by = Array(repeating: [SeatNeighbours.Kind: [Int]](), count: network.count)
        for pair in plan.neighbourPairs(in: room) {
            by[pair.a][pair.kind, default: []].append(pair.b)
            by[pair.b][pair.kind, default: []].append(pair.a)
        }
        let kinds: [SeatNeighbours.Kind] = [.table, .beside, .frontBehind]
        let head = HTML.el("tr", [:], ([s.reportSeatingColumnPupil, s.reportSeatingColumnTable, s.reportSeatingColumnBeside,
                                         s.reportSeatingColumnFrontBehind]).map { .el("th", ["scope": "col"], text: $0) })
        let rows = alphabetical.filter { $0 < plan.seatOf.count }.map { i -> HTML in
            let cells = kinds.map { kind -> HTML in
                let others = sorted(by[i][kind] ?? [])
                return .el("td", [:], others.isEmpty ? [.text(s.reportSeatingNone)] : [whoList(others)])
            }
            return .el("tr", [:], [.el("th", ["scope": "row"], [who(i)])] + cells)
        }
        return .el("table", ["class": "seating-neighbours"], [.el("thead", [:], [head]), .el("tbody", [:], rows)])
    }
}
