/// `01-sporsmal.html`: the questions and why, how many choices and why, Microsoft Forms and Google Forms
/// step by step, and — behind a warning, never in the kit — what to know about a negative question.
enum KitQuestionsPage {
    static func bytes(_ kit: KitContext) -> [UInt8] {
        let s = kit.s
        var main: [HTML] = [KitPage.kicker(kit), .el("h1", [:], text: s.kitQuestionsTitle), KitPage.p(s.kitQuestionsIntro)]
        for q in kit.questions {
            main.append(.el("h2", [:], text: q.title(s)))
            main.append(KitPage.p(s.kitQuestionLimit(question: q.text(s), choices: kit.choices), "question"))
            main.append(KitPage.p(q.why(s)))
        }
        main += [
            .el("h2", [:], text: s.kitChoicesTitle),
            KitPage.p(s.kitChoicesText(choices: kit.choices)),
            KitPage.p(s.kitListWhy),
            .el("h2", [:], text: s.kitMsFormsTitle),
            KitPage.list("ol", [
                s.kitMsForms1(className: kit.className), s.kitMsForms2, s.kitMsForms3, s.kitMsForms4(choices: kit.choices),
                s.kitMsForms5,
            ]),
            .el("h2", [:], text: s.kitGoogleFormsTitle),
            KitPage.list("ol", [
                s.kitGoogleForms1(className: kit.className), s.kitGoogleForms2, s.kitGoogleForms3,
                s.kitGoogleForms4(choices: kit.choices), s.kitGoogleForms5,
            ]),
            KitPage.p(s.kitFormsRanked(choices: kit.choices)),
            KitPage.p(s.kitNoFreeText, "callout"),
            .el("section", ["class": "warning"], [
                .el("h2", [:], text: s.kitNegativeTitle),
                KitPage.p(s.kitNegativeWarning), KitPage.p(s.kitNegativeReasons), KitPage.p(s.kitNegativeIfUsed),
            ]),
            KitPage.sources([.klassetrivsel, .lmsData, .lmsPractical], s),
            KitPage.footer(s),
        ]
        return KitPage.document(kit, title: s.kitQuestionsTitle + " – " + kit.className, body: [.el("main", [:], main)])
    }
}
