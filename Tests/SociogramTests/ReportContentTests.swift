import Foundation
import Testing
@testable import Sociogram

/// What the report says: sections, plain-words descriptions, languages, the negative question, the pupil part.
@Suite struct ReportContentTests {
    @Test func classReportHasEverySectionInOrder() throws {
        let html = try ReportFixtures.report(RenderFixtures.smallClass())
        let ids = ["summary", "attention", "sociogram", "target", "groups", "questions", "overview", "method", "closing"]
        let positions = try ids.map { id in try #require(html.range(of: "<section id=\"\(id)\"")?.lowerBound, "\(id)") }
        #expect(positions == positions.sorted())
        #expect(!html.contains("id=\"pupil\"") && !html.contains("id=\"plan\""))
        // the snapshot caveat at the top and in full at the end, and the privacy note
        #expect(html.contains("Sosiogrammet er aldri eneste grunnlag for et tiltak"))
        #expect(html.contains("aldri eneste grunnlag for et tiltak: bruk det sammen med samtaler"))
        #expect(html.contains("<h3>Personvern</h3>"))
    }

    @Test func attentionIsDescribedInWordsNotLabels() throws {
        let imported = try ReportFixtures.class7B()
        let html = try ReportFixtures.report(imported.network)
        let attention = try #require(ReportFixtures.between(html, "<section id=\"attention\"", "</section>"))
        // the planted structure: two isolates, one pupil without a mutual choice, one rejected pupil
        for name in ["Frida Løken", "Lars Tveit", "Tobias Myhre", "Emil Pedersen"] { #expect(attention.contains(name)) }
        #expect(attention.contains("Ble ikke valgt av noen i «Hvem vil du helst være sammen med i friminuttene?»."), "one positive question: named, not «de positive spørsmålene»")
        #expect(attention.contains("Har ingen gjensidige valg"))
        #expect(attention.contains("Mange negative valg, og færre positive enn gjennomsnittet i klassen: 14 av 23 nevnte eleven i «Hvem vil du helst ikke være sammen med?»"))
        // the section names the negative question it used, and uses no category label
        #expect(attention.contains("Undersøkelsen har et negativt spørsmål, «Hvem vil du helst ikke være sammen med?»"))
        for label in ["avvist", "oversett", "isolert", "populær", "kontroversiell", "stjerne"] {
            #expect(!attention.lowercased().contains(label), "\(label)")
        }
        // Kari Nordmann has mutual choices and is chosen: not in the list
        #expect(!attention.contains("<h3><span class=\"who\" data-p=\"\(try imported.network.pupilIndex(matching: "Kari Nordmann"))\""))
    }

    @Test func withoutANegativeQuestionNothingIsSaidAboutRejection() throws {
        let net = RenderFixtures.smallClass()
        let positiveOnly = net.replacingQuestions([net.questions[0], net.questions[1], net.questions[2].with(kind: .other, source: .userSet)])
        for language in Language.allCases {
            let html = try ReportFixtures.report(positiveOnly, language: language)
            let attention = try #require(ReportFixtures.between(html, "<section id=\"attention\"", "</section>"))
            #expect(attention.contains(Strings(language).attentionNoNegative))
            // No status sentence (each compares with the class average).
            #expect(!attention.contains(language == .en ? "class average" : "gjennomsnittet i klassen"), "\(language)")
            let method = try #require(ReportFixtures.between(html, "<section id=\"method\"", "</section>"))
            #expect(ReportFixtures.count(Strings(language).methodNeedsNegative, in: method) == 2)
        }
    }

    @Test func negativeQuestionIsDrawnOnlyWhenAsked() throws {
        let net = RenderFixtures.smallClass()  // q3 (index 2) is negative
        let plain = try ReportFixtures.report(net)
        #expect(!plain.contains("data-q=\"q2\""))
        #expect(plain.contains("Det negative spørsmålet («Hvem vil du helst ikke være sammen med?») er ikke tegnet"))
        let shown = try ReportFixtures.report(net, showNegative: true)
        #expect(shown.contains("data-q=\"q2\""))
        // a negative view never lists who was named most
        let view = try #require(ReportFixtures.between(shown, "data-q=\"q2\"", "</svg>"))
        #expect(!view.contains(Strings(.nb).mostChosen))
    }

    @Test func languagesUseTheirOwnWordsNumbersAndDates() throws {
        let imported = try ReportFixtures.class7B()
        let nb = try ReportFixtures.report(imported.network, language: .nb)
        let en = try ReportFixtures.report(imported.network, language: .en)
        #expect(nb.contains("<html lang=\"nb\">") && en.contains("<html lang=\"en\">"))
        #expect(nb.contains("24.11.2026") && en.contains("24 November 2026"))
        #expect(nb.contains("Sosiogrammet") && en.contains("The sociogram"))
        // modularity 0.55 in the language's decimal format
        let q = try #require(try ClassAnalysis(network: imported.network).communities?.modularity)
        #expect(nb.contains(Strings(.nb).decimal(q)) && nb.contains(","))
        #expect(en.contains(String(format: "%.2f", q)))
        // no bokmål sentence in the English report (diagram legends included)
        for word in ["Elever", "gjensidig", "valgt av", "spørsmålene", "Målskive", "jente"] {
            #expect(!en.contains(word), "\(word)")
        }
        for word in ["Pupils", "mutual choice", "chosen by", "girl"] { #expect(!nb.contains(word), "\(word)") }
    }

    @Test func pupilPartHasEgoViewFactsAndAnActivityPlanDraft() throws {
        let imported = try ReportFixtures.class7B()
        let frida = try imported.network.pupilIndex(matching: "Frida")
        let html = try ReportFixtures.report(imported.network, focus: frida)
        let pupil = try #require(ReportFixtures.between(html, "<section id=\"pupil\"", "</section>"))
        #expect(pupil.contains("data-view=\"ego\""))
        #expect(pupil.contains("Valgte selv: "))
        #expect(pupil.contains(Strings(.nb).supportMissing))  // no suggestions given
        let plan = try #require(ReportFixtures.between(html, "<section id=\"plan\"", "</section>"))
        for heading in ["Problemet tiltakene skal løse", "Tiltak", "Hvem er ansvarlig", "Når", "Evaluering"] {
            #expect(plan.contains(heading), "\(heading)")
        }
        #expect(plan.contains("I den sosiometriske undersøkelsen 24.11.2026"))
        #expect(plan.contains("ny sosiometrisk undersøkelse med de samme spørsmålene"))
        // the evaluation date is left blank for the teacher, as an editable field
        #expect(plan.contains("Tiltakene evalueres (dato): <span class=\"blank\" contenteditable=\"true\""))
        // measures: the pupil's own choices are named for work groups
        for name in ["Ida Berg", "Kari Nordmann", "Nora Kristiansen"] { #expect(plan.contains(name)) }
    }

    @Test func supportSuggestionsAreShownWithTheConsentReminder() throws {
        let net = RenderFixtures.smallClass()
        let support = ReportSupport(
            supporters: [.init(pupil: 1, reasons: ["named as helpful by 4 classmates"]), .init(pupil: 3, reasons: ["chose the pupil"])],
            group: [.init(pupil: 1, reasons: [], role: "the pupil's own choice"), .init(pupil: 3, reasons: [], role: "helpful peer")],
            design: "Support group with the pupil present.", consentReminder: "Classmates take part only voluntarily.",
            notes: ["No influence question."], excludedCount: 1)
        let html = try ReportFixtures.report(net, language: .en, focus: 5, support: support)
        let pupil = try #require(ReportFixtures.between(html, "<section id=\"pupil\"", "</section>"))
        #expect(pupil.contains("Classmates take part only voluntarily."))
        #expect(pupil.contains("named as helpful by 4 classmates"))
        #expect(pupil.contains("Ola Hansen</span> – the pupil&#39;s own choice") || pupil.contains("the pupil's own choice"))
        #expect(pupil.contains("One classmate was left out"))
        #expect(pupil.contains("data-view=\"supporters\""))
        let plan = try #require(ReportFixtures.between(html, "<section id=\"plan\"", "</section>"))
        #expect(plan.contains("Support group with"))
    }

    @Test func focusOutsideTheClassIsAnError() {
        #expect(throws: RenderError.self) { try ReportFixtures.report(RenderFixtures.smallClass(), focus: 99) }
    }

    @Test func codesModeShowsNoNameAnywhere() throws {
        let imported = try ReportFixtures.class7B()
        let focus = try imported.network.pupilIndex(matching: "Emil Pedersen")
        for language in Language.allCases {
            let html = try ReportFixtures.report(imported.network, language: language, labels: .codes, focus: focus, showNegative: true)
            for fragment in ReportFixtures.nameFragments(imported.network) {
                #expect(!ReportFixtures.containsWord(html, fragment), "\(fragment) in the \(language) report")
            }
            #expect(html.contains(imported.network.pupils[focus].code))
        }
    }
}
