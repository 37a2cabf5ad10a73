/// The seating chart as Graphviz DOT with every position fixed (drawn with `nop`, positions in points):
/// the board as a bar across the front, each table as a box behind its seats, each seat a box with
/// the pupil's label, ★ where the pupil sits beside someone they chose. Drawn to scale on the grid.
public enum SeatingChart {
    /// Points per grid column and per grid row.
    static let cellWidth = 124.0, cellHeight = 54.0

    /// The DOT text of plan `rotation` of `result`; `labels[i]` is how pupil `i` is written (names,
    /// initials or codes: in a pseudonymised run no name reaches the chart).
    ///
    /// - Complexity: O(seats).
    public static func dot(_ result: SeatingResult, rotation: Int, labels: [String], strings: Strings) -> String {
        let room = result.room
        let plan = result.plans[rotation]
        var pupilAt = Array(repeating: -1, count: room.capacity)
        for (i, s) in plan.seatOf.enumerated() { pupilAt[s] = i }
        let unmetBeside = Set(plan.unmet.filter { $0.kind == .besideChosen }.flatMap(\.pupils))
        func x(_ column: Double) -> Double { (column - 0.5) * cellWidth }
        func y(_ row: Double) -> Double { -(row - 0.5) * cellHeight }
        var lines = ["graph seating {", "  graph [splines=false, pad=0.3, fontname=\"Helvetica\", size=\"11.0,7.8\", ratio=compress];",
                     "  node [fontname=\"Helvetica\", fontsize=10];"]
        let width = Double(room.columns) * cellWidth
        lines.append("  board [shape=box, style=filled, fillcolor=\"#444444\", fontcolor=white, label=\(DOTEscaping.quoted(strings.seatingBoard)), "
            + "width=\(fmt(width / 72)), height=0.35, fixedsize=true, pos=\"\(fmt(width / 2)),\(fmt(cellHeight * 0.6))!\"];")
        for (t, seats) in room.tables.enumerated() where seats.count > 1 {
            let rows = seats.map { Double(room.seats[$0].row) }, cols = seats.map { Double(room.seats[$0].column) }
            guard let r0 = rows.min(), let r1 = rows.max(), let c0 = cols.min(), let c1 = cols.max() else { continue }
            let w = (c1 - c0 + 1) * cellWidth - 8, h = (r1 - r0 + 1) * cellHeight - 8
            lines.append("  table\(t + 1) [shape=box, style=\"filled,rounded\", fillcolor=\"#f1ead8\", color=\"#8a7a55\", label=\"\", "
                + "width=\(fmt(w / 72)), height=\(fmt(h / 72)), fixedsize=true, pos=\"\(fmt(x((c0 + c1) / 2))),\(fmt(y((r0 + r1) / 2)))!\"];")
        }
        for (s, seat) in room.seats.enumerated() {
            let i = pupilAt[s]
            let text = i >= 0 ? DOTEscaping.displayText(labels[i], maxLength: 18) + (unmetBeside.contains(i) ? "" : " ★") : ""
            lines.append("  s\(s) [shape=box, style=filled, fillcolor=\(i >= 0 ? "white" : "\"#eeeeee\""), color=\"#666666\", "
                + "label=\(DOTEscaping.quotedLines([seat.name, text])), width=\(fmt((cellWidth - 16) / 72)), height=\(fmt((cellHeight - 16) / 72)), "
                + "fixedsize=true, pos=\"\(fmt(x(Double(seat.column)))),\(fmt(y(Double(seat.row))))!\"];")
        }
        lines.append("  legend [shape=plaintext, label=\(DOTEscaping.quotedLines([strings.seatingChartLegend, strings.seatingCaveat])), "
            + "pos=\"\(fmt(width / 2)),\(fmt(y(Double(room.rows) + 1.0)))!\"];")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func fmt(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
