/// How a diagram is drawn. Every view takes the same options; each uses the ones that apply to it.
public struct DiagramOptions: Sendable, Hashable {
    /// What is written on each pupil. With ``LabelStyle/codes`` no name appears anywhere in the output.
    public var labels: LabelStyle
    /// The language of titles and legends.
    public var language: DiagramLanguage
    /// Which questions are drawn (default: the union of all positive questions).
    public var questions: QuestionSelection
    /// Whether the ties of the survey's negative questions are added, dashed red. Off by default;
    /// when on, the legend says that the negative question is shown.
    public var showNegative: Bool
    /// Whether the legend (and title) is drawn below the diagram.
    public var showLegend: Bool
    /// The longest label, in characters, before it is cut with `…`.
    public var maxLabelLength: Int
    /// The layout engine and its settings; `nil` chooses by size (``LayoutPlan/automatic(pupils:ties:clusters:)``).
    /// Views with computed positions (target, supporters) always use ``LayoutPlan/pinned``.
    public var layout: LayoutPlan?
    /// The seed of the layout's random start, so the same input always gives the same picture.
    public var seed: Int

    public init(
        labels: LabelStyle = .names, language: DiagramLanguage = .nb, questions: QuestionSelection = .allPositive,
        showNegative: Bool = false, showLegend: Bool = true, maxLabelLength: Int = DOTEscaping.defaultMaxLength,
        layout: LayoutPlan? = nil, seed: Int = 1
    ) {
        self.labels = labels
        self.language = language
        self.questions = questions
        self.showNegative = showNegative
        self.showLegend = showLegend
        self.maxLabelLength = maxLabelLength
        self.layout = layout
        self.seed = seed
    }
}

/// A diagram ready for Graphviz: the DOT text and the engine it is meant for (also named in the text
/// as `layout=…`, so `dot -Tpng` on a saved file draws the same picture).
public struct Diagram: Sendable, Hashable {
    /// The DOT source.
    public let dot: String
    /// The layout engine the diagram asks for.
    public let engine: LayoutEngine

    public init(dot: String, engine: LayoutEngine) {
        self.dot = dot
        self.engine = engine
    }
}

extension GraphvizRenderer {
    /// Renders a diagram with the engine it asks for.
    ///
    /// - Throws: ``RenderError``.
    public static func render(_ diagram: Diagram, format: DiagramFormat, dpi: Int? = nil) throws(RenderError) -> [UInt8] {
        try render(dot: diagram.dot, format: format, engine: diagram.engine, dpi: dpi)
    }
}
