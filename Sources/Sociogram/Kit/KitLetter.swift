/// `03-foreldrebrev.html`: the information letter to parents and pupils, with the school's blanks
/// filled from the options (school, contact, date) and lines left to fill in where they were not given.
/// Where it states a rule it names it in the text (opplæringsloven, PVN-2020-13, GDPR Article 15); its
/// model is Udir's information letter for Elevundersøkelsen (the sources are listed on the start page).
enum KitLetter {
    static func bytes(_ kit: KitContext) -> [UInt8] {
        let s = kit.s
        let o = kit.options
        let main: [HTML] = [
            .el("p", [:], [KitPage.blank(o.school, s)]),
            KitPage.filled({ s.kitLetterDate(date: $0) }, o.date.map(s.date), s),
            KitPage.p(s.kitLetterTo(className: kit.className)),
            .el("h1", [:], text: s.kitLetterSubject),
            KitPage.p(s.kitLetterPurpose(className: kit.className)),
            .el("h2", [:], text: s.kitLetterWhatTitle),
            KitPage.p(s.kitLetterWhat(choices: kit.choices)),
            .el("ul", [:], kit.questions.map { HTML.el("li", ["class": "question"], text: $0.text(s)) }),
            KitPage.p(s.kitLetterNoNegative),
            .el("h2", [:], text: s.kitLetterWhoTitle),
            KitPage.p(s.kitLetterWho),
            .el("h2", [:], text: s.kitLetterWhereTitle),
            KitPage.p(s.kitLetterWhere),
            .el("h2", [:], text: s.kitLetterKeepTitle),
            KitPage.filled({ s.kitLetterKeep(deleteBy: $0) }, nil, s),
            KitPage.p(s.kitLetterBasis),
            KitPage.p(s.kitLetterRights),
            .el("h2", [:], text: s.kitLetterContactTitle),
            KitPage.filled({ s.kitLetterContact(contact: $0) }, o.contact, s),
            KitPage.p(s.kitLetterGreeting),
            .el("p", [:], [KitPage.blank(o.school, s)]),
        ]
        return KitPage.document(kit, title: s.kitLetterSubject, body: [.el("main", ["class": "letter"], main)])
    }
}
