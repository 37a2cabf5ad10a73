/// `02-gjennomforing.html`: one page for the day itself — seating, silence, what to say, no promises,
/// an upset pupil, interviews for the youngest, absent pupils, following up (two columns, one A4 page).
enum KitRunSheet {
    static func bytes(_ kit: KitContext) -> [UInt8] {
        let s = kit.s
        let sections: [(String, HTML)] = [
            (s.kitRunBeforeTitle, KitPage.p(s.kitRunBefore)),
            (s.kitRunRoomTitle, KitPage.p(s.kitRunRoom)),
            (s.kitRunSayTitle, .join([KitPage.p(s.kitRunScript(choices: kit.choices), "script"), KitPage.p(s.kitRunNoPromise, "callout")])),
            (s.kitRunUpsetTitle, KitPage.p(s.kitRunUpset)),
            (s.kitRunYoungTitle, KitPage.p(s.kitRunYoung)),
            (s.kitRunAbsentTitle, KitPage.p(s.kitRunAbsent)),
            (s.kitRunRepeatTitle, KitPage.p(s.kitRunRepeat)),
            (s.kitRunAfterTitle, KitPage.p(s.kitRunAfter)),
        ]
        var main: [HTML] = [KitPage.kicker(kit), .el("h1", [:], text: s.kitRunTitle)]
        main.append(.el("ul", [:], kit.questions.map { HTML.el("li", ["class": "question"], text: $0.text(s)) }))
        // Two columns of the page: before, the room and what to say on the left; the rest on the right.
        let column = { (part: ArraySlice<(String, HTML)>) in
            HTML.el("div", [:], part.flatMap { title, content in [HTML.el("h2", [:], text: title), content] })
        }
        main.append(.el("div", ["class": "cols"], [column(sections[..<3]), column(sections[3...])]))
        main.append(KitPage.shortSources([.lmsData, .lmsConduct, .lmsInterpret], s))
        return KitPage.document(kit, title: s.kitRunTitle + " – " + kit.className, body: [.el("main", ["class": "run"], main)])
    }
}
