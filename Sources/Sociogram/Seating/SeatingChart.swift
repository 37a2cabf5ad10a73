/// The seating chart as Graphviz DOT with every position fixed (drawn with `nop`, positions in points):
/// the board as a bar across the front, each table as a box behind its seats, each seat a box with
/// the pupil's label, ★ where the pupil sits beside someone they chose. Drawn to scale on the grid.
///
/// Printed on A4 landscape the drawing is shrunk to the page (`size="11,7.8"`), so a wide room (a
/// horseshoe of 30 is twelve seats across) would print names at 5 pt. The font therefore grows with the
/// room's width so that a name prints at about 9 pt however wide the room is, names wrap onto two lines
/// (first name, then the rest), and the seat boxes grow in height to fit.
public enum SeatingChart {
    /// Points per grid column.
    static let cellWidth = 150.0
    /// The printable width of A4 landscape in points (11 in), and the size names should print at.
    static let pageWidth = 792.0, printedFont = 9.0

    /// The font size of the names for a room `columns` wide: 12 pt, or more when the page shrinks the drawing.
    static func fontSize(columns: Int) -> Double {
        let scale = min(1, pageWidth / (Double(max(columns, 1)) * cellWidth))
        return min(22, max(12, (printedFont / scale).rounded()))
    }

    /// A name on two lines: the first word, then the rest (a single word stays on one line).
    static func twoLines(_ label: String) -> [String] {
        guard let space = label.firstIndex(of: " ") else { return [label] }
        return [String(label[..<space]), String(label[label.index(after: space)...])]
    }

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
        let font = fontSize(columns: room.columns)
        let cellHeight = max(62, (font * 2 + font * 0.7) * 1.3 + 16)
        func x(_ column: Double) -> Double { (column - 0.5) * cellWidth }
        func y(_ row: Double) -> Double { -(row - 0.5) * cellHeight }
        var lines = ["graph seating {", "  graph [splines=false, pad=0.3, fontname=\"Helvetica\", size=\"11.0,7.8\", ratio=compress];",
                     "  node [fontname=\"Helvetica\", fontsize=\(fmt(font))];"]
        let width = Double(room.columns) * cellWidth
        lines.append("  board [shape=box, style=filled, fillcolor=\"#444444\", fontcolor=white, label=\(DOTEscaping.quoted(strings.seatingBoard)), "
            + "width=\(fmt(width / 72)), height=\(fmt(font * 1.8 / 72)), fixedsize=true, pos=\"\(fmt(width / 2)),\(fmt(cellHeight * 0.6))!\"];")
        for (t, seats) in room.tables.enumerated() where seats.count > 1 {
            let rows = seats.map { Double(room.seats[$0].row) }, cols = seats.map { Double(room.seats[$0].column) }
            guard let r0 = rows.min(), let r1 = rows.max(), let c0 = cols.min(), let c1 = cols.max() else { continue }
            let w = (c1 - c0 + 1) * cellWidth - 8, h = (r1 - r0 + 1) * cellHeight - 8
            lines.append("  table\(t + 1) [shape=box, style=\"filled,rounded\", fillcolor=\"#f1ead8\", color=\"#8a7a55\", label=\"\", "
                + "width=\(fmt(w / 72)), height=\(fmt(h / 72)), fixedsize=true, pos=\"\(fmt(x((c0 + c1) / 2))),\(fmt(y((r0 + r1) / 2)))!\"];")
        }
        for (s, seat) in room.seats.enumerated() {
            let i = pupilAt[s]
            // A table keeps the seat name and the pupil's name apart (a plain <br/> lets «Å» touch «A3»).
            var label = "<<table border=\"0\" cellspacing=\"0\" cellpadding=\"1\"><tr><td><font point-size=\"\(fmt(font * 0.7))\" "
                + "color=\"#555555\">\(DOTEscaping.html(seat.name))</font></td></tr>"
            if i >= 0 {
                var name = twoLines(labels[i]).map { DOTEscaping.html(DOTEscaping.displayText($0, maxLength: 16)) }
                if !unmetBeside.contains(i) { name[name.count - 1] += " ★" }
                label += "<tr><td>" + name.joined(separator: "<br/>") + "</td></tr>"
            }
            label += "</table>>"
            lines.append("  s\(s) [shape=box, style=filled, fillcolor=\(i >= 0 ? "white" : "\"#eeeeee\""), color=\"#666666\", margin=0.02, "
                + "label=\(label), width=\(fmt((cellWidth - 16) / 72)), height=\(fmt((cellHeight - 16) / 72)), "
                + "fixedsize=true, pos=\"\(fmt(x(Double(seat.column)))),\(fmt(y(Double(seat.row))))!\"];")
        }
        lines.append("  legend [shape=plaintext, fontsize=\(fmt(font * 0.8)), label=\(DOTEscaping.quotedLines([strings.seatingChartLegend, strings.seatingCaveat])), "
            + "pos=\"\(fmt(width / 2)),\(fmt(y(Double(room.rows) + 1.0)))!\"];")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func fmt(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
