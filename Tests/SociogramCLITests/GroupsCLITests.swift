import Foundation
import Testing

/// `sociogram groups`, run as a user runs it.
@Suite struct GroupsCLITests {
    /// A short search keeps the debug-build tests quick where the quality of the groups is not tested.
    static let quick = ["--iterations", "60"]

    /// Groups of one round as sets of pupil ids.
    static func groups(_ round: [String: Any]) -> [Set<String>] {
        (round["groups"] as? [[String: Any]] ?? []).map { Set(SuggestCLI.ids($0["members"])) }
    }

    /// Two pairs of mutual friends (each would like to be together) kept apart over three rounds.
    @Test func apartPairsAreNeverTogetherInAnyRound() throws {
        let r = try CLIRunner.run(
            ["groups"] + SuggestCLI.input + [
                "--size", "4", "--rounds", "3", "--apart", "Kari Nordmann,Ingrid Bakken", "--apart", "Ola Hansen, Jonas Vik",
                "--json", "--iterations", "150",
            ])
        #expect(r.status == 0 || r.status == 1, "\(r.stderr)")
        let doc = try SuggestCLI.json(r)
        let rounds = try #require(doc["rounds"] as? [[String: Any]])
        #expect(rounds.count == 3)
        let ids = Dictionary(uniqueKeysWithValues: try SuggestCLI.readRoster().map { ($0.name, $0.id) })
        let pairs = [("Kari Nordmann", "Ingrid Bakken"), ("Ola Hansen", "Jonas Vik")].map { (ids[$0.0]!, ids[$0.1]!) }
        let request = try #require(doc["request"] as? [String: Any])
        #expect((request["apart"] as? [[Any]])?.count == 2)
        for round in rounds {
            let groups = Self.groups(round)
            #expect(groups.reduce(0) { $0 + $1.count } == 26)
            #expect(Set(groups.flatMap { $0 }).count == 26, "every pupil in exactly one group")
            for (a, b) in pairs {
                #expect(!groups.contains { $0.contains(a) && $0.contains(b) }, "round \(round["round"] ?? "?")")
            }
        }
    }

