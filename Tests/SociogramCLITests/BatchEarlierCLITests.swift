import Foundation
import Testing

/// `sociogram batch fixtures/grade-7 --earlier fixtures/grade-7-autumn` as a school runs it in March
/// with September's survey beside it (`scripts/fixtures/grade_earlier.py` says what is planted): every
/// class followed exactly as `sociogram follow` follows it, the classes where more pupils need attention
/// first, nothing left out (a class new in March, a class only in September), and bad input refused.
@Suite struct BatchEarlierCLITests {
    static let latest = CLIRunner.fixture("grade-7")
    static let autumn = CLIRunner.fixture("grade-7-autumn")

    static func batch(_ extra: [String]) throws -> (r: (status: Int32, stdout: String, stderr: String), out: URL) {
        let out = try CLIRunner.temporaryFolder().appendingPathComponent("out")
        let r = try CLIRunner.run(["batch", latest, "--out", out.path, "--diagram", "none"] + extra)
        return ((r.status, r.stdout, r.stderr), out)
    }

    static func json(_ url: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    /// Each class's counts per survey and its kept/new/lost/Jaccard are those `sociogram follow` gives
    /// for the class's two files; the classes are in the documented order; 7D (new) and 7E (gone) are named.
    @Test func everyClassIsFollowedAsFollowDoesAndTheRiseComesFirst() throws {
        let (r, out) = try Self.batch(["--earlier", Self.autumn, "--lang", "en"])
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        #expect(r.status == 0, "\(r.stderr)")
        let development = try #require(try Self.json(out.appendingPathComponent("grade.json"))["development"] as? [String: Any])
        let surveys = try #require(development["surveys"] as? [[String: Any]])
        #expect(surveys.map { $0["label"] as? String } == ["grade-7-autumn", "grade-7"])
        #expect(development["withoutEarlier"] as? [String] == ["7D"])
        #expect(development["onlyEarlier"] as? [String] == ["7E"])
        #expect((development["failed"] as? [Any])?.isEmpty == true)
        let classes = try #require(development["classes"] as? [[String: Any]])
        #expect(classes.compactMap { $0["name"] as? String } == ["7C", "7A", "7B"])
        #expect(classes.compactMap { $0["rank"] as? Int } == [1, 2, 3])
        for row in classes {
            let name = try #require(row["name"] as? String)
            let f = try CLIRunner.run(["follow", Self.autumn + "/\(name).csv", Self.latest + "/\(name).csv", "--json"])
            #expect(f.status == 0, "\(f.stderr)")
            let follow = try #require(try JSONSerialization.jsonObject(with: Data(f.stdout.utf8)) as? [String: Any])
            let overall = try #require(follow["overall"] as? [String: Any])
            let positive = try #require(overall["positive"] as? [String: Any])
            let mine = try #require(row["overall"] as? [String: Any])
            for key in ["kept", "new", "lost"] { #expect(mine[key] as? Int == positive[key] as? Int, "\(name) \(key)") }
            #expect(mine["jaccard"] as? Double == positive["jaccard"] as? Double, "\(name) Jaccard")
            #expect(row["matched"] as? Int == overall["matched"] as? Int)
            #expect(row["joined"] as? Int == (overall["joined"] as? [Any])?.count)
            let waves = try #require(follow["waves"] as? [[String: Any]])
            let mineWaves = try #require(row["waves"] as? [[String: Any]])
            for (a, b) in zip(mineWaves, waves) {
                #expect(a["isolated"] as? Int == (b["isolated"] as? [Any])?.count, "\(name) isolated")
                #expect(a["noMutual"] as? Int == (b["noMutual"] as? [Any])?.count, "\(name) no mutual")
                #expect(a["pupils"] as? Int == b["pupils"] as? Int)
            }
        }
        // The planted changes: 7A unchanged, 7B one newcomer, 7C from everyone mutual to many without.
        #expect((classes[1]["overall"] as? [String: Any])?["jaccard"] as? Double == 1)
        #expect(classes[2]["joined"] as? Int == 1)
        #expect((classes[0]["needAttentionChange"] as? Int ?? 0) > 10)
        #expect(r.stdout.contains("Since grade-7-autumn: classes where more pupils need attention than before:"))
        #expect(r.stdout.contains("  7C: 2 → 19 pupils without choices or without mutual choices (2 → 1 chosen by nobody)"), "\(r.stdout)")
    }

    /// The page and the spreadsheet: the development table in the teacher's language, one CSV row per
    /// class and survey.
    @Test func indexPageAndDevelopmentCSV() throws {
        let (r, out) = try Self.batch(["--earlier", Self.autumn, "--lang", "nn"])
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        #expect(r.status == 0, "\(r.stderr)")
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<h2>Utvikling over tid</h2>"))
        #expect(index.contains("<td><a href=\"7C/analysis.json\">7C</a></td><td class=\"n key\">2 → 19</td>"), "the class links to its files")
        #expect(index.contains("Inga tidlegare undersøking av 7D."))
        #expect(index.contains("Berre med i ei tidlegare undersøking: 7E."))
        let bytes = try Data(contentsOf: out.appendingPathComponent("development.csv"))
        #expect(bytes.prefix(3) == Data([0xEF, 0xBB, 0xBF]), "the byte-order mark Excel needs")
        let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).split(separator: "\r\n")
        #expect(lines.count == 1 + 3 * 2)
        #expect(lines.first?.hasPrefix("rank;class;survey_number;survey;") == true)
        #expect(lines[1].hasPrefix("1;7C;1;grade-7-autumn;26;"))
    }

    /// Without --earlier nothing changes but an explicit `"development": null`; no development.csv.
    @Test func withoutEarlierTheDevelopmentIsNull() throws {
        let (r, out) = try Self.batch(["--lang", "en"])
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        #expect(r.status == 0, "\(r.stderr)")
        let grade = try Self.json(out.appendingPathComponent("grade.json"))
        #expect(grade.keys.contains("development") && grade["development"] is NSNull)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("development.csv").path))
    }

    /// An earlier survey that does not exist is exit 2 before anything is written; the input or the
    /// output folder given as an earlier survey is a usage error.
    @Test func badEarlierSurveysWriteNothing() throws {
        let (r, out) = try Self.batch(["--earlier", "/nonexistent/høst", "--lang", "en"])
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        #expect(r.status == 2)
        #expect(r.stderr.contains("/nonexistent/høst"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let same = try Self.batch(["--earlier", Self.latest, "--lang", "en"])
        defer { try? FileManager.default.removeItem(at: same.out.deletingLastPathComponent()) }
        #expect(same.r.status == 2)
        #expect(same.r.stderr.contains("--earlier"), "\(same.r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: same.out.path))
    }

    /// An earlier file that cannot be read is named with its line and column and the exit code is 1;
    /// the other classes are still followed.
    @Test func anUnreadableEarlierFileIsNamedAndTheRestFollowed() throws {
        let earlier = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: earlier) }
        for name in ["7A.csv", "7B.csv"] {
            try FileManager.default.copyItem(atPath: Self.autumn + "/" + name, toPath: earlier.appendingPathComponent(name).path)
        }
        try "Tidsmerke,Hva heter du?,Hvem vil du helst være sammen med i friminuttene?\n16.09.2024 08:10:00,Ola\n16.09.2024 08:10:10,Kari,Ola,\"x\ny\n"
            .write(to: earlier.appendingPathComponent("7C.csv"), atomically: true, encoding: .utf8)
        let (r, out) = try Self.batch(["--earlier", earlier.path, "--lang", "en"])
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("7C.csv:"), "\(r.stderr)")
        let development = try #require(try Self.json(out.appendingPathComponent("grade.json"))["development"] as? [String: Any])
        let failed = try #require(development["failed"] as? [[String: Any]])
        #expect(failed.count == 1 && (failed.first?["file"] as? String)?.hasSuffix("7C.csv") == true)
        #expect(failed.first?["line"] is Int)
        #expect((development["classes"] as? [[String: Any]])?.compactMap { $0["name"] as? String }.sorted() == ["7A", "7B"])
    }
}
