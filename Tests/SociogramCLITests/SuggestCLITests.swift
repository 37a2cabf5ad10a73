import Foundation
import Testing

/// `sociogram suggest supporters` and `sociogram suggest support-group`, run as a user runs them.
@Suite struct SuggestCLITests {
    /// For every pupil someone named negatively (found in the fixture file itself), no one who named
    /// them negatively — and no one they named negatively — is ever suggested, even when every
    /// eligible classmate is listed.
    @Test func supportersNeverIncludeAnyoneWithANegativeChoiceToOrFromThePupil() throws {
        let negative = try SuggestCLI.readEdges().filter { $0.question == SuggestCLI.negativeQuestion }
        let targets = Set(negative.map(\.to)).sorted()
        #expect(targets.count >= 5)
        let roster = try SuggestCLI.readRoster()
        let idOf = Dictionary(uniqueKeysWithValues: roster.map { ($0.name, $0.id) })
        for p in targets {
            let r = try CLIRunner.run(["suggest", "supporters"] + SuggestCLI.input + ["--pupil", p, "--count", "30", "--json"])
            #expect(r.status == 0, "\(p): \(r.stderr)")
            let doc = try SuggestCLI.json(r)
            let suggested = Set(((doc["supporters"] as? [[String: Any]]) ?? []).compactMap { ($0["pupil"] as? [String: Any])?["id"] as? String })
            let namedP = Set(negative.filter { $0.to == p }.compactMap { idOf[$0.from] })
            let pNamed = Set(negative.filter { $0.from == p }.compactMap { idOf[$0.to] })
            #expect(suggested.isDisjoint(with: namedP), "\(p): suggested someone who named them negatively")
            #expect(suggested.isDisjoint(with: pNamed), "\(p): suggested someone they named negatively")
            #expect(!suggested.isEmpty)
            let excluded = try #require(doc["excluded"] as? [String: Any])
            // Left out: a negative choice between them and the pupil, or named negatively by many.
            let often = try #require(excluded["namedNegativelyOften"] as? Int)
            #expect((excluded["count"] as? Int ?? 0) - often <= namedP.union(pNamed).count)
            #expect((excluded["count"] as? Int ?? 0) >= namedP.union(pNamed).count)
            #expect(excluded["pupils"] is NSNull, "who named the pupil negatively is not listed by default")
        }
    }

    @Test func showExcludedListsWhoAndWhyForTheTeachersOwnView() throws {
        let r = try CLIRunner.run(
            ["suggest", "supporters"] + SuggestCLI.input + ["--pupil", "Emil Pedersen", "--show-excluded", "--lang", "en"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("for your own use"))
        #expect(r.stdout.contains("Kari Nordmann: named Emil Pedersen negatively"))
        let plain = try CLIRunner.run(["suggest", "supporters"] + SuggestCLI.input + ["--pupil", "Emil Pedersen", "--lang", "en"])
        #expect(plain.stdout.contains("Not suggested: 14 classmates"))
        #expect(!plain.stdout.contains("Kari Nordmann"), "Kari named Emil negatively; without --show-excluded she is not named")
    }

    @Test(arguments: ["supporters", "support-group"])
    func consentReminderIsAlwaysPrinted(command: String) throws {
        for (lang, words) in [("nb", "deltar bare frivillig"), ("en", "take part only voluntarily")] {
            let r = try CLIRunner.run(["suggest", command] + SuggestCLI.input + ["--pupil", "Lars Tveit", "--lang", lang])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.contains(words))
            let j = try CLIRunner.run(["suggest", command] + SuggestCLI.input + ["--pupil", "Lars Tveit", "--lang", lang, "--json"])
            #expect((try SuggestCLI.json(j)["consentReminder"] as? String)?.contains(words) == true)
        }
    }

