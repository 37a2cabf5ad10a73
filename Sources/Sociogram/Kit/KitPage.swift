import Foundation

/// The frame every page of the kit shares: a self-contained HTML document (no script, no image, nothing
/// fetched: a Content-Security-Policy that allows only the kit's own stylesheet), the heading, the sources.
enum KitPage {
    /// The pages' Content-Security-Policy, as their `<meta>` element carries it.
    static var contentSecurityPolicy: String {
        [
            "default-src 'none'", "style-src 'sha256-\(SHA256.base64Digest(KitStyle.css.description))'",
            "img-src 'none'", "font-src 'none'", "connect-src 'none'", "base-uri 'none'", "form-action 'none'",
        ].joined(separator: "; ")
    }

    /// The whole page as UTF-8 bytes.
    static func document(_ kit: KitContext, title: String, body: [HTML]) -> [UInt8] {
        let head = HTML.head(
            title: title, policy: contentSecurityPolicy, style: KitStyle.css, generator: SociogramVersion.string)
        let html = HTML.el("html", ["lang": kit.options.language.rawValue], [head, .el("body", [:], body)])
        return Array(("<!DOCTYPE html>\n" + html.markup + "\n").utf8)
    }

    /// The small line above a page's title: the school (when given) and the kit's title.
    static func kicker(_ kit: KitContext) -> HTML {
        let parts = [kit.options.school, kit.s.kitTitle(className: kit.className)].compactMap { $0 }
        return .el("p", ["class": "kicker"], text: parts.joined(separator: " · "))
    }

    /// A value the options gave, or a line to fill in.
    static func blank(_ value: String?, _ s: Strings) -> HTML {
        if let value, !value.isEmpty { return .text(value) }
        return .el("span", ["class": "blank"], text: s.kitBlank)
    }

    /// A paragraph of a message with one blank: the value when given, else a line to fill in.
    static func filled(_ message: (String) -> String, _ value: String?, _ s: Strings) -> HTML {
        let marker = "\u{E000}"
        let parts = message(marker).components(separatedBy: marker)
        var out: [HTML] = []
        for (i, part) in parts.enumerated() {
            if i > 0 { out.append(blank(value, s)) }
            if !part.isEmpty { out.append(.text(part)) }
        }
        return .el("p", [:], out)
    }

    /// A paragraph.
    static func p(_ text: String, _ cls: String = "") -> HTML { .el("p", ["class": cls], text: text) }

    /// A list of texts (`ol` or `ul`).
    static func list(_ tag: StaticString, _ items: [String]) -> HTML {
        .el(tag, [:], items.map { HTML.el("li", [:], text: $0) })
    }

    /// The sources a page's statements come from.
    static func sources(_ list: [KitSource], _ s: Strings) -> HTML {
        .el("section", ["class": "sources"], [
            .el("h2", [:], text: s.kitSourcesTitle),
            .el("ul", [:], list.map { source in
                HTML.el("li", [:], [
                    .text(source.title(s) + ". "),
                    .el("a", ["href": source.url, "rel": "noreferrer"], text: source.url),
                ])
            }),
        ])
    }

    /// The sources in one line, titles only, for a page that must stay on one sheet (the links are on
    /// the start page).
    static func shortSources(_ list: [KitSource], _ s: Strings) -> HTML {
        .el("p", ["class": "sources"], text: s.kitSourcesShort(titles: list.map { $0.title(s) }.joined(separator: "; ")))
    }

    /// The footer: where the page came from, and the caveat every output carries.
    static func footer(_ s: Strings) -> HTML {
        .el("footer", [:], [p(s.kitCaveat), p(s.kitLocalNote)])
    }
}
