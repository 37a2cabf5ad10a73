/// Draws pupils the same way in every view: generated ids, labels in the chosen style, shape by gender,
/// size by positive choices received, isolated and non-respondent markings, tooltips without names in
/// codes mode.
///
/// Isolation (no positive choice received) and "no mutual choice" are always judged on the union of the
/// positive questions, whatever a view draws, so the markings agree across views and with the analysis.
struct PupilPainter: Sendable {
    let network: ClassNetwork
    let options: DiagramOptions
    let strings: DiagramStrings
    let labels: PupilLabels
    /// Ties of all positive questions (for isolation and mutual counts).
    let positive: TieSummary
    let hasPositiveQuestion: Bool
    /// Whether the isolated and no-mutual fills are drawn: not in the view of one prosocial, influence,
    /// negative or other question, whose sizes and ties say nothing about the positive choices.
    let marksPositiveStatus: Bool
    /// The names' point size in this view (the target view's is larger), for ``placement(_:received:prefix:)``.
    var fontSize = SociogramStyle.nodeFontSize
    /// Where a name that does not fit its shape goes: over it as plain text, unless the view sets it
    /// (the target: under the shape).
    var outside = LabelPlacement.Outside.over

    /// - Complexity: O(*n* log *n* + *m* log *m*).
    init(network: ClassNetwork, options: DiagramOptions) {
        self.network = network
        self.options = options
        self.strings = DiagramStrings(language: options.language)
        self.labels = PupilLabels(
            names: network.pupils.map(\.name), codes: network.pupils.map(\.code), style: options.labels,
            maxLength: options.maxLabelLength)
        let positiveQuestions = network.questions(ofKind: .positive)
        self.positive = TieSummary(network, questions: positiveQuestions)
        self.hasPositiveQuestion = !positiveQuestions.isEmpty
        if case .question(let q) = options.questions, network.questions.indices.contains(q) {
            self.marksPositiveStatus = network.questions[q].kind == .positive
        } else {
            self.marksPositiveStatus = true
        }
    }

    /// The generated node identifier of pupil `i`; never derived from a name.
    static func id(_ i: Int) -> String { "n\(i)" }

    func isIsolated(_ i: Int) -> Bool { hasPositiveQuestion && positive.received[i] == 0 }

    /// Chosen by someone, answered, but no mutual positive tie.
    func hasNoMutual(_ i: Int) -> Bool {
        hasPositiveQuestion && network.pupils[i].responded && !isIsolated(i) && positive.mutualCount[i] == 0
    }

    /// How a pupil is emphasised beyond the standard markings.
    enum Emphasis { case none, focus, supporter, leader, left, joined }

    /// The node's attributes. `received` sets the size (choices received in the drawn relation).
    func attributes(_ i: Int, received: Int, emphasis: Emphasis = .none, prefix: String = "")
        -> [(String, DOTValue)]
    {
        let pupil = network.pupils[i]
        let (shape, heightFactor) = SociogramStyle.shape(pupil.gender)
        let width = SociogramStyle.width(received: received)
        var fill = SociogramStyle.fillDefault
        var classes = ["pupil"]
        var peripheries = 1
        var penwidth = 1.0
        var border = "#34495e"
        if marksPositiveStatus && isIsolated(i) {
            fill = SociogramStyle.fillIsolated
            peripheries = 2
            classes.append("isolated")
        } else if marksPositiveStatus && hasNoMutual(i) {
            fill = SociogramStyle.fillNoMutual
            classes.append("no-mutual")
        }
        switch emphasis {
        case .none: break
        case .focus:
            fill = SociogramStyle.fillFocus
            penwidth = 3
            border = SociogramStyle.focusBorder
            classes.append("focus")
        case .supporter:
            fill = SociogramStyle.fillSupporter
            penwidth = 2
            classes.append("supporter")
        case .leader:
            penwidth = 3
            classes.append("leader")
        case .left:
            fill = SociogramStyle.fillLeft
            classes.append("left")
        case .joined:
            penwidth = 2
            border = SociogramStyle.newColor
            classes.append("joined")
        }
        var style = ["filled"]
        if !pupil.responded {
            style.append("dashed")
            classes.append("non-respondent")
        }
        if emphasis == .left { style.append("dotted") }
        let label = placement(i, received: received, prefix: prefix)
            .value(shapeHeight: width * heightFactor * 72, fontSize: fontSize)
        return [
            ("id", .keyword(Self.id(i))), ("class", .text(classes.joined(separator: " "))),
            ("label", label), ("tooltip", .text(tooltip(i))),
            ("shape", .keyword(shape)), ("width", .number(width)), ("height", .number(width * heightFactor)),
            ("style", .text(style.joined(separator: ","))), ("fillcolor", .keyword(fill)),
            ("color", .keyword(border)), ("penwidth", .number(penwidth)), ("peripheries", .number(Double(peripheries))),
        ]
    }

    /// Where pupil `i`'s name goes (inside or under the shape) and how much room shape and name take,
    /// for a node of the size `received` gives.
    func placement(_ i: Int, received: Int, prefix: String = "") -> LabelPlacement {
        let (shape, heightFactor) = SociogramStyle.shape(network.pupils[i].gender)
        let width = SociogramStyle.width(received: received) * 72
        return LabelPlacement(
            lines: labelLines(i, prefix: prefix), shape: shape, width: width, height: width * heightFactor,
            fontSize: fontSize, outside: outside)
    }

    /// A name is split into first word / rest when long; initials and codes stay on one line.
    func labelLines(_ i: Int, prefix: String = "") -> [String] {
        let label = labels[i]
        guard options.labels == .names, label.count > 10, let space = label.firstIndex(of: " ") else {
            return [prefix + label]
        }
        return [prefix + String(label[..<space]), String(label[label.index(after: space)...])]
    }

    /// The label with the pupil's positive choices received and mutual choices (names only in names mode).
    func tooltip(_ i: Int) -> String {
        guard hasPositiveQuestion else { return labels[i] }
        return "\(labels[i]): \(strings.received(positive.received[i])), \(strings.mutualCount(positive.mutualCount[i]))"
    }

    /// Legend rows for the pupil markings drawn among `members`: a row only when some pupil drawn shows
    /// it. `emphasised` pupils are drawn with a fill of their own (focus, supporter, left), which hides the
    /// isolated and no-mutual fills; `size` is the size row's text (`nil`: every pupil the same size).
    func legendRows(for members: [Int], into legend: inout Legend, emphasised: Set<Int> = [], size: String?) {
        legend.addShapes(for: members.map { network.pupils[$0].gender }, strings: strings)
        if let size { legend.add(.glyph("●  ⬤", color: "#34495e"), size) }
        let plain = marksPositiveStatus ? members.filter { !emphasised.contains($0) } : []
        if plain.contains(where: isIsolated) {
            legend.add(.fill(SociogramStyle.fillIsolated, double: true, dashed: false), strings.isolated)
        }
        if plain.contains(where: hasNoMutual) {
            legend.add(.fill(SociogramStyle.fillNoMutual, double: false, dashed: false), strings.noMutual)
        }
        if members.contains(where: { !network.pupils[$0].responded }) {
            legend.add(.fill("white", double: false, dashed: true), strings.nonRespondent)
        }
    }
}
