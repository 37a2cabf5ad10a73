/// Builders for every diagram view. Each returns a ``Diagram`` (DOT text + engine) and never calls
/// Graphviz, so they are cheap, pure and deterministic: the same input gives the same text.
public enum Sociograms {
    /// The class sociogram: every pupil, the chosen questions' ties (mutual ties once, bold and two-headed;
    /// one-way ties thin), optionally the negative ties dashed red, and a legend.
    ///
    /// - Complexity: O(*n* log *n* + *m* log *m*) for *n* pupils and *m* nominations.
    public static func classDiagram(_ network: ClassNetwork, options: DiagramOptions = DiagramOptions()) -> Diagram {
        let painter = PupilPainter(network: network, options: options)
        let drawn = DrawnRelation(network: network, options: options)
        let members = Array(network.pupils.indices)
        let plan = drawn.safe(options.layout
            ?? .automatic(pupils: network.count, ties: drawn.edgeCount(among: nil), clusters: false))
        var writer = DOTWriter(graphName: "sociogram")
        var legend = Legend(title: painter.strings.classTitle(DOTEscaping.displayText(network.name)))
        drawn.describe(into: &legend, strings: painter.strings)
        painter.legendRows(for: members, into: &legend, size: drawn.sizeLegend(painter.strings))
        writer.begin(plan: plan, options: options, legend: legend, strings: painter.strings)
        for i in members {
            writer.node(PupilPainter.id(i), painter.attributes(i, received: drawn.size(of: i, painter: painter)))
        }
        drawn.drawEdges(among: nil, into: &writer, painter: painter)
        return Diagram(dot: writer.finish(), engine: plan.engine)
    }
}

/// The relation a view draws (selected questions) plus the negative overlay, with their edge styles.
struct DrawnRelation: Sendable {
    let network: ClassNetwork
    let questions: [Int]
    let ties: TieSummary
    /// The drawn relation is itself a negative question (per-question view of a negative question).
    let isNegative: Bool
    /// Negative ties drawn on top (``DiagramOptions/showNegative``), or `nil`.
    let overlay: TieSummary?
    let negativeQuestions: [Int]
    let selection: QuestionSelection

    init(network: ClassNetwork, options: DiagramOptions) {
        self.network = network
        self.selection = options.questions
        questions = network.questionIndices(for: options.questions)
        ties = TieSummary(network, questions: questions)
        isNegative = questions.count == 1 && network.questions[questions[0]].kind == .negative
        negativeQuestions = network.questions(ofKind: .negative)
        overlay = options.showNegative && !isNegative && !negativeQuestions.isEmpty
            ? TieSummary(network, questions: negativeQuestions) : nil
    }

    /// Node size: choices received in the drawn relation; in the view of a negative question every pupil
    /// the same size (neither positive choices, which that view does not draw, nor the negative ones).
    func size(of i: Int, painter: PupilPainter) -> Int {
        isNegative ? 0 : ties.received[i]
    }

    /// The legend's size row: the positive questions together, one question, or none (a negative view).
    func sizeLegend(_ strings: DiagramStrings) -> String? {
        if isNegative { return nil }
        if case .question = selection { return strings.sizeOneQuestion }
        return strings.size
    }

    /// Whether a negative tie joins two pupils the relation already joins (two edges, one pair).
    var hasParallelEdges: Bool {
        guard let overlay else { return false }
        return overlay.ties.contains { ties.chose($0.from, $0.to) || ties.chose($0.to, $0.from) }
    }

    /// `plan`, with straight edges when the diagram has parallel edges.
    func safe(_ plan: LayoutPlan) -> LayoutPlan { hasParallelEdges ? plan.straightened() : plan }

    func edgeCount(among members: Set<Int>?) -> Int {
        guard let members else { return ties.ties.count + (overlay?.ties.count ?? 0) }
        return ties.ties(among: members).count + (overlay?.ties(among: members).count ?? 0)
    }