    /// Every negative pair of the fixture is either in different groups or reported as unmet.
    @Test func negativePairsAreApartOrReported() throws {
        let ids = Dictionary(uniqueKeysWithValues: try SuggestCLI.readRoster().map { ($0.name, $0.id) })
        let negative = try SuggestCLI.readEdges().filter { $0.question == SuggestCLI.negativeQuestion }
        let r = try CLIRunner.run(["groups"] + SuggestCLI.input + ["--size", "5", "--rounds", "2", "--json"] + Self.quick)
        let rounds = try #require(try SuggestCLI.json(r)["rounds"] as? [[String: Any]])
        for round in rounds {
            let reported = Set((round["unmet"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "negativeApart" }
                .map { Set(SuggestCLI.ids($0["pupils"])) })
            for e in negative {
                let pair = Set([ids[e.from]!, ids[e.to]!])
                let together = Self.groups(round).contains { pair.isSubset(of: $0) }
                #expect(!together || reported.contains(pair), "\(e.from) and \(e.to)")
            }
        }
    }

    @Test func textShowsMembersLeaderAndTies() throws {
        let r = try CLIRunner.run(["groups"] + SuggestCLI.input + ["--size", "4", "--lang", "en"] + Self.quick)
        #expect(r.status == 0 || r.status == 1)
        #expect(r.stdout.contains("Group 1: "))
        #expect(r.stdout.contains("(leader)"))
        #expect(r.stdout.contains(" ↔ "))
        #expect(r.stdout.contains("Ties that hold it together:"))
        #expect(r.stdout.contains("Never use them as the only basis"))
    }

    @Test func unmetWishIsExplainedAndExitsOne() throws {
        // 13 groups of 2 but only a few pupils were named as helpful: some groups cannot have a leader.
        let r = try CLIRunner.run(["groups"] + SuggestCLI.input + ["--size", "2", "--lang", "en"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("Group 13: "), "everything is printed before exiting with 1")
        #expect(r.stdout.contains("impossible: fewer leader candidates than groups"))
        let j = try CLIRunner.run(["groups"] + SuggestCLI.input + ["--size", "2", "--json"])
        #expect(j.status == 1)
        let doc = try SuggestCLI.json(j)
        #expect(doc["needsAttention"] as? Bool == true)
        let unmet = (doc["rounds"] as? [[String: Any]])?.first?["unmet"] as? [[String: Any]] ?? []
        #expect(unmet.contains { $0["reason"] as? String == "infeasible" && $0["detail"] as? String == "fewerLeadersThanGroups" })
        let none = try CLIRunner.run(["groups"] + SuggestCLI.input + ["--size", "2", "--leaders", "none", "--json"])
        let noneUnmet = (try SuggestCLI.json(none)["rounds"] as? [[String: Any]])?.first?["unmet"] as? [[String: Any]] ?? []
        #expect(!noneUnmet.contains { $0["kind"] as? String == "leader" }, "without leaders no leader is missing")
    }

    @Test func sizeLargerThanTheClassIsExitTwoWithAnExplanation() throws {
        let r = try CLIRunner.run(["groups"] + SuggestCLI.input + ["--size", "30"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("Groups of 30 are not possible: only 26 pupils are present."))
        #expect(r.stdout.isEmpty)
    }

    @Test func togetherAndApartTheSamePairIsExitTwo() throws {
        let r = try CLIRunner.run(
            ["groups"] + SuggestCLI.input + ["--size", "4", "--together", "Kari,Ola", "--apart", "Ola Hansen,Kari Nordmann"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("both together and apart"))
        // Through a chain: Kari with Ola, Ola with Jonas, but Kari apart from Jonas.
        let chain = try CLIRunner.run(
            ["groups"] + SuggestCLI.input + [
                "--size", "4", "--together", "Kari,Ola", "--together", "Ola,Jonas", "--apart", "Kari,Jonas", "--labels", "codes",
            ])
        #expect(chain.status == 2)
        #expect(chain.stderr.contains("both together and apart"))
        #expect(SuggestCLI.names(in: chain.stderr, from: try SuggestCLI.nameWords()).isEmpty)
    }

    @Test func badNamesAndPairsAreExitTwo() throws {
        let unknown = try CLIRunner.run(["groups"] + SuggestCLI.input + ["--size", "4", "--absent", "Kristofer Haaland"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("Closest:"))
        #expect(unknown.stderr.contains("Kristoffer Håland"))
        let single = try CLIRunner.run(["groups"] + SuggestCLI.input + ["--size", "4", "--apart", "Kari Nordmann"])
        #expect(single.status == 2)
        #expect(single.stderr.contains("two pupils separated by a comma"))
        let same = try CLIRunner.run(["groups"] + SuggestCLI.input + ["--size", "4", "--apart", "Kari,Kari Nordmann"])
        #expect(same.status == 2)
        #expect(same.stderr.contains("same pupil"))
    }

    /// Names holding a comma ("Nordmann, Kari") still make a pair when only one split matches.
    @Test func pairOfNamesWithCommas() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = ["Nordmann, Kari", "Hansen, Ola", "Berg, Ida", "Lie, Per", "Vik, Siri", "Moe, Tor"]
        var rows = ["from;to;question"]
        for (i, a) in names.enumerated() {
            rows.append("\(a);\(names[(i + 1) % names.count]);Hvem vil du være sammen med?")
            rows.append("\(a);\(names[(i + 2) % names.count]);Hvem vil du være sammen med?")
        }
        let file = folder.appendingPathComponent("komma.csv")
        try rows.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["groups", file.path, "--size", "3", "--apart", "Nordmann, Kari,Hansen, Ola", "--leaders", "none", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let request = try #require(try SuggestCLI.json(r)["request"] as? [String: Any])
        let pair = (request["apart"] as? [[[String: Any]]])?.first?.compactMap { $0["name"] as? String }
        #expect(pair == ["Nordmann, Kari", "Hansen, Ola"])
    }

    @Test func diagramHasOneClusterPerGroupAndOneFilePerRound() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("grupper.svg").path
        let r = try CLIRunner.run(["groups"] + SuggestCLI.input + ["--size", "5", "-o", svg, "--json", "--lang", "nb"] + Self.quick)
        let groupCount = ((try SuggestCLI.json(r)["rounds"] as? [[String: Any]])?.first?["groups"] as? [Any])?.count
        #expect(groupCount == 5)
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(text.contains("★"), "the leader is marked")
        // By default the view the class may see: every group in order with its members' names, and no
        // choices, sizes or markings.
        let positions = try (1...5).map { g in try #require(text.range(of: ">Gruppe \(g)<")?.lowerBound, "Gruppe \(g)") }
        #expect(positions == positions.sorted(), "groups in order")
        let members = ((try SuggestCLI.json(r)["rounds"] as? [[String: Any]])?.first?["groups"] as? [[String: Any]] ?? [])
            .flatMap { ($0["members"] as? [[String: Any]]) ?? [] }.compactMap { $0["name"] as? String }
        #expect(members.count > 20)
        for name in members { #expect(text.contains(name), "\(name)") }
        #expect(!text.contains("class=\"edge\"") && !text.contains("class=\"cluster\""))
        #expect(!text.contains("#f6c6c1"), "nobody is marked as chosen by nobody (the isolated fill)")
        // The teacher's view: a box per group with the choices inside it.
        let teacher = folder.appendingPathComponent("laerer.svg").path
        _ = try CLIRunner.run(["groups"] + SuggestCLI.input + ["--size", "5", "-o", teacher, "--teacher-view"] + Self.quick)
        let teacherText = try String(contentsOfFile: teacher, encoding: .utf8)
        #expect(teacherText.components(separatedBy: "class=\"cluster\"").count - 1 == groupCount)
        #expect(teacherText.contains("class=\"edge\""))
        try FileManager.default.removeItem(atPath: teacher)

        let png = folder.appendingPathComponent("groups.png").path
        let rounds = try CLIRunner.run(["groups"] + SuggestCLI.input + ["--size", "4", "--rounds", "3", "-o", png] + Self.quick)
        #expect(rounds.status == 0 || rounds.status == 1)
        #expect(CLIRunner.files(in: folder) == ["groups-r1.png", "groups-r2.png", "groups-r3.png", "grupper.svg"])
        for k in 1...3 {
            let bytes = try Data(contentsOf: folder.appendingPathComponent("groups-r\(k).png"))
            #expect(bytes.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        }
    }

    @Test func badDiagramExtensionIsExitTwoAndWritesNothing() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try CLIRunner.run(["groups"] + SuggestCLI.input + ["--size", "4", "-o", folder.appendingPathComponent("g.jpg").path])
        #expect(r.status == 2)
        #expect(CLIRunner.files(in: folder).isEmpty)
    }

    @Test func codesOutputContainsNoName() throws {
        let words = try SuggestCLI.nameWords()
        for extra in [[], ["--json"]] {
            let r = try CLIRunner.run(
                ["groups"] + SuggestCLI.input + ["--size", "4", "--rounds", "2", "--apart", "Kari Nordmann,Ola Hansen", "--absent", "Lars",
                "--labels", "codes"] + extra + Self.quick)
            #expect(r.status == 0 || r.status == 1)
            #expect(!r.stdout.isEmpty)
            #expect(SuggestCLI.names(in: r.stdout + r.stderr, from: words).isEmpty, "\(extra)")
        }
    }

    @Test func codeKeyIsWrittenApartAndOnlyInCodesMode() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = folder.appendingPathComponent("nokkel.csv").path
        let r = try CLIRunner.run(["groups"] + SuggestCLI.input + ["--size", "4", "--labels", "codes", "--key", key] + Self.quick)
        #expect(r.status == 0 || r.status == 1, "\(r.stderr)")
        #expect(SuggestCLI.names(in: r.stdout, from: try SuggestCLI.nameWords()).isEmpty)
        #expect(try String(contentsOfFile: key, encoding: .utf8).contains("Kari Nordmann"))
        let names = try CLIRunner.run(["groups"] + SuggestCLI.input + ["--size", "4", "--key", key + "2"] + Self.quick)
        #expect(names.status == 2)
        #expect(!FileManager.default.fileExists(atPath: key + "2"))
    }

    @Test func sameSeedSameGroupsAndTheDocumentFollowsTheSchema() throws {
        let args = ["groups"] + SuggestCLI.input + ["--size", "4", "--rounds", "2", "--seed", "5", "--balance", "gender", "--json"] + Self.quick
        let a = try CLIRunner.run(args), b = try CLIRunner.run(args)
        #expect(a.stdout == b.stdout)
        #expect(try SuggestCLI.schemaViolations(a, document: "WorkGroupsDocument") == [])
    }

    /// The teacher's own leaders, by name: only they lead, and too few of them is said and exits with 1.
    @Test func teacherChosenLeadersByName() throws {
        let ids = Dictionary(uniqueKeysWithValues: try SuggestCLI.readRoster().map { ($0.name, $0.id) })
        let names = ["Kari Nordmann", "Jonas Vik", "Tobias Myhre", "Thea Johansen", "Ida Berg"]
        let r = try CLIRunner.run(
            ["groups"] + SuggestCLI.input + ["--size", "5", "--rounds", "2", "--leaders", names.joined(separator: ","), "--json"]
                + Self.quick)
        #expect(r.status == 0 || r.status == 1, "\(r.stderr)")
        let doc = try SuggestCLI.json(r)
        #expect((doc["request"] as? [String: Any])?["leaders"] as? String == "chosen")
        let allowed = Set(names.compactMap { ids[$0] })
        let rounds = try #require(doc["rounds"] as? [[String: Any]])
        let leaders = rounds.map { round in
            (round["groups"] as? [[String: Any]] ?? []).compactMap { ($0["leader"] as? [String: Any])?["id"] as? String }
        }
        #expect(leaders.first.map(Set.init) == allowed, "five groups, each led by one of the five chosen")
        #expect(leaders.allSatisfy { Set($0).isSubset(of: allowed) }, "nobody else leads")
        #expect(try SuggestCLI.schemaViolations(r, document: "WorkGroupsDocument") == [])

        let few = try CLIRunner.run(["groups"] + SuggestCLI.input + ["--size", "5", "--leaders", "Kari Nordmann", "--lang", "en"] + Self.quick)
        #expect(few.status == 1)
        #expect(few.stdout.contains("Kari Nordmann (leader)"))
        let unknown = try CLIRunner.run(["groups"] + SuggestCLI.input + ["--size", "5", "--leaders", "Kristofer Haaland"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("Kristoffer Håland"))
    }
}