    @Test func supportGroupSaysWhichDesignItFollowsAndStartsWithThePupilsOwnChoices() throws {
        let r = try CLIRunner.run(["suggest", "support-group"] + SuggestCLI.input + ["--pupil", "Frida Løken", "--json"])
        #expect(r.status == 0)
        let doc = try SuggestCLI.json(r)
        let design = try #require(doc["design"] as? [String: Any])
        #expect(design["code"] as? String == "chosenPeersWithPupil")
        #expect((design["text"] as? String)?.contains("Kvarme") == true)
        let members = try #require(doc["members"] as? [[String: Any]])
        #expect(members.count == 6)
        let roles = members.compactMap { ($0["role"] as? [String: Any])?["code"] as? String }
        let chosenByFrida = Set(try SuggestCLI.readEdges().filter { $0.from == "Frida Løken" && $0.question.hasPrefix("Hvem vil du helst være") }.map(\.to))
        let firstRoles = roles.prefix { $0 == "pupilsChoice" }
        #expect(firstRoles.count == chosenByFrida.count, "Frida's own choices come first")
        #expect(!roles.dropFirst(firstRoles.count).contains("pupilsChoice"))
        let text = try CLIRunner.run(["suggest", "support-group"] + SuggestCLI.input + ["--pupil", "Frida", "--lang", "nb"])
        #expect(text.stdout.contains("Ikke «Support Group Method»"))
    }

    @Test func withoutAProsocialQuestionTheOutputSaysWhatTheRankingRestsOn() throws {
        let args = ["suggest", "supporters"] + SuggestCLI.input + ["--pupil", "Lars", "--question", "Hvem i klassen hjelper andre?=other"]
        let r = try CLIRunner.run(args + ["--lang", "en"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("The survey has no prosocial question: ranked by status and ties only."))
        #expect(!r.stdout.contains("named as helpful"))
        let notes = try SuggestCLI.json(try CLIRunner.run(args + ["--json"]))["notes"] as? [[String: Any]] ?? []
        #expect(notes.contains { $0["code"] as? String == "noProsocialQuestion" })
    }

    @Test func unknownPupilIsExitTwoWithTheClosestNames() throws {
        let r = try CLIRunner.run(["suggest", "supporters"] + SuggestCLI.input + ["--pupil", "Kari Nordman"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("Kari Nordman"))
        #expect(r.stderr.contains("Closest: Kari Nordmann"))
        #expect(r.stdout.isEmpty)
    }

    @Test func codesOutputContainsNoName() throws {
        let words = try SuggestCLI.nameWords()
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for command in ["supporters", "support-group"] {
            for extra in [["--show-excluded"], ["--json", "--show-excluded"]] {
                let dot = folder.appendingPathComponent("\(command)\(extra.count).dot").path
                let r = try CLIRunner.run(
                    ["suggest", command] + SuggestCLI.input + ["--pupil", "Emil Pedersen", "--labels", "codes", "-o", dot] + extra)
                #expect(r.status == 0, "\(r.stderr)")
                #expect(SuggestCLI.names(in: r.stdout + r.stderr, from: words).isEmpty, "\(command) \(extra)")
                let diagram = try String(contentsOfFile: dot, encoding: .utf8)
                #expect(SuggestCLI.names(in: diagram, from: words).isEmpty)
            }
        }
    }

    @Test func supporterDiagramIsWrittenAsPNG() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let png = folder.appendingPathComponent("hjelp.png")
        let r = try CLIRunner.run(["suggest", "supporters"] + SuggestCLI.input + ["--pupil", "Lars Tveit", "-o", png.path])
        #expect(r.status == 0, "\(r.stderr)")
        let bytes = try Data(contentsOf: png)
        #expect(bytes.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    }

    @Test func documentsFollowTheSchema() throws {
        let s = try CLIRunner.run(["suggest", "supporters"] + SuggestCLI.input + ["--pupil", "Emil", "--json", "--show-excluded"])
        #expect(try SuggestCLI.schemaViolations(s, document: "SupportersDocument") == [])
        let g = try CLIRunner.run(["suggest", "support-group"] + SuggestCLI.input + ["--pupil", "Emil", "--json", "--labels", "codes"])
        #expect(try SuggestCLI.schemaViolations(g, document: "SupportGroupDocument") == [])
        #expect(try SuggestCLI.json(g)["pseudonymised"] as? Bool == true)
    }
}
