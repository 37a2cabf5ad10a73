import Foundation
import Testing
@testable import Sociogram

/// The one rule for sentences about status (``StatusEvidence``): counts from the LM and LL questions the
/// category comes from, "more/fewer than the class average" for every pupil in the category, «mange» /
/// «få» only where the chance model finds the count unusual, and nothing from the negative question in
/// the activity-plan draft unless asked for.
@Suite struct StatusWordingTests {
    /// 7B: Lars Tveit is Coie–Dodge rejected with 2 negative nominations of 23 while Emil Pedersen has 14;
    /// by chance 2 is not unusual in this class, 14 is.
    /// The summary's attention sentence with one of its two counts at zero says what holds, never a
    /// double negative («Ingen elever ble ikke valgt», «No pupils were not chosen»).
    @Test(arguments: Language.allCases) func theAttentionSentenceHasNoDoubleNegative(language: Language) {
        let s = Strings(language)
        for (isolated, noMutual) in [(0, 2), (2, 0), (1, 1), (3, 4)] {
            let line = s.summaryAttention(isolated: isolated, noMutual: noMutual, both: 0)
            for wrong in ["Ingen elever ble ikke", "ingen elever som svarte, har ingen", "No pupils were not", "no pupils who answered have no",
                          "Ingen elevar vart ikkje"] {
                #expect(!line.contains(wrong), "\(language) \(isolated)/\(noMutual): \(line)")
            }
            #expect(line.contains(String(max(isolated, noMutual))), "\(line)")
        }
    }

    @Test func manyOnlyWhereTheChanceModelFindsItUnusual() throws {
        let network = try ReportFixtures.class7B().network
        let analysis = try ClassAnalysis(network: network)
        let lars = try network.pupilIndex(matching: "Lars Tveit"), emil = try network.pupilIndex(matching: "Emil Pedersen")
        #expect(analysis.pupils[lars].coieDodge == .rejected && analysis.pupils[lars].newcombBukowski?.status == .average)
        let l = try #require(StatusEvidence(analysis, pupil: lars)), e = try #require(StatusEvidence(analysis, pupil: emil))
        #expect((l.ll, l.lm, l.outOf, l.lead) == (2, 0, 23, .neither))
        #expect((e.ll, e.lm, e.lead) == (14, 1, .negative))
        let s = Strings(.nb)
        #expect(s.describeRejected(l) == "flere negative og færre positive valg enn gjennomsnittet (nevnt negativt av 2 av 23, valgt av ingen av 23)")
        #expect(s.describeRejected(e).hasPrefix("mange negative valg, færre positive enn gjennomsnittet (nevnt negativt av 14 av 23"))
        let html = try ReportFixtures.report(network)
        let attention = try #require(ReportFixtures.between(html, "<section id=\"attention\"", "</section>"))
        #expect(attention.contains(
            "Flere negative og færre positive valg enn gjennomsnittet i klassen: 2 av 23 nevnte eleven i «Hvem vil du helst ikke være sammen med?», ingen av 23 valgte eleven i «Hvem vil du helst være sammen med i friminuttene?»."))
        // «mange» appears for Emil only, «få» for nobody with one choice in 23 that chance explains.
        #expect(ReportFixtures.count("Mange negative", in: attention) == 1)
        #expect(!attention.contains("få positive"))
        // The same in the terminal summary, in every language.
        for language in Language.allCases {
            let lines = Summary.lines(analysis, language: language).joined(separator: "\n")
            #expect(lines.contains(Strings(language).describeRejected(l)), "\(language)")
        }
    }

    /// `waves/after.csv`: Frida Holm's category comes from the first positive question, where she has one
    /// choice; the sentence counts from that question (1 of 6), not from both positive questions (3).
    @Test func theSentenceCountsFromTheQuestionsOfTheCategory() throws {
        let network = try ImportFixtures.load("waves/after.csv").network
        let analysis = try ClassAnalysis(network: network)
        let frida = try network.pupilIndex(matching: "Frida Holm")
        #expect(analysis.pupils[frida].flags.contains(.neglected))
        let e = try #require(StatusEvidence(analysis, pupil: frida))
        #expect(e.lmQuestion == analysis.lmQuestion && e.lm == analysis.pupils[frida].lm && e.lm == 1)
        #expect(analysis.positiveQuestions.count == 2)
        let html = try ReportFixtures.report(network)
        let attention = try #require(ReportFixtures.between(html, "<section id=\"attention\"", "</section>"))
        let lm = try #require(analysis.lmQuestion)
        #expect(attention.contains("1 av 6 valgte eleven i «\(network.questions[lm].text)»"))
        #expect(!attention.contains("Få valg av noe slag") && !attention.contains("valgt av 3"))
        // Chosen by nobody is counted over both positive questions, and says so.
        #expect(Strings(.nb).sentenceIsolated(questions: ["a", "b"]) == "Ble ikke valgt av noen i de 2 positive spørsmålene.")
    }

    /// The activity-plan draft leaves the negative question out and says so; `planWithNegative` puts the
    /// sentence in (`report --plan-with-negative`).
    @Test func thePlanDraftLeavesTheNegativeQuestionOutUnlessAsked() throws {
        let network = try ReportFixtures.class7B().network
        let emil = try network.pupilIndex(matching: "Emil Pedersen")
        let analysis = try ClassAnalysis(network: network)
        var options = ReportOptions(language: .nb, focus: emil, created: ReportFixtures.day, toolVersion: "test")
        let plain = try #require(ReportFixtures.between(try HTMLReport.make(analysis, options: options), "<section id=\"plan\"", "</section>"))
        #expect(plain.contains(Strings(.nb).planNegativeLeftOut))
        #expect(!plain.contains("nevnte eleven i «Hvem vil du helst ikke være sammen med?»"))
        options.planWithNegative = true
        let asked = try #require(ReportFixtures.between(try HTMLReport.make(analysis, options: options), "<section id=\"plan\"", "</section>"))
        #expect(!asked.contains(Strings(.nb).planNegativeLeftOut))
        #expect(asked.contains("14 av 23 nevnte eleven i «Hvem vil du helst ikke være sammen med?»"))
    }
}
