import Foundation

/// A small line chart over surveys, drawn by Graphviz from pinned positions (``LayoutEngine/pinned``):
/// one or more panels stacked, one x position per survey, each series a line with its own dash pattern
/// and marker shape (readable in black and white), its values written beside the points, a gap where a
/// value is unknown, and a dashed vertical mark where a measure started. PNG, SVG and PDF come from the
/// same DOT text through ``GraphvizRenderer``.
public struct LineChart: Sendable, Hashable {
    /// How a series is drawn.
    public enum Style: Int, Sendable, Hashable, CaseIterable {
        case first, second, third

        var dash: String { ["solid", "dashed", "dotted"][rawValue] }
        var shape: String { ["circle", "square", "triangle"][rawValue] }
        var color: String { ["#1f3d7a", "#a34a00", "#3d3d3d"][rawValue] }
        var fill: String { ["#1f3d7a", "white", "#9a9a9a"][rawValue] }
    }

    public struct Series: Sendable, Hashable {
        public var name: String
        /// One value per survey; `nil` where unknown (drawn as a gap).
        public var values: [Double?]
        public var style: Style

        public init(name: String, values: [Double?], style: Style) {
            self.name = name
            self.values = values
            self.style = style
        }
    }

    public struct Panel: Sendable, Hashable {
        /// The y axis' unit (`elever`, `valg`) or caption.
        public var caption: String
        /// Values are shares (0…1), shown as percentages on a 0–100 % axis.
        public var percent: Bool
        public var series: [Series]

        public init(caption: String, percent: Bool = false, series: [Series]) {
            self.caption = caption
            self.percent = percent
            self.series = series
        }
    }

    public var title: String
    /// The survey labels along the x axis.
    public var xLabels: [String]
    /// A second line under an x label (`ikke med`), or `nil`.
    public var xNotes: [String?]
    public var panels: [Panel]
    /// Index of the first survey after the measure started: the mark is drawn just before it.
    public var measureFrom: Int?
    public var measureLabel: String
    /// A line under the chart (the snapshot caveat).
    public var footnote: String
    /// The language's number format (decimal comma in bokmål).
    public var strings: Strings

    public init(
        title: String, xLabels: [String], xNotes: [String?] = [], panels: [Panel], measureFrom: Int? = nil,
        measureLabel: String = "", footnote: String = "", strings: Strings
    ) {
        self.title = title
        self.xLabels = xLabels
        self.xNotes = xNotes
        self.panels = panels
        self.measureFrom = measureFrom
        self.measureLabel = measureLabel
        self.footnote = footnote
        self.strings = strings
    }

    /// Points between two surveys, panel height, and the space between panels.
    static let step = 120.0, panelHeight = 130.0, panelGap = 62.0

    /// The DOT text (an undirected graph with every node pinned; Graphviz only draws it).
    ///
    /// - Complexity: O(*p* · *s* · *w*) for *p* panels of *s* series over *w* surveys.
    public func dot() -> String {
        var d = DOTLines()
        let n = xLabels.count
        let width = max(Self.step * 2, Self.step * Double(max(1, n - 1)))
        func x(_ k: Int) -> Double { n == 1 ? width / 2 : width * Double(k) / Double(n - 1) }
        let total = Double(panels.count) * Self.panelHeight + Double(max(0, panels.count - 1)) * Self.panelGap
        d.text(title, x: width / 2, y: total + 54, size: 13, bold: true)
        for (pi, panel) in panels.enumerated() {
            let bottom = total - Double(pi + 1) * Self.panelHeight - Double(pi) * Self.panelGap
            let scale = Self.axis(panel)
            func y(_ v: Double) -> Double { bottom + Self.panelHeight * min(1, max(0, v / scale.max)) }
            d.text(panel.caption, x: -6, y: bottom + Self.panelHeight + 14, size: 9, anchor: "l", italic: true)
            for tick in scale.ticks {
                d.line((0, y(tick)), (width, y(tick)), color: tick == 0 ? "#555555" : "#dddddd", width: 1, style: "solid")
                d.text(panel.percent ? strings.percent(tick) : "\(Int(tick))", x: -16, y: y(tick), size: 8)
            }
            d.line((0, bottom), (0, bottom + Self.panelHeight), color: "#555555", width: 1, style: "solid")
            if let m = measureFrom, m > 0, m < n {
                let mx = (x(m - 1) + x(m)) / 2
                d.line((mx, bottom - 4), (mx, bottom + Self.panelHeight + (pi == 0 ? 22 : 4)), color: "#000000", width: 1.2, style: "dashed")
                if pi == 0 { d.text(measureLabel, x: mx, y: bottom + Self.panelHeight + 30, size: 9, italic: true) }
            }
            for (si, series) in panel.series.enumerated() {
                var previous: String? = nil
                for k in 0..<n {
                    guard k < series.values.count, let v = series.values[k] else {
                        previous = nil
                        continue
                    }
                    let point = d.marker(series.style, x: x(k), y: y(v))
                    if let previous { d.edge(previous, point, color: series.style.color, width: 2, style: series.style.dash) }
                    previous = point
                    let text = panel.percent ? strings.percent(v) : "\(Int(v.rounded()))"
                    d.text(text, x: x(k) + 11, y: y(v) + (si % 2 == 0 ? 9 : -9), size: 8, color: series.style.color)
                }
            }
            if pi == panels.count - 1 {
                for k in 0..<n {
                    d.text(DOTEscaping.displayText(xLabels[k], maxLength: 20), x: x(k), y: bottom - 14, size: 9)
                    if k < xNotes.count, let note = xNotes[k] { d.text(note, x: x(k), y: bottom - 26, size: 8, italic: true) }
                }
            }
        }
        // Legend: a short line with the marker, then the series name, one row per series.
        var row = -48.0
        for panel in panels {
            for series in panel.series {
                let a = d.marker(series.style, x: 8, y: row), b = d.marker(series.style, x: 44, y: row)
                d.edge(a, b, color: series.style.color, width: 2, style: series.style.dash)
                d.text(series.name, x: 56, y: row, size: 9, anchor: "l")
                row -= 15
            }
        }
        if !footnote.isEmpty { d.text(footnote, x: -6, y: row - 4, size: 8, anchor: "l", italic: true) }
        return d.finish()
    }

