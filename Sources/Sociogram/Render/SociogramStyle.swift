/// The visual vocabulary shared by every view: colours, shapes, sizes, edge styles.
enum SociogramStyle {
    static let font = "Helvetica"
    /// Names 14 pt and legends 13 pt: the report prints a diagram scaled to its page (down to about 65 %),
    /// and names must stay at least 9 pt and legends 8 pt on paper (`scripts/checks/print-check.sh`).
    static let nodeFontSize = 14.0
    static let legendFontSize = 13.0
    /// The target sociogram is larger (its rings), so it prints smaller: names 17 pt, legend 15 pt.
    static let targetNodeFontSize = 17.0
    static let targetLegendFontSize = 15.0

    static let mutualColor = "#1f3a5f"
    static let oneWayColor = "#5f6b75"
    static let negativeColor = "#c0392b"
    static let newColor = "#1e8449"
    static let lostColor = "#c0392b"
    static let keptColor = "#222222"
    static let crossClassColor = "#8e44ad"
    static let faintColor = "#b8bec4"
    static let ringColor = "#c9ced3"

    static let fillDefault = "#dce8f5"
    static let fillIsolated = "#f6c6c1"
    static let fillNoMutual = "#fbe7a1"
    static let fillFocus = "#9cc3e6"
    static let fillSupporter = "#cfe8c6"
    static let fillLeft = "#eeeeee"
    static let focusBorder = "#1f3a5f"

    /// Node width in inches: area grows with positive choices received (0 → 0.45 in, 4 → 0.89, 9 → 1.11).
    static func width(received: Int) -> Double {
        min(1.6, 0.45 + 0.22 * Double(max(0, received)).squareRoot())
    }

    /// The Norwegian convention: girls circles, boys triangles; other boxes; not given, a wide ellipse.
    static func shape(_ gender: Gender?) -> (shape: String, heightFactor: Double) {
        switch gender {
        case .girl: return ("circle", 1)
        case .boy: return ("triangle", 1)
        case .other: return ("box", 0.85)
        case nil: return ("ellipse", 0.7)
        }
    }

    /// How a tie is drawn.
    enum Tie {
        case mutual, oneWay, negativeMutual, negativeOneWay, new, lost, kept, crossClass, faint
        /// Two pupils who chose each other, but in different questions: not a mutual choice.
        case acrossQuestions

        /// The style of a positive tie: bold for a mutual choice, thin otherwise (two heads when the
        /// choices go both ways in different questions).
        static func positive(_ tie: TieSummary.Tie) -> Tie {
            tie.mutual ? (tie.sameQuestion ? .mutual : .acrossQuestions) : .oneWay
        }

        var attributes: [(String, DOTValue)] {
            switch self {
            case .mutual:
                return [("dir", .keyword("both")), ("penwidth", .number(2.4)), ("color", .keyword(mutualColor)),
                    ("arrowsize", .number(0.7))]
            case .oneWay:
                return [("penwidth", .number(0.9)), ("color", .keyword(oneWayColor)), ("arrowsize", .number(0.6))]
            case .acrossQuestions:
                return [("dir", .keyword("both")), ("penwidth", .number(0.9)), ("color", .keyword(oneWayColor)),
                    ("arrowsize", .number(0.6))]
            case .negativeMutual:
                return [("dir", .keyword("both")), ("style", .keyword("dashed")), ("penwidth", .number(1.6)),
                    ("color", .keyword(negativeColor)), ("arrowsize", .number(0.6)), ("len", .number(2))]
            case .negativeOneWay:
                return [("style", .keyword("dashed")), ("penwidth", .number(1)), ("color", .keyword(negativeColor)),
                    ("arrowsize", .number(0.6)), ("len", .number(2))]
            case .new:
                return [("penwidth", .number(2)), ("color", .keyword(newColor)), ("arrowsize", .number(0.7))]
            case .lost:
                return [("style", .keyword("dashed")), ("penwidth", .number(1.2)), ("color", .keyword(lostColor)),
                    ("arrowsize", .number(0.6))]
            case .kept:
                return [("penwidth", .number(1)), ("color", .keyword(keptColor)), ("arrowsize", .number(0.6))]
            case .crossClass:
                return [("penwidth", .number(1.1)), ("color", .keyword(crossClassColor)), ("arrowsize", .number(0.6))]
            case .faint:
                return [("penwidth", .number(0.6)), ("color", .keyword(faintColor)), ("arrowsize", .number(0.5))]
            }
        }

        /// The same style with both heads (a mutual pair drawn once).
        var bothHeads: [(String, DOTValue)] {
            attributes.contains { $0.0 == "dir" } ? attributes : [("dir", .keyword("both"))] + attributes
        }
    }

    /// Graph attributes every view shares.
    static func graphAttributes(plan: LayoutPlan, seed: Int) -> [(String, DOTValue)] {
        plan.attributes(seed: seed) + [
            ("outputorder", .keyword("edgesfirst")), ("bgcolor", .keyword("white")), ("pad", .number(0.3)),
            ("fontname", .text(font)), ("fontsize", .number(legendFontSize)), ("labelloc", .keyword("b")),
            ("labeljust", .keyword("l")),
        ]
    }

    /// Node defaults every view shares.
    static let nodeDefaults: [(String, DOTValue)] = [
        ("fontname", .text(font)), ("fontsize", .number(nodeFontSize)), ("fixedsize", .keyword("shape")),
        ("penwidth", .number(1)), ("color", .keyword("#34495e")),
    ]
}
