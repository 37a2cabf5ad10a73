/// `index.html`: what is in the folder, in which order to use it, and how to fill in the entry sheet.
enum KitIndexPage {
    static func bytes(_ kit: KitContext) -> [UInt8] {
        let s = kit.s
        let title = s.kitTitle(className: kit.className)
        let files: [(String, String)] = [
            (KitFileName.questions, s.kitFileQuestions), (KitFileName.run, s.kitFileRun),
            (KitFileName.letter, s.kitFileLetter), (KitFileName.privacy, s.kitFilePrivacy),
            (KitFileName.questionnaire, s.kitFileQuestionnaire), (KitFileName.interview, s.kitFileInterview),
            (KitEntrySheet.fileName, s.kitFileEntry),
        ]
        let commands = "sociogram inspect \(KitEntrySheet.fileName)\nsociogram analyze \(KitEntrySheet.fileName) --out analyse"
        let body: [HTML] = [
            .el("main", [:], [
                KitPage.kicker(kit),
                .el("h1", [:], text: title),
                KitPage.p(s.kitIndexIntro(className: kit.className)),
                .el("h2", [:], text: s.kitStepsTitle),
                .el("ol", [:], [
                    .el("li", [:], text: s.kitStep1), .el("li", [:], text: s.kitStep2), .el("li", [:], text: s.kitStep3),
                    .el("li", [:], text: s.kitStep4), .el("li", [:], text: s.kitStep5),
                    .el("li", [:], [.text(s.kitStep6), .el("pre", [:], [.el("code", [:], text: commands)])]),
                ]),
                .el("h2", [:], text: s.kitFilesTitle),
                .el("dl", ["class": "files"], files.flatMap { name, what in
                    [HTML.el("dt", [:], [.el("a", ["href": name], text: name)]), .el("dd", [:], text: what)]
                }),
                .el("h2", [:], text: s.kitEntryTitle),
                KitPage.list("ul", [s.kitEntryHow, s.kitEntryAbsent, s.kitEntryNobody, s.kitEntrySave]),
                KitPage.sources(KitSource.allCases, s),
                KitPage.footer(s),
            ])
        ]
        return KitPage.document(kit, title: title, body: body)
    }
}
