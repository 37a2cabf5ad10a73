import Foundation

extension HTMLReport {
    /// The report's Content-Security-Policy, as its `<meta>` element carries it: nothing but the
    /// report's own style and script (by their SHA-256 hashes). A server that shows the report (the web
    /// app) sends the same policy as a header, adding only `frame-ancestors`, which a `<meta>` cannot carry.
    public static var contentSecurityPolicy: String {
        let css = ReportStyle.css.description
        let js = ReportScript.source.description
        return [
            "default-src 'none'", "style-src 'sha256-\(SHA256.base64Digest(css))'",
            "script-src 'sha256-\(SHA256.base64Digest(js))'", "img-src 'none'", "font-src 'none'",
            "connect-src 'none'", "base-uri 'none'", "form-action 'none'",
        ].joined(separator: "; ")
    }
}

extension ReportContext {
    /// The whole page: head with the security policy, the sections, the data for the script, the script.
    func document(body sections: [HTML]) -> String {
        let policy = HTMLReport.contentSecurityPolicy
        let head = HTML.head(
            title: s.reportTitle(className), policy: policy, style: ReportStyle.css, generator: options.toolVersion)
        let info = HTML.el(
            "aside", ["id": "info", "class": "js-only", "hidden": "hidden", "aria-live": "polite"], [])
        let body = HTML.el("body", [:], [
            .el("main", [:], sections), info,
            .el("script", ["type": "application/json", "id": "report-data"], [.json(scriptData())]),
            .el("script", [:], [.trusted(ReportScript.source)]),
        ])
        return "<!DOCTYPE html>\n" + HTML.el("html", ["lang": options.language.rawValue], [head, body]).markup + "\n"
    }

    /// The class (or grade) name, cleaned for display.
    var className: String { DOTEscaping.displayText(network.name, maxLength: 80) }

    /// What the script needs: each pupil's label and positive ties, and its few words.
    func scriptData() -> String {
        struct Pupil: Encodable {
            let label: String
            let chose: [Int]
            let chosenBy: [Int]
            let mutual: [Int]
        }
        struct Payload: Encodable {
            let pupils: [Pupil]
            let text: [String: String]
        }
        let payload = Payload(
            pupils: network.pupils.indices.map {
                Pupil(
                    label: labels[$0], chose: sorted(chose[$0]), chosenBy: sorted(chosenBy[$0]),
                    mutual: sorted(analysis.pupils[$0].mutual))
            },
            text: [
                "chose": s.scriptChose, "chosenBy": s.scriptChosenBy, "mutual": s.scriptMutual, "none": s.none,
                "unpin": s.scriptUnpin, "didNotAnswer": s.describeDidNotAnswer,
            ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(payload)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// Title, dates, numbers at a glance, the caveat and the privacy reminder.
    func header() -> HTML {
        let rate = analysis.responseRate.map(s.percent) ?? "–"
        var facts: [(String, HTML)] = [
            (s.factSurveyDate, options.surveyDate.map { .text(s.date($0)) } ?? blank(s.fillIn)),
            (s.factCreated, .text(s.date(options.created))),
            (s.factPupils, .text(s.pupilsAnswered(analysis.pupilCount, analysis.respondentCount, rate))),
            (s.factQuestions, .text(String(network.questions.count))),
            (s.factLabels, .text(s.labelStyle(options.labels))),
        ]
        if let focus = options.focus { facts.append((s.factFocus, who(focus))) }
        return .el("header", ["class": "report-header"], [
            .el("p", ["class": "kicker"], text: s.kicker),
            .el("h1", [:], text: s.reportTitle(className)),
            .el("dl", ["class": "facts"], facts.flatMap { [HTML.el("dt", [:], text: $0.0), .el("dd", [:], [$0.1])] }),
            .el("p", ["class": "callout caveat"], [.el("strong", [:], text: s.caveatShortTitle), .text(" " + s.caveatShort)]),
            .el("p", ["class": "callout privacy"], [
                .el("strong", [:], text: s.privacyShortTitle), .text(" " + s.privacyShort(options.labels)),
            ]),
        ])
    }

    /// A field the teacher fills in by hand (or types into on screen before printing).
    func blank(_ hint: String) -> HTML {
        .el("span", ["class": "blank", "contenteditable": "true", "aria-label": hint, "title": hint], [])
    }

    /// The table of contents (links inside the page only).
    func contents() -> HTML {
        var entries: [(String, String)] = [
            ("summary", s.summaryTitle), ("attention", s.attentionTitle), ("sociogram", s.sociogramTitle),
            ("target", s.targetTitle), ("groups", s.groupsSectionTitle), ("questions", s.questionsTitle),
        ]
        if let focus = options.focus {
            entries += [("pupil", s.pupilTitle(labels[focus])), ("plan", s.planTitle(labels[focus]))]
        }
        if options.comparison != nil { entries.append(("change", s.changeTitle)) }
        if options.followUp != nil { entries.append(("follow", s.followSectionTitle)) }
        if options.seating != nil { entries.append(("seating", s.reportSeatingTitle)) }
        entries += [("overview", s.overviewTitle), ("method", s.methodTitle), ("closing", s.closingTitle)]
        return .el("nav", ["class": "toc", "aria-label": s.contentsTitle], [
            .el("h2", [:], text: s.contentsTitle),
            .el("ol", [:], entries.map { .el("li", [:], [.el("a", ["href": "#" + $0.0], text: $0.1)]) }),
        ])
    }
}
