import Foundation
import Testing

/// `sociogram seating` on the 7B fixture (26 pupils), run as the built binary.
@Suite struct SeatingCLITests {
    static let forms = CLIRunner.fixture("7b/forms-nb.csv")
    static let quick = ["--iterations", "3000"]

    @Test func planHasOneSeatPerPupilAndKeepsTheApartPairAndFixedSeat() throws {
        let folder = try CLIRunner.temporaryFolder()
        let out = folder.appendingPathComponent("plan").path
        let r = try CLIRunner.run(
            ["seating", Self.forms, "--room", "pairs:5x3", "--rotations", "2", "--apart", "Jonas Vik,Magnus Lie",
             "--fixed", "Ola Hansen=A1", "--out", out] + Self.quick)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("sit beside someone they chose"))
        #expect(r.stdout.contains("never replaces"))
        let files = CLIRunner.files(in: URL(fileURLWithPath: out))
        for name in ["seating.json", "seating-r1.png", "seating-r1.svg", "seating-r1.pdf", "seating-r2.png"] {
            #expect(files.contains(name), "\(name) in \(files)")
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: out).appendingPathComponent("seating.json"))
        let doc = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let rotations = try #require(doc["rotations"] as? [[String: Any]])
        #expect(rotations.count == 2)
        for rotation in rotations {
            let seats = try #require(rotation["seats"] as? [[String: Any]])
            #expect(seats.count == 30)
            let names = seats.compactMap { ($0["pupil"] as? [String: Any])?["name"] as? String }
            #expect(names.count == 26 && Set(names).count == 26)
            let a1 = seats.first { $0["seat"] as? String == "A1" }
            #expect((a1?["pupil"] as? [String: Any])?["name"] as? String == "Ola Hansen")
            let neighbours = rotation["neighbours"] as? [[String: Any]] ?? []
            let pairs = neighbours.map { Set([($0["a"] as? [String: Any])?["name"] as? String ?? "", ($0["b"] as? [String: Any])?["name"] as? String ?? ""]) }
            #expect(!pairs.contains(Set(["Jonas Vik", "Magnus Lie"])))
            #expect(rotation["objective"] is [String: Any])
        }
    }

    @Test(arguments: [["--lang", "nb"], ["--lang", "nn", "--labels", "codes", "--rotations", "2"],
                      ["--lang", "nn", "--fixed", "Ola Hansen=A1", "--fixed", "Jonas Vik=A2", "--apart", "Ola Hansen,Jonas Vik"],
                      ["--lang", "en", "--fixed", "Ola Hansen=A1", "--fixed", "Jonas Vik=C1", "--together", "Ola Hansen,Jonas Vik"]])
    func jsonValidatesAgainstTheSchema(extra: [String]) throws {
        let schema = try JSONSchemaValidator(schemaFile: CLIRunner.repoRoot.appendingPathComponent("docs/seating.schema.json"))
        for room in ["pairs:5x3", "horseshoe:26"] {
            let r = try CLIRunner.run(["seating", Self.forms, "--room", room, "--json"] + extra + Self.quick)
            #expect(r.status == 0 || r.status == 1, "\(r.stderr)")
            #expect(r.stdout.contains("\"unmet\""))
            #expect(try schema.violations(of: Data(r.stdout.utf8)) == [])
        }
    }

    @Test func togetherPairSitsBesideEachOtherAndApartAndTogetherIsExitTwo() throws {
        let r = try CLIRunner.run(["seating", Self.forms, "--room", "rows:5x6", "--together", "Jonas Vik,Magnus Lie", "--json"] + Self.quick)
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] ?? [:]
        let rotation = (doc["rotations"] as? [[String: Any]])?.first ?? [:]
        let beside = (rotation["neighbours"] as? [[String: Any]] ?? []).contains { n in
            Set([n["a"], n["b"]].compactMap { ($0 as? [String: Any])?["name"] as? String }) == ["Jonas Vik", "Magnus Lie"]
                && ["table", "beside"].contains(n["kind"] as? String ?? "")
        }
        #expect(beside)
        let both = try CLIRunner.run(
            ["seating", Self.forms, "--room", "rows:5x6", "--together", "Jonas Vik,Magnus Lie", "--apart", "Magnus Lie,Jonas Vik"] + Self.quick)
        #expect(both.status == 2)
    }

    @Test func codesModeHasNoNames() throws {
        let r = try CLIRunner.run(["seating", Self.forms, "--room", "islands:6x5", "--labels", "codes", "--json"] + Self.quick)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.contains("Ola Hansen") && !r.stdout.contains("Jonas"))
        #expect(r.stdout.contains("\"pseudonymised\" : true"))
    }

    @Test func impossibleRuleIsExitOneWithThePlan() throws {
        // Two pupils fixed side by side at one double desk but asked to sit apart.
        let r = try CLIRunner.run(
            ["seating", Self.forms, "--room", "pairs:5x3", "--fixed", "Ola Hansen=A1", "--fixed", "Jonas Vik=A2",
             "--apart", "Ola Hansen,Jonas Vik"] + Self.quick)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stdout.contains("must sit apart"))
        #expect(r.stdout.contains("best plan that keeps the other rules"))
    }

    @Test func badInputIsExitTwoWithLineAndColumn() throws {
        let folder = try CLIRunner.temporaryFolder()
        let roomFile = folder.appendingPathComponent("rom.txt")
        try "tavle\nAA BB\nA# 11\n".write(to: roomFile, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["seating", Self.forms, "--room", roomFile.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("line 3, column 2"), "\(r.stderr)")
        let small = try CLIRunner.run(["seating", Self.forms, "--room", "pairs:2x2"])
        #expect(small.status == 2 && small.stderr.contains("8 seats for 26 pupils"), "\(small.stderr)")
        let preset = try CLIRunner.run(["seating", Self.forms, "--room", "circle:9"])
        #expect(preset.status == 2)
        let seat = try CLIRunner.run(["seating", Self.forms, "--room", "pairs:5x3", "--fixed", "Ola Hansen=Z9"])
        #expect(seat.status == 2 && seat.stderr.contains("no seat"))
    }
}
