extension ReportContext {
    /// A diagram drawn by Graphviz as SVG, sanitised, in a figure with a caption.
    ///
    /// On paper each diagram fills a page of its own (scaled to the page, so that names stay at least
    /// 9 pt and legends 8 pt; `scripts/checks/print-check.sh` measures it): a landscape page when the
    /// picture prints larger that way (class `wide`, the named page `wide` of the stylesheet), else portrait.
    func figure(_ diagram: Diagram, view: String, label: String, caption: [HTML]) throws(RenderError) -> HTML {
        let bytes = try options.renderer.render(diagram, format: .svg)
        let text = String(decoding: bytes, as: UTF8.self)
        let svg = SVGSanitizer.sanitize(text, label: label, view: view)
        let wide = Self.isWide(text)
        return .el("figure", ["class": wide ? "diagram-figure wide" : "diagram-figure"], [.svg(svg), .el("figcaption", [:], caption)])
    }

    /// Whether Graphviz's SVG prints larger on a landscape page than on a portrait one, from the
    /// `width="…pt" height="…pt"` of its root element and the diagram boxes of the print stylesheet
    /// (194 × 268 mm portrait, 281 × 182 mm landscape).
    static func isWide(_ svg: String) -> Bool {
        func points(_ name: String) -> Double? {
            guard let start = svg.range(of: " \(name)=\"") else { return nil }
            let digits = svg[start.upperBound...].prefix { $0.isNumber || $0 == "." }
            return Double(digits)
        }
        guard let width = points("width"), let height = points("height") else { return false }
        guard width > 0, height > 0 else { return false }
        return min(281 / width, 182 / height) > min(194 / width, 268 / height)
    }

    /// How to read a sociogram, as a list (shapes, lines, sizes, colours).
    func readingGuide(target: Bool) -> HTML {
        var items = [s.readShapes, s.readLines, s.readSize, s.readColours, s.readDashed]
        if target { items.insert(s.readRings, at: 0) }
        return .el("ul", ["class": "reading"], items.map { .el("li", [:], text: $0) })
    }

    /// The hint shown only when the script runs.
    var interactionHint: HTML { .el("p", ["class": "hint js-only"], text: s.interactionHint) }

    /// The whole-network view: the class sociogram, or for a grade (pupils of two or more classes) the
    /// grade view with each class in a box.
    func overviewDiagram(_ questions: QuestionSelection = .allPositive) -> Diagram {
        network.classNames.count >= 2
            ? Sociograms.gradeDiagram(network, options: diagramOptions(questions))
            : Sociograms.classDiagram(network, options: diagramOptions(questions))
    }

    /// The class sociogram of all positive questions.
    func sociogramSection() throws(RenderError) -> HTML {
        let diagram = overviewDiagram()
        let figure = try figure(diagram, view: "class", label: s.sociogramTitle, caption: [.text(s.sociogramCaption)])
        return section("sociogram", s.sociogramTitle, [p(s.sociogramIntro), interactionHint, figure, readingGuide(target: false)])
    }

    /// The target sociogram (målskive).
    func targetSection() throws(RenderError) -> HTML {
        let diagram = Sociograms.targetDiagram(network, options: diagramOptions())
        let figure = try figure(diagram, view: "target", label: s.targetTitle, caption: [.text(s.targetCaption)])
        return section("target", s.targetTitle, [p(s.targetIntro), figure, readingGuide(target: true)])
    }
}
