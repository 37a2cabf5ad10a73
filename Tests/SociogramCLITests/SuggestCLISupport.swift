import Foundation
import Testing

/// Helpers for the tests of `suggest`, `groups` and `placement`: the 7B fixture read independently of
/// the importer, JSON parsing, and schema checks against `docs/suggestions.schema.json`.
enum SuggestCLI {
    /// The 7B class as an edge list, with its roster.
    static let edges = CLIRunner.fixture("7b/edges.csv")
    static let roster = CLIRunner.fixture("7b/roster.csv")
    /// `FILE --roster ROSTER` for the 7B class.
    static let input = [edges, "--roster", roster]

    /// The negative question's text in the fixture (q2, see `fixtures/README.md`).
    static let negativeQuestion = "Hvem vil du helst ikke være sammen med?"

    /// One row of `fixtures/7b/edges.csv`.
    struct Edge: Hashable {
        let from: String
        let to: String
        let question: String
    }

    /// The fixture's nominations, read straight from the file (`fra;til;spørsmål;rangering`).
    static func readEdges() throws -> [Edge] {
        let text = try String(contentsOfFile: edges, encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
            let cells = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            return cells.count >= 3 ? Edge(from: cells[0], to: cells[1], question: cells[2]) : nil
        }
    }

    /// The roster rows `id,name,code,gender`.
    static func readRoster() throws -> [(id: String, name: String, code: String)] {
        let text = try String(contentsOfFile: roster, encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
            let c = line.split(separator: ",").map(String.init)
            return c.count >= 3 ? (c[0], c[1], c[2]) : nil
        }
    }

    /// Every name and name part of the roster (for "no name in the output" checks).
    static func nameWords() throws -> Set<String> {
        var words = Set<String>()
        for row in try readRoster() {
            words.insert(row.name)
            for part in row.name.split(separator: " ") { words.insert(String(part)) }
        }
        return words
    }

    /// The name words that occur in `text` as whole words (case-sensitive).
    static func names(in text: String, from words: Set<String>) -> [String] {
        let tokens = Set(text.split { !$0.isLetter }.map(String.init))
        return words.filter { w in w.contains(" ") ? text.contains(w) : tokens.contains(w) }.sorted()
    }

    /// Parses a command's JSON output.
    static func json(_ r: CLIRunner.Result) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
        return try #require(value as? [String: Any], "stdout is not a JSON object: \(r.stdout.prefix(200))")
    }

    /// The ids of a list of pupil references.
    static func ids(_ value: Any?) -> [String] {
        (value as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    /// Violations of the document definition `name` in `docs/suggestions.schema.json`.
    static func schemaViolations(_ r: CLIRunner.Result, document name: String) throws -> [String] {
        let url = CLIRunner.repoRoot.appendingPathComponent("docs/suggestions.schema.json")
        var root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        root["$ref"] = "#/$defs/\(name)"
        return try JSONSchemaValidator(root: root).violations(of: Data(r.stdout.utf8))
    }
}

extension JSONSchemaValidator {
    /// A validator for a schema already in memory.
    init(root: [String: Any]) { self.root = root }
}
