import Foundation
import Testing

/// `sociogram placement` on the grade-7 fixture (a folder of four classes, 100 pupils).
@Suite struct PlacementCLITests {
    static let grade = CLIRunner.fixture("grade-7")
    /// A short search keeps the debug-build tests quick (the debug build anneals about 30 times slower
    /// than the release build: four iterations ran into the 30 s time limit); sizes, balance and
    /// completeness do not depend on it.
    static let quick = ["--iterations", "1", "--time-limit", "2"]

    @Test func gradeIsPlacedInBalancedClassesAndTheDocumentFollowsTheSchema() throws {
        let r = try CLIRunner.run(["placement", Self.grade, "--classes", "4", "--json"] + Self.quick)
        #expect(r.status == 0 || r.status == 1, "\(r.stderr)")
        #expect(try SuggestCLI.schemaViolations(r, document: "PlacementDocument") == [])
        let doc = try SuggestCLI.json(r)
        let classes = try #require(doc["classes"] as? [[String: Any]])
        #expect(classes.count == 4)
        let sizes = classes.compactMap { $0["size"] as? Int }
        #expect(sizes == [25, 25, 25, 25])
        let members = classes.flatMap { SuggestCLI.ids($0["members"]) }
        #expect(members.count == 100)
        #expect(Set(members).count == 100, "every pupil in exactly one class")
        for c in classes {
            let from = (c["fromClasses"] as? [[String: Any]] ?? []).compactMap { $0["pupils"] as? Int }
            #expect(from.reduce(0, +) == c["size"] as? Int)
        }
        // Anyone listed without a chosen friend is reported as an unmet wish.
        let without = Set(classes.flatMap { SuggestCLI.ids($0["withoutChosenFriend"]) })
        let unmet = Set((doc["unmet"] as? [[String: Any]] ?? []).flatMap { SuggestCLI.ids($0["pupils"]) })
        #expect(without.isSubset(of: unmet))
        #expect((doc["needsAttention"] as? Bool) == !(doc["unmet"] as? [Any] ?? []).isEmpty)
        #expect(r.status == ((doc["needsAttention"] as? Bool) == true ? 1 : 0))
    }

    @Test func unevenGradeGivesSizesDifferingByAtMostOne() throws {
        let r = try CLIRunner.run(["placement", Self.grade, "--classes", "3", "--json"] + Self.quick)
        let sizes = (try SuggestCLI.json(r)["classes"] as? [[String: Any]] ?? []).compactMap { $0["size"] as? Int }
        #expect(sizes.sorted() == [33, 33, 34])
    }

    @Test func genderIsBalancedWhenTheRosterGivesIt() throws {
        let file = CLIRunner.fixture("grade-7-file/trinn7.csv"), roster = CLIRunner.fixture("grade-7-file/roster-trinn7.csv")
        let r = try CLIRunner.run(["placement", file, "--roster", roster, "--classes", "4", "--json"] + Self.quick)
        let classes = try SuggestCLI.json(r)["classes"] as? [[String: Any]] ?? []
        let girls = classes.compactMap { $0["girls"] as? Int }
        let total = girls.reduce(0, +)
        #expect(total > 0)
        for g in girls { #expect(abs(Double(g) - Double(total) / 4) <= 1.5, "girls per class \(girls)") }
    }

    @Test func impossibleRequestsAreExitTwo() throws {
        let small = try CLIRunner.run(["placement", Self.grade, "--classes", "4", "--max-size", "20"])
        #expect(small.status == 2)
        #expect(small.stderr.contains("do not fit in 4 classes of at most 20"))
        let many = try CLIRunner.run(["placement", Self.grade, "--classes", "101"])
        #expect(many.status == 2)
        let twoEmmas = try CLIRunner.run(["placement", Self.grade, "--classes", "4", "--apart", "Emma Hansen,Ask Dahl"])
        #expect(twoEmmas.status == 2, "a name two pupils share is not silently given to one of them")
        #expect(twoEmmas.stderr.contains("fits several pupils"))
        #expect(twoEmmas.stderr.contains("id p18 (7A)") && twoEmmas.stderr.contains("id p49 (7C)"))
    }

    @Test func diagramDrawsEachNewClassAsABox() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dot = folder.appendingPathComponent("klasser.dot").path
        let r = try CLIRunner.run(["placement", Self.grade, "--classes", "4", "-o", dot, "--lang", "en"] + Self.quick)
        #expect(r.status == 0 || r.status == 1)
        #expect(r.stdout.contains("Class placement for"))
        let text = try String(contentsOfFile: dot, encoding: .utf8)
        #expect(text.components(separatedBy: "subgraph cluster_").count - 1 == 4)
    }
}