    /// Legend rows for ties, and the subtitle saying what is shown: a row only for a kind of line drawn
    /// among `members` (`nil` = everyone) in the relation's own style (`styled`: the ties a view does not
    /// restyle, e.g. the ego view's ties that touch the pupil in focus). `drawn` leaves out ties the view
    /// does not draw at all (the groups view's ties between groups), of the relation and the overlay.
    func describe(
        into legend: inout Legend, strings: DiagramStrings, among members: Set<Int>? = nil,
        drawn: (TieSummary.Tie) -> Bool = { _ in true }, styled: (TieSummary.Tie) -> Bool = { _ in true }
    ) {
        switch selection {
        case .allPositive: legend.subtitles.append(strings.allPositive)
        case .question(let q) where network.questions.indices.contains(q):
            legend.subtitles.append(strings.oneQuestion(DOTEscaping.displayText(network.questions[q].text, maxLength: 90)))
        case .question: break
        }
        let shown = (members.map { ties.ties(among: $0) } ?? ties.ties).filter { drawn($0) && (isNegative || styled($0)) }
        let mutual = shown.contains { $0.mutual && ($0.sameQuestion || isNegative) }
        let oneWay = shown.contains { !$0.mutual }
        if isNegative {
            if mutual { legend.add(.tie(.negativeMutual), strings.mutual) }
            if oneWay { legend.add(.tie(.negativeOneWay), strings.oneWay) }
        } else {
            if mutual { legend.add(.tie(.mutual), strings.mutual) }
            if oneWay { legend.add(.tie(.oneWay), strings.oneWay) }
            if shown.contains(where: { $0.mutual && !$0.sameQuestion }) {
                legend.add(.tie(.acrossQuestions), strings.acrossQuestions)
            }
        }
        if let overlay, (members.map { overlay.ties(among: $0) } ?? overlay.ties).contains(where: drawn) {
            let texts = negativeQuestions.map { DOTEscaping.displayText(network.questions[$0].text, maxLength: 60) }
            legend.add(.tie(.negativeOneWay), strings.negative(texts))
        }
        legend.footnote = strings.snapshot
    }

    /// Writes the relation's ties (and the negative overlay) among `members` (`nil` = everyone).
    func drawEdges(
        among members: Set<Int>?, into writer: inout DOTWriter, painter: PupilPainter,
        style: ((TieSummary.Tie) -> SociogramStyle.Tie)? = nil
    ) {
        let main = members.map { ties.ties(among: $0) } ?? ties.ties
        for tie in main {
            let chosen = style?(tie) ?? (isNegative ? (tie.mutual ? .negativeMutual : .negativeOneWay) : .positive(tie))
            writer.edge(tie, style: chosen, painter: painter)
        }
        guard let overlay else { return }
        for tie in members.map({ overlay.ties(among: $0) }) ?? overlay.ties {
            writer.edge(tie, style: tie.mutual ? .negativeMutual : .negativeOneWay, painter: painter)
        }
    }
}

extension DOTWriter {
    /// Graph attributes, legend and node defaults shared by every view.
    mutating func begin(plan: LayoutPlan, options: DiagramOptions, legend: Legend, strings: DiagramStrings) {
        var graph = SociogramStyle.graphAttributes(plan: plan, seed: options.seed)
        if options.showLegend { graph.append(("label", legend.value)) }
        defaults("graph", graph)
        defaults("node", SociogramStyle.nodeDefaults)
    }

    /// One tie between two pupils, with an id and a tooltip built from labels only.
    mutating func edge(_ tie: TieSummary.Tie, style: SociogramStyle.Tie, painter: PupilPainter) {
        let arrow = tie.mutual ? " ↔ " : " → "
        let attributes: [(String, DOTValue)] = [
            ("id", .keyword("e_\(tie.from)_\(tie.to)")),
            ("tooltip", .text(painter.labels[tie.from] + arrow + painter.labels[tie.to])),
        ] + (tie.mutual ? style.bothHeads : style.attributes)
        edge(PupilPainter.id(tie.from), PupilPainter.id(tie.to), attributes)
    }
}