    /// The y axis of a panel: a round maximum and its ticks.
    static func axis(_ panel: Panel) -> (max: Double, ticks: [Double]) {
        if panel.percent { return (1, [0, 0.25, 0.5, 0.75, 1]) }
        let top = panel.series.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
        let step: Double = top <= 5 ? 1 : (top <= 10 ? 2 : (top <= 25 ? 5 : 10))
        let maximum = max(step * 4, (top / step).rounded(.up) * step)
        return (maximum, stride(from: 0, through: maximum, by: step).map { $0 })
    }
}

/// The DOT statements of a pinned chart, with generated node names.
private struct DOTLines {
    private var lines = [
        "graph chart {",
        "  graph [splines=false, pad=0.25, bgcolor=white, fontname=\"Helvetica\"];",
        "  node [fontname=\"Helvetica\", fontsize=9, label=\"\"];",
        "  edge [penwidth=1];",
    ]
    private var count = 0

    private mutating func name() -> String {
        count += 1
        return "n\(count)"
    }

    private static func pos(_ x: Double, _ y: Double) -> String { "pos=\"\(fmt(x)),\(fmt(y))!\"" }

    static func fmt(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    /// A text centred at (x, y), or starting there (`anchor: "l"`).
    mutating func text(_ text: String, x: Double, y: Double, size: Double, anchor: String = "c", bold: Bool = false,
                       italic: Bool = false, color: String = "#000000") {
        guard !text.isEmpty else { return }
        let font = bold ? "Helvetica-Bold" : (italic ? "Helvetica-Oblique" : "Helvetica")
        let label = DOTEscaping.quoted(text)
        if anchor == "l" {
            // Left-anchored: a fixed-width box whose left edge is at x, the label justified left in it (`\l`).
            let width = max(1, Double(text.count) * size * 0.75) + 20
            lines.append("  \(name()) [shape=plaintext, margin=0, fixedsize=true, width=\(DOTLines.fmt(width / 72)), height=0.2, "
                + "fontsize=\(DOTLines.fmt(size)), fontname=\"\(font)\", fontcolor=\"\(color)\", label=\(label.dropLast())\\l\", "
                + "\(DOTLines.pos(x + width / 2, y))];")
        } else {
            lines.append("  \(name()) [shape=plaintext, margin=0, width=0, height=0, fontsize=\(DOTLines.fmt(size)), fontname=\"\(font)\", "
                + "fontcolor=\"\(color)\", label=\(label), \(DOTLines.pos(x, y))];")
        }
    }

    /// A marker of the style's shape; returns its node name.
    mutating func marker(_ style: LineChart.Style, x: Double, y: Double) -> String {
        let id = name()
        // The first series' disc is larger than the second's square, so a point both share shows both.
        let size = [0.15, 0.1, 0.15][style.rawValue]
        lines.append("  \(id) [shape=\(style.shape), width=\(size), height=\(size), fixedsize=true, style=filled, "
            + "fillcolor=\"\(style.fill)\", color=\"\(style.color)\", penwidth=1.2, \(DOTLines.pos(x, y))];")
        return id
    }

    mutating func edge(_ a: String, _ b: String, color: String, width: Double, style: String) {
        lines.append("  \(a) -- \(b) [color=\"\(color)\", penwidth=\(DOTLines.fmt(width)), style=\(style)];")
    }

    /// A straight line between two points (invisible end nodes).
    mutating func line(_ a: (Double, Double), _ b: (Double, Double), color: String, width: Double, style: String) {
        let p = name(), q = name()
        for (id, point) in [(p, a), (q, b)] {
            lines.append("  \(id) [shape=point, width=0.01, height=0.01, style=invis, \(DOTLines.pos(point.0, point.1))];")
        }
        edge(p, q, color: color, width: width, style: style)
    }

    func finish() -> String { (lines + ["}"]).joined(separator: "\n") + "\n" }
}
