import Foundation
import Testing
@testable import Sociogram

/// The one string table: formats, both languages complete, the brief's terms.
@Suite struct ReportStringsTests {
    /// A report is read in a meeting, not at a terminal: its text names no command-line option or
    /// command (`--negative`, `--labels codes`, `sociogram compare`), in any language.
    @Test(arguments: Language.allCases) func theReportGivesNoCommandLineInstructions(language: Language) throws {
        let loaded = try ReportFixtures.class7B()
        let frida = try #require(loaded.network.pupils.firstIndex { $0.name == "Frida Løken" })
        var html = try ReportFixtures.report(loaded.network, language: language, focus: frida)
        for (open, close) in [("<script", "</script>"), ("<style", "</style>")] {
            while let a = html.range(of: open), let b = html.range(of: close, range: a.upperBound..<html.endIndex) {
                html.removeSubrange(a.lowerBound..<b.upperBound)
            }
        }
        let text = html.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        #expect(text.contains(loaded.network.pupils[frida].name))
        #expect(text.range(of: "(^|\\s)--[a-z]", options: .regularExpression) == nil, "an option in the \(language) report")
        let commands = "(compare|follow|analyze|report|batch|groups|render|inspect|kit|suggest|seating|placement)"
        #expect(text.range(of: "sociogram \(commands)\\b", options: .regularExpression) == nil, "a command in the \(language) report")
    }

    @Test func decimalsPercentsAndDatesFollowTheLanguage() {
        let nb = Strings(.nb), en = Strings(.en)
        #expect(nb.decimal(0.4213) == "0,42" && en.decimal(0.4213) == "0.42")
        #expect(nb.decimal(-0.97) == "\u{2212}0,97" && en.decimal(-0.97) == "\u{2212}0.97")
        #expect(nb.decimal(-0.001) == "0,00")  // never a negative zero
        #expect(nb.decimal(.nan) == "–")
        #expect(nb.decimal(2.96, digits: 1) == "3,0")
        #expect(nb.percent(0.923) == "92\u{00A0}%" && en.percent(0.923) == "92%")
        let day = CalendarDay(year: 2026, month: 11, day: 4)
        #expect(nb.date(day) == "04.11.2026" && en.date(day) == "4 November 2026")
        #expect(nb.list(["A", "B", "C"]) == "A, B og C" && en.list(["A", "B"]) == "A and B" && en.list([]) == "–")
        #expect(nb.fileSize(212_710) == "213 kB" && nb.fileSize(1_520_000) == "1,5 MB")
    }

    @Test func theTargetRingsCountTheirChoicesInTheRightNumber() {
        let en = Strings(.en)
        #expect(en.ring(4, 1, 1) == "ring 4: 1 choice")
        #expect(en.ring(5, 0, 0) == "ring 5: 0 choices")
        #expect(en.ring(1, 6, 14) == "ring 1: 6–14 choices")
        #expect(Strings(.nb).ring(4, 1, 1) == "ring 4: 1 valg" && Strings(.nn).ring(1, 2, 3) == "ring 1: 2–3 val")
    }

    @Test func calendarDaysParseBothFormatsAndRejectImpossibleDates() {
        #expect(CalendarDay(parsing: "2026-11-24") == CalendarDay(year: 2026, month: 11, day: 24))
        #expect(CalendarDay(parsing: "24.11.2026") == CalendarDay(year: 2026, month: 11, day: 24))
        #expect(CalendarDay(parsing: "29.02.2028") != nil)
        for bad in ["29.02.2027", "2026-13-01", "31.04.2026", "24/11/2026", "", "2026-11", "0.0.0000"] {
            #expect(CalendarDay(parsing: bad) == nil, "\(bad)")
        }
        #expect(CalendarDay(Date(timeIntervalSince1970: 0), timeZone: TimeZone(identifier: "UTC")!).iso == "1970-01-01")
    }

    @Test func theDiagramsSummaryAndNotesUseTheSameTable() throws {
        // the diagram legend comes from the table…
        let dot = Sociograms.classDiagram(RenderFixtures.smallClass(), options: DiagramOptions(language: .en)).dot
        #expect(dot.contains(Strings(.en).mutual) && dot.contains(Strings(.en).snapshot))
        // …and so do the terminal summary and the analysis notes
        let analysis = try ClassAnalysis(network: RenderFixtures.smallClass())
        let summary = Summary.lines(analysis, language: .en)
        #expect(summary.last == Strings(.en).caveat)
        #expect(AnalysisNote.nonRespondents(1).text(.nb) == Strings(.nb).note(.nonRespondents(1)))
        #expect(Strings(.nb).note(.nonRespondents(1)).hasPrefix("Én elev svarte ikke"))
        #expect(Strings(.en).note(.nonRespondents(3)).hasPrefix("3 pupils did not answer"))
    }

    @Test func bothLanguagesDifferAndUseTheBriefsTerms() {
        let nb = Strings(.nb), en = Strings(.en)
        let pairs: [(String, String)] = [
            (nb.sociogramTitle, en.sociogramTitle), (nb.mutual, en.mutual), (nb.oneWay, en.oneWay),
            (nb.caveat, en.caveat), (nb.planIntro, en.planIntro), (nb.methodCoieDodge, en.methodCoieDodge),
            (nb.privacyLong(.codes), en.privacyLong(.codes)), (nb.attentionNoNegative, en.attentionNoNegative),
        ]
        for (a, b) in pairs { #expect(a != b && !a.isEmpty && !b.isEmpty) }
        #expect(nb.mutual == "gjensidig valg" && nb.oneWay == "ensidig valg")
        #expect(nb.status(CoieDodgeStatus.rejected) == "avvist" && nb.status(CoieDodgeStatus.neglected) == "oversett")
        #expect(nb.planIntro.contains("aktivitetsplan") && nb.supportGroupHeading.contains("støttegruppe"))
        #expect(nb.methodCoieDodge.contains("zSP < −1") && nb.methodCoieDodge.contains("−0,5 < zSP < 0,5"))
        #expect(en.methodCoieDodge.contains("−0.5 < zSP < 0.5"))
        #expect(nb.methodStandardisation(alpha: "0,05").contains("n − 1"))
    }
}
