/// Where a pupil's name is written: inside the shape when it fits there; otherwise, in a view whose
/// positions Sociogram computes (the target), just under the shape, so that no name is cut by the outline
/// of a small circle or triangle (issue 20); in a view a layout engine spreads out, still centred on the
/// shape as plain text (see ``Outside/over``).
///
/// The text's size is estimated from Helvetica's character widths (``characterWidth(_:)``), lines
/// 1.2 em apart. Both ways use an HTML-like label, so the text stays part of the node
/// (its tooltip, its id, and the space the layout engines keep free around a node's label). A name
/// under its shape makes that space twice as tall (the label is centred on the node, with an empty row
/// as tall as the shape above the text): a spring layout spread that wide would print too small.
struct LabelPlacement: Sendable, Hashable {
    /// Where a name that does not fit inside goes.
    enum Outside: Sendable, Hashable {
        /// Under the shape.
        case below
        /// Centred on the shape as plain text, running over its outline: what the spring views use
        /// for now. A backing of the shape's fill (an HTML-like label) read well, but Graphviz 2.42's
        /// spring layouts of nodes with HTML-like labels came out differently in a process that had
        /// drawn other graphs before (batch with and without workers gave different pictures of one class).
        case over
    }

    /// Whether the name is written inside the shape.
    let inside: Bool
    let outside: Outside
    /// The lines written.
    let lines: [String]
    /// What is drawn around the node's centre, in points: half the width, and the height above and below
    /// the centre (shape and text together).
    let halfWidth: Double, above: Double, below: Double

    /// Text as drawn is about a tenth wider than the font's advances add up to; lines are 1.2 em apart.
    static let drawnWidth = 1.1, lineSpacing = 1.2
    /// Space between a shape and a name under it, in points.
    static let gap = 3.0
    /// How far (in the ellipse's own measure, 1 = on the outline) a text's corner may reach.
    static let cornerSlack = 1.25

    /// Estimated size of `lines` at `fontSize` in points.
    static func textSize(_ lines: [String], fontSize: Double) -> (width: Double, height: Double) {
        let widest = lines.map { $0.reduce(0) { $0 + characterWidth($1) } }.max() ?? 0
        return (widest * fontSize * drawnWidth, Double(lines.count) * fontSize * lineSpacing)
    }

    /// A character's advance in em in Helvetica (Liberation Sans, which Graphviz finds for it here).
    static func characterWidth(_ c: Character) -> Double {
        if "iljI.,;:'|!".contains(c) { return 0.25 }
        if "frt -()".contains(c) { return 0.32 }
        if "mwæMWÆ★".contains(c) { return 0.9 }
        if c.isUppercase { return 0.72 }
        if "ckrsvxyzJ".contains(c) { return 0.5 }
        return 0.56
    }

    /// - Parameters:
    ///   - shape: the Graphviz shape (`circle`, `triangle`, `box`, `ellipse`).
    ///   - width, height: the shape's size in points.
    ///   - outside: where a name that does not fit goes.
    init(lines: [String], shape: String, width: Double, height: Double, fontSize: Double, outside: Outside) {
        let (w, h) = Self.textSize(lines, fontSize: fontSize)
        let inside: Bool
        switch shape {
        case "triangle":
            // Apex at the top: at the text's upper edge the triangle is this wide.
            inside = w <= width * (1 - h / height) / 2
        case "box":
            inside = w <= width - 6 && h <= height - 4
        default:
            // An ellipse (or circle): the text within its width and height, its corners at most just
            // over the outline (where a round letter's corner is blank anyway).
            let a = width / 2 - 2, b = height / 2 - 2
            inside = w <= 2 * a && h <= 2 * b && (w / 2 / a) * (w / 2 / a) + (h / 2 / b) * (h / 2 / b) <= Self.cornerSlack
        }
        self.inside = inside
        self.outside = outside
        if inside || outside != .below {
            self.lines = lines
            (halfWidth, above, below) = (max(width, inside ? 0 : w) / 2, max(height, inside ? 0 : h) / 2, max(height, inside ? 0 : h) / 2)
        } else {
            self.lines = lines
            (halfWidth, above, below) = (max(width, w) / 2, height / 2, height / 2 + Self.gap + h)
        }
    }

    /// The node's `label`: the lines as they are when they fit inside, otherwise a two-row table whose
    /// empty first row lifts the centre so the text starts just under the shape.
    func value(shapeHeight: Double, fontSize: Double) -> DOTValue {
        guard !inside, outside != .over else { return .lines(lines) }
        let names = lines.map(DOTEscaping.html).joined(separator: "<BR/>")
        let text = Self.textSize(lines, fontSize: fontSize).height
        let spacer = shapeHeight + 2 * Self.gap + text
        let markup = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">"
            + "<TR><TD HEIGHT=\"\(DOTWriter.format(spacer))\"></TD></TR>"
            + "<TR><TD>\(names)</TD></TR></TABLE>"
        return .html(markup)
    }
}
