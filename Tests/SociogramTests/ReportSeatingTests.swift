import Foundation
import Testing
@testable import Sociogram

/// The report's seating-plan section (`report --seating ROOM`).
@Suite struct ReportSeatingTests {
    static let search = SeatingSearch(seed: 1, iterations: 3_000)

    static func report(
        _ network: ClassNetwork, room: Room, request: SeatingRequest, language: Language = .nb, labels: LabelStyle = .names
    ) throws -> (html: String, result: SeatingResult) {
        let work = labels == .codes ? network.withCodesAsNames() : network
        let result = try work.suggestSeating(in: room, request)
        var options = ReportOptions(language: language, labels: labels, surveyDate: ReportFixtures.day, created: ReportFixtures.day, toolVersion: "test")
        options.seating = result
        return (try HTMLReport.make(try ClassAnalysis(network: network), options: options), result)
    }

    /// The cell text of the neighbours table's row for `label`, one string per column after the pupil.
    static func row(_ html: String, of label: String) -> String? {
        guard let table = ReportFixtures.between(html, "class=\"seating-neighbours\"", "</table>") else { return nil }
        return table.components(separatedBy: "<tr").first { $0.contains("<th scope=\"row\"><span class=\"who\"") && $0.contains(">\(label)</span></th>") }
    }

    @Test("The section has the chart, every pupil's desk-mates and the caveat, in every language", arguments: Language.allCases)
    func sectionShowsChartNeighboursAndCaveat(language: Language) throws {
        let network = try ReportFixtures.class7B().network
        let room = try Room.preset("pairs:5x3")
        let (html, result) = try Self.report(network, room: room, request: SeatingRequest(search: Self.search), language: language)
        let s = Strings(language)
        let section = try #require(ReportFixtures.between(html, "<section id=\"seating\"", "</section>"))
        #expect(section.contains(s.reportSeatingTitle))
        #expect(section.contains(s.seatingCaveat))
        #expect(section.contains("data-view=\"seating1\""))
        #expect(html.contains("href=\"#seating\""))
        // Every desk-mate pair of the plan is in both pupils' rows.
        let plan = result.plans[0]
        let deskMates = plan.neighbourPairs(in: room).filter { $0.kind == .table }
        #expect(deskMates.count >= 10)
        for pair in deskMates {
            let rowA = try #require(Self.row(section, of: network.pupils[pair.a].name), "row of \(network.pupils[pair.a].name)")
            #expect(rowA.contains(">\(network.pupils[pair.b].name)</span>"))
        }
        // Each pupil has exactly one row.
        #expect(ReportFixtures.count("<th scope=\"row\">", in: section) == network.count)
    }

    @Test("Unmet rules and wishes are listed with the reason; several rotations each have their chart")
    func unmetRulesAreListed() throws {
        let network = try ReportFixtures.class7B().network
        let room = try Room.preset("pairs:5x3")
        let ola = try network.pupilIndex(matching: "Ola Hansen"), jonas = try network.pupilIndex(matching: "Jonas Vik")
        let request = SeatingRequest(
            rotations: 2, apart: [GroupingProblem.Pair(ola, jonas)], fixed: [ola: .seat(0), jonas: .seat(1)], search: Self.search)
        let (html, result) = try Self.report(network, room: room, request: request, language: .en)
        #expect(result.needsAttention)
        let section = try #require(ReportFixtures.between(html, "<section id=\"seating\"", "</section>"))
        #expect(section.contains("data-view=\"seating2\""))
        #expect(section.contains("Rotation 2 of 2"))
        #expect(section.contains("Not kept: ") && section.contains("must sit apart"))
    }

    @Test("Without a room the report has no seating section")
    func noSeatingWithoutRoom() throws {
        let html = try ReportFixtures.report(try ReportFixtures.class7B().network)
        #expect(!html.contains("id=\"seating\""))
    }

    @Test("In codes mode the seating section carries codes and no name", arguments: Language.allCases)
    func codesModeHasNoName(language: Language) throws {
        let network = try ReportFixtures.class7B().network
        let (html, _) = try Self.report(
            network, room: try Room.preset("islands:6x5"), request: SeatingRequest(search: Self.search), language: language, labels: .codes)
        let section = try #require(ReportFixtures.between(html, "<section id=\"seating\"", "</section>"))
        #expect(section.contains(network.pupils[0].code))
        for fragment in ReportFixtures.nameFragments(network) where fragment.count >= 4 {
            #expect(!ReportFixtures.containsWord(html, fragment), "\(fragment)")
        }
    }
}
