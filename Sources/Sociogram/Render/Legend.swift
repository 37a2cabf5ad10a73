/// The legend drawn under a diagram as an HTML-like table in the graph label: title, what is shown,
/// one row per symbol used, and the snapshot caveat. Works with every engine (no cluster needed).
struct Legend: Sendable {
    /// What a legend row shows on its left.
    enum Symbol: Sendable {
        case tie(SociogramStyle.Tie)
        case shape(Gender?)
        /// A fill sample; `double` draws a double border, `dashed` a dashed one.
        case fill(String, double: Bool, dashed: Bool)
        case glyph(String, color: String)
    }

    var title: String
    var subtitles: [String] = []
    var rows: [(Symbol, String)] = []
    var footnote: String?

    init(title: String) { self.title = title }

    mutating func add(_ symbol: Symbol, _ text: String) { rows.append((symbol, text)) }

    /// The shape rows for the genders present (girls, boys, other, not given), in that order.
    mutating func addShapes(for genders: [Gender?], strings: DiagramStrings) {
        let present = Set(genders.map { $0?.rawValue ?? "" })
        if present.contains(Gender.girl.rawValue) { add(.shape(.girl), strings.girl) }
        if present.contains(Gender.boy.rawValue) { add(.shape(.boy), strings.boy) }
        if present.contains(Gender.other.rawValue) { add(.shape(.other), strings.otherGender) }
        if present.contains("") { add(.shape(nil), strings.unknownGender) }
    }

    /// The `label=<…>` value.
    ///
    /// One column of rows (title, subtitles, symbol table, footnote): the symbol rows sit in a table of
    /// their own, so the wide title rows do not widen the symbol column (Graphviz spreads the width of
    /// a spanning cell over the columns it spans). No cell is `FIXEDSIZE` around nested content:
    /// Graphviz 2.42 aborts (`pos_html_tbl: dely >= 0`) when such content is taller than the cell.
    var value: DOTValue {
        var html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\">"
        html += "<TR><TD ALIGN=\"LEFT\"><B>\(DOTEscaping.html(title))</B></TD></TR>"
        for line in subtitles {
            html += "<TR><TD ALIGN=\"LEFT\">\(DOTEscaping.html(line))</TD></TR>"
        }
        if !rows.isEmpty {
            html += "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\">"
            for (symbol, text) in rows {
                html += "<TR><TD ALIGN=\"CENTER\" WIDTH=\"30\">\(Self.markup(symbol))</TD>"
                html += "<TD ALIGN=\"LEFT\">\(DOTEscaping.html(text))</TD></TR>"
            }
            html += "</TABLE></TD></TR>"
        }
        if let footnote {
            html += "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"#555555\"><I>"
            html += DOTEscaping.html(footnote) + "</I></FONT></TD></TR>"
        }
        return .html(html + "</TABLE>")
    }

    private static func markup(_ symbol: Symbol) -> String {
        switch symbol {
        case .tie(let tie):
            let (glyph, color) = Self.glyph(tie)
            return "<FONT COLOR=\"\(color)\" POINT-SIZE=\"14\">\(glyph)</FONT>"
        case .shape(let gender):
            switch gender {
            case .girl: return "<FONT POINT-SIZE=\"13\">●</FONT>"
            case .boy: return "<FONT POINT-SIZE=\"12\">▲</FONT>"
            case .other: return "<FONT POINT-SIZE=\"12\">■</FONT>"
            case nil:
                // The diagram's wide ellipse: a light fill with the node border (a rounded table with a
                // dark BGCOLOR prints as a solid black bar).
                return "<TABLE BORDER=\"1\" STYLE=\"rounded\" CELLPADDING=\"0\" COLOR=\"#34495e\" BGCOLOR=\"\(SociogramStyle.fillDefault)\">"
                    + "<TR><TD WIDTH=\"18\" HEIGHT=\"9\" FIXEDSIZE=\"TRUE\"></TD></TR></TABLE>"
            }
        case .fill(let color, let double, let dashed):
            let style = dashed ? " STYLE=\"dashed\"" : ""
            let inner = "<TABLE BORDER=\"1\"\(style) CELLBORDER=\"0\" CELLPADDING=\"0\" BGCOLOR=\"\(color)\">"
                + "<TR><TD WIDTH=\"16\" HEIGHT=\"10\" FIXEDSIZE=\"TRUE\"></TD></TR></TABLE>"
            guard double else { return inner }
            return "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLPADDING=\"1\"><TR><TD>\(inner)</TD></TR></TABLE>"
        case .glyph(let text, let color):
            return "<FONT COLOR=\"\(color)\" POINT-SIZE=\"13\">\(DOTEscaping.html(text))</FONT>"
        }
    }

    private static func glyph(_ tie: SociogramStyle.Tie) -> (String, String) {
        switch tie {
        case .mutual: return ("<B>⟷</B>", SociogramStyle.mutualColor)
        case .oneWay: return ("⟶", SociogramStyle.oneWayColor)
        case .acrossQuestions: return ("⟷", SociogramStyle.oneWayColor)
        case .negativeMutual: return ("<B>⇠⇢</B>", SociogramStyle.negativeColor)
        case .negativeOneWay: return ("⇢", SociogramStyle.negativeColor)
        case .new: return ("<B>⟶</B>", SociogramStyle.newColor)
        case .lost: return ("⇢", SociogramStyle.lostColor)
        case .kept: return ("⟶", SociogramStyle.keptColor)
        case .crossClass: return ("⟶", SociogramStyle.crossClassColor)
        case .faint: return ("⟶", SociogramStyle.faintColor)
        }
    }
}
