import Foundation
import Testing
@testable import Sociogram

/// Paths to the repository's `fixtures/` folder, found relative to this file (not via the shared data).
enum ImportFixtures {
    static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures").path

    static func path(_ relative: String) -> String { root + "/" + relative }

    /// Imports a fixture (a file or folder) with the given options.
    static func load(_ relative: String, roster: String? = nil, strict: Bool = false) throws -> ImportResult {
        try SurveyImporter.load(
            path: path(relative), options: ImportOptions(rosterPath: roster.map(path), strict: strict))
    }
}

/// Imports CSV text held in memory (UTF-8).
func importText(_ text: String, file: String = "test.csv", options: ImportOptions = ImportOptions()) throws(ImportError)
    -> ImportResult
{
    try SurveyImporter.load(bytes: Array(text.utf8), fileName: file, options: options)
}

/// The error an import throws, or `nil` when it succeeds.
func importError<T>(_ body: () throws(ImportError) -> T) -> ImportError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}

extension ClassNetwork {
    /// `(question text, from name, to name)` of every nomination.
    var namedTies: Set<[String]> {
        Set(nominations.map { [questions[$0.question].text, pupils[$0.from].name, pupils[$0.to].name] })
    }

    /// `(question text, from name, to name, rank)` of every nomination.
    var rankedTies: Set<[String]> {
        Set(nominations.map {
            [questions[$0.question].text, pupils[$0.from].name, pupils[$0.to].name, $0.rank.map(String.init) ?? "-"]
        })
    }

    func pupil(named name: String) -> Int? { pupils.firstIndex { $0.name == name } }
}

/// Expects `body` to throw an ``ImportError`` of `kind` at `line` and `column` of its file.
func expectImportError(
    _ kind: ImportError.Kind, line: Int?, column: Int?, sourceLocation: Testing.SourceLocation = #_sourceLocation,
    _ body: () throws(ImportError) -> Void
) {
    do {
        try body()
        Issue.record("expected an ImportError .\(kind)", sourceLocation: sourceLocation)
    } catch {
        #expect(error.kind == kind, sourceLocation: sourceLocation)
        #expect(error.location?.line == line, sourceLocation: sourceLocation)
        #expect(error.location?.column == column, sourceLocation: sourceLocation)
    }
}
