import Testing
@testable import Sociogram

/// Every file in `fixtures/broken/` fails with the expected kind of error at the expected place.
@Suite struct ImportBrokenFixtureTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let file: String
        let roster: String?
        let kind: ImportError.Kind
        let line: Int?
        let column: Int?
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "unterminated-quote.csv", roster: nil, kind: .unterminatedQuote, line: 3, column: 2),
        Case(file: "ragged-row.csv", roster: nil, kind: .raggedRow, line: 5, column: 5),
        Case(file: "empty.csv", roster: nil, kind: .emptyFile, line: nil, column: nil),
        Case(file: "header-only.csv", roster: nil, kind: .emptyFile, line: 1, column: nil),
        Case(file: "binary-junk.csv", roster: nil, kind: .notText, line: 3, column: 1),
        Case(file: "workbook-renamed.csv", roster: nil, kind: .badWorkbook, line: nil, column: nil),
        Case(file: "unknown-names.csv", roster: "broken/wrong-roster.csv", kind: .unknownName, line: 2, column: 2),
        Case(file: "no-answers.csv", roster: nil, kind: .noAnswers, line: 1, column: 3),
        Case(file: "duplicate-respondent.csv", roster: nil, kind: .duplicateRespondent, line: 6, column: 1),
        Case(file: "non-square-matrix.csv", roster: nil, kind: .badMatrix, line: 1, column: nil),
        Case(file: "matrix-bad-cell.csv", roster: nil, kind: .badMatrix, line: 3, column: 4),
        Case(file: "edges-missing-to.csv", roster: nil, kind: .missingColumn, line: 1, column: nil),
        Case(file: "edges-bad-rank.csv", roster: nil, kind: .badValue, line: 3, column: 4),
        Case(file: "no-answers.csv", roster: "broken/roster-duplicate.csv", kind: .duplicateEntry, line: 4, column: 1),
        Case(file: "class-list-as-survey.csv", roster: nil, kind: .unknownLayout, line: 1, column: nil),
        Case(file: "no-respondent-column.csv", roster: nil, kind: .missingColumn, line: 1, column: nil),
    ]

    @Test(arguments: cases)
    func failsWithKindAndPlace(_ c: Case) {
        do {
            let r = try ImportFixtures.load("broken/" + c.file, roster: c.roster)
            Issue.record("\(c.file) imported \(r.network.count) pupils; expected \(c.kind)")
        } catch let error as ImportError {
            #expect(error.kind == c.kind)
            let expectedFile = ImportFixtures.path("broken/" + (c.kind == .duplicateEntry ? (c.roster ?? "").replacingOccurrences(of: "broken/", with: "") : c.file))
            #expect(error.location?.file == expectedFile)
            #expect(error.location?.line == c.line)
            #expect(error.location?.column == c.column)
            #expect(!error.message.isEmpty)
            #expect(error.description.hasPrefix(expectedFile))
        } catch {
            Issue.record("unexpected error type \(error)")
        }
    }

    @Test func missingFileIsNotReadable() {
        let e = importError { () throws(ImportError) in try SurveyImporter.load(path: "/nonexistent/klasse-7b.csv") }
        #expect(e?.kind == .fileNotReadable)
        #expect(e?.location?.file == "/nonexistent/klasse-7b.csv")
    }
}
