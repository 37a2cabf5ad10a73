/// `04-personvern.html`: the privacy and risk helper for the school owner's internal control — what the
/// tool processes, where and for how long, the pseudonymised mode, a deletion routine and the questions
/// a risk assessment (ROS/DPIA) must answer, to fill in. Marked as a helper, not legal advice.
enum KitPrivacyPage {
    static func bytes(_ kit: KitContext) -> [UInt8] {
        let s = kit.s
        let deletion = [s.kitDeletePaper, s.kitDeleteForms, s.kitDeleteFiles, s.kitDeleteResults, s.kitDeleteArchive]
        let questions = [
            s.kitRosPurpose, s.kitRosBasis, s.kitRosMinimise, s.kitRosAccess, s.kitRosRetention, s.kitRosInform,
            s.kitRosRisk, s.kitRosDpia,
        ]
        let main: [HTML] = [
            KitPage.kicker(kit),
            .el("h1", [:], text: s.kitPrivacyTitle),
            KitPage.p(s.kitNotLegalAdvice, "warning"),
            KitPage.p(s.kitPrivacyWhy),
            .el("h2", [:], text: s.kitPrivacyDataTitle), KitPage.p(s.kitPrivacyData),
            .el("h2", [:], text: s.kitPrivacyWhereTitle), KitPage.p(s.kitPrivacyWhere), KitPage.p(s.kitPrivacyForms),
            .el("h2", [:], text: s.kitPrivacyPseudoTitle), KitPage.p(s.kitPrivacyPseudo),
            .el("h2", [:], text: s.kitPrivacyDeleteTitle),
            .el("ul", [:], deletion.map { HTML.el("li", [:], [.text($0 + " "), KitPage.blank(nil, s)]) }),
            .el("h2", [:], text: s.kitPrivacyRosTitle),
            .el("ol", [:], questions.map { q in
                HTML.el("li", [:], [.text(q), .el("span", ["class": "fill", "aria-label": s.kitAnswer], [])])
            }),
            KitPage.sources([.pvn, .lmsData, .klassetrivsel], s),
            KitPage.footer(s),
        ]
        return KitPage.document(kit, title: s.kitPrivacyTitle, body: [.el("main", [:], main)])
    }
}
