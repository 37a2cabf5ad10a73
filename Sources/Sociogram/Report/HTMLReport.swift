/// The self-contained HTML report a teacher brings to the resource-team meeting (`sociogram report`).
///
/// One file: inline CSS, inline SVG diagrams drawn by Graphviz in-process, a small inline script, and
/// nothing that makes the browser fetch anything (a Content-Security-Policy with `default-src 'none'`
/// and hashes of the report's own style and script enforces it). Everything is in the HTML itself, so
/// the report reads the same printed on A4 or with scripts off; the script only adds highlighting of a
/// pupil's ties and a switch between the per-question views.
///
/// Sections: class summary in plain words; the sociogram; the target sociogram; pupils who need
/// attention; subgroups and groups; per-question views; with ``ReportOptions/focus`` the pupil's ego
/// view, supporters, support group and an activity-plan draft; with ``ReportOptions/comparison`` what
/// changed since the earlier survey; with ``ReportOptions/seating`` the seating plan; an overview of all pupils; method notes; the snapshot caveat and
/// the privacy note.
public enum HTMLReport {
    /// The report as HTML text.
    ///
    /// - Throws: ``RenderError`` when Graphviz cannot draw a diagram, or ``RenderError/invalidInput(_:)``
    ///   when ``ReportOptions/focus`` is not a pupil of the class.
    /// - Complexity: dominated by the Graphviz layouts (one per diagram; see `docs/rendering.md`);
    ///   everything else is O(*n* log *n* + *m*).
    public static func make(_ analysis: ClassAnalysis, options: ReportOptions) throws(RenderError) -> String {
        if let focus = options.focus, !analysis.network.pupils.indices.contains(focus) {
            throw .invalidInput(.pupilNotInClass(number: focus + 1, pupils: analysis.network.count))
        }
        let report = ReportContext(analysis: analysis, options: options)
        var sections: [HTML] = [
            report.header(), report.contents(), report.summarySection(), report.attentionSection(),
            try report.sociogramSection(), try report.targetSection(), report.groupsSection(),
            try report.questionsSection(),
        ]
        if options.focus != nil {
            sections.append(try report.pupilSection())
            sections.append(report.activityPlanSection())
        }
        if options.comparison != nil { sections.append(try report.changeSection()) }
        if options.followUp != nil { sections.append(try report.followSection()) }
        if options.seating != nil { sections.append(try report.seatingSection()) }
        sections += [report.overviewSection(), report.methodSection(), report.closingSection()]
        return report.document(body: sections)
    }
}

/// Everything the sections share: the analysis, the options, the string table and each pupil's label.
struct ReportContext {
    let analysis: ClassAnalysis
    let options: ReportOptions
    let s: Strings
    /// The label of every pupil in the chosen style (name, initials or code), cleaned for display.
    let labels: [String]
    /// Pupils in alphabetical order of their labels (Norwegian order: … z, æ, ø, å).
    let alphabetical: [Int]
    /// `rank[i]`: pupil `i`'s position in ``alphabetical``.
    let rank: [Int]
    /// Whom each pupil chose in any positive question, ascending.
    let chose: [[Int]]
    /// Who chose each pupil in any positive question, ascending.
    let chosenBy: [[Int]]

    var network: ClassNetwork { analysis.network }
    var positiveQuestions: [Int] { analysis.positiveQuestions }
    var hasPositive: Bool { !analysis.positiveQuestions.isEmpty }

    init(analysis: ClassAnalysis, options: ReportOptions) {
        self.analysis = analysis
        self.options = options
        s = Strings(options.language)
        let net = analysis.network
        labels = PupilLabels(
            names: net.pupils.map(\.name), codes: net.pupils.map(\.code), style: options.labels, maxLength: 60
        ).labels
        let keys = labels.map(NameKey.collation)
        let order = net.pupils.indices.sorted {
            keys[$0] != keys[$1] ? keys[$0].lexicographicallyPrecedes(keys[$1]) : $0 < $1
        }
        alphabetical = order
        var rank = [Int](repeating: 0, count: net.count)
        for (k, i) in order.enumerated() { rank[i] = k }
        self.rank = rank
        let ties = TieSummary(net, questions: analysis.positiveQuestions)
        chose = ties.choices
        var by = [[Int]](repeating: [], count: net.count)
        for a in net.pupils.indices { for b in ties.choices[a] { by[b].append(a) } }
        chosenBy = by
    }

    /// A pupil's label, marked so that the script can highlight the pupil's ties.
    func who(_ i: Int) -> HTML {
        .el("span", ["class": "who", "data-p": String(i)], text: labels[i])
    }

    /// Pupils in running text: `A, B og C`, each marked as ``who(_:)``; `–` for none.
    func whoList(_ pupils: [Int]) -> HTML {
        guard !pupils.isEmpty else { return .text(s.none) }
        var parts: [HTML] = []
        for (k, i) in pupils.enumerated() {
            if k > 0 { parts.append(.text(k == pupils.count - 1 ? s.listAnd : ", ")) }
            parts.append(who(i))
        }
        return .join(parts)
    }

    /// The pupils sorted by label.
    func sorted(_ pupils: [Int]) -> [Int] { pupils.sorted { rank[$0] < rank[$1] } }

    /// A question's text, cleaned for display and quoted.
    func questionText(_ q: Int) -> String { s.quote(DOTEscaping.displayText(network.questions[q].text, maxLength: 200)) }

    /// The diagram options every figure of the report uses.
    func diagramOptions(_ questions: QuestionSelection = .allPositive) -> DiagramOptions {
        DiagramOptions(
            labels: options.labels, language: options.language, questions: questions, showNegative: false,
            showLegend: true, seed: options.diagramSeed)
    }

    /// A section with an id (for the table of contents), a heading and content.
    func section(_ id: String, _ title: String, _ content: [HTML], pageBreak: Bool = true) -> HTML {
        .el(
            "section", ["id": id, "class": pageBreak ? "page" : "", "aria-labelledby": "h-" + id],
            [.el("h2", ["id": "h-" + id], text: title)] + content)
    }

    /// A paragraph of text.
    func p(_ text: String, _ cssClass: String = "") -> HTML { .el("p", ["class": cssClass], text: text) }
}
