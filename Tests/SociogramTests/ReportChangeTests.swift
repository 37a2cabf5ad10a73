import Foundation
import Testing
@testable import Sociogram

/// The report's section on what changed since an earlier survey (`report --before`), on `fixtures/waves`
/// (expected numbers in its README): Hanne Juul left, Ivar Krogh joined, Frida Holm is followed up.
@Suite struct ReportChangeTests {
    let before = try! ImportFixtures.load("waves/before.csv").network
    let after = try! ImportFixtures.load("waves/after.csv").network

    func report(labels: LabelStyle, language: Language = .nb) throws -> String {
        let focus = try #require(after.pupils.firstIndex { $0.name == "Frida Holm" })
        var comparison = try Comparison.run(
            before: before, after: after,
            options: CompareOptions(pseudonymised: labels == .codes, beforeLabel: "høst", afterLabel: "vår"))
        comparison.addEvaluation(pupil: focus, language: language)
        return try HTMLReport.make(
            try ClassAnalysis(network: after),
            options: ReportOptions(
                language: language, labels: labels, focus: focus, created: ReportFixtures.day, toolVersion: "test",
                comparison: comparison))
    }

    @Test func sectionHasTheChangesTheDifferenceSociogramAndTheEvaluation() throws {
        let html = try report(labels: .names)
        let section = try #require(ReportFixtures.between(html, "<section id=\"change\"", "</section>"))
        #expect(html.contains("href=\"#change\""))
        #expect(section.contains("Positive valg: 11 beholdt, 3 nye, 1 falt bort; stabilitet (Jaccard) 0,73"))
        #expect(section.contains("Har sluttet: Hanne Juul") && section.contains("Nye i klassen: Ivar Krogh"))
        #expect(section.contains("<svg") && section.contains("data-view=\"difference\""))
        // David Fossum: chosen by 1 → 2, mutual 1 → 0 (the README's numbers)
        #expect(section.contains("<td>David Fossum</td><td class=\"num\">1 → 2</td><td class=\"num\">1 → 0</td>"))
        #expect(section.contains("Evaluering for Frida Holm (høst → vår)."))
        let text = try #require(section.components(separatedBy: "</svg>").last)
        #expect(text.components(separatedBy: "øyeblikksbilde").count == 2)  // the caveat once in the text
        #expect(!html.contains("http://") && !html.contains("https://"))
    }

    @Test func withoutAComparisonThereIsNoSection() throws {
        let html = try HTMLReport.make(
            try ClassAnalysis(network: after), options: ReportOptions(created: ReportFixtures.day, toolVersion: "test"))
        #expect(!html.contains("id=\"change\"") && !html.contains("#change"))
    }

    /// In codes mode the pupil who left appears by the comparison's code, never by name, and that code
    /// is no current pupil's code.
    @Test func codesModeNamesNobodyIncludingWhoLeft() throws {
        let html = try report(labels: .codes, language: .en)
        for name in before.pupils.map(\.name) + after.pupils.map(\.name) {
            for part in name.split(separator: " ") where part.count >= 4 { #expect(!html.contains(part), "\(part)") }
        }
        let section = try #require(ReportFixtures.between(html, "<section id=\"change\"", "</section>"))
        let left = try #require(ReportFixtures.between(section, "Left: ", "<"))
        #expect(!after.pupils.map(\.code).contains(left))
    }
}
