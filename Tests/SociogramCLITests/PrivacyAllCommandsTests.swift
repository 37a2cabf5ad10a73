import Foundation
import Testing

/// Pseudonymised mode across every command that writes something: `report`, `render`, `suggest`,
/// `groups`, `placement`, `batch` (with reports and SVG diagrams, whose text can be searched),
/// `compare`, `follow` (with its SVG charts), `seating` and `report --seating`. Every file written and all terminal output are searched for every pupil's name; the names
/// may appear only in the `--key` file.
@Suite struct PrivacyAllCommandsTests {
    /// Full names and every name part of four letters or more, minus words that also occur in the
    /// fixtures' question texts.
    static func needles(for files: [String]) throws -> [String] {
        var needles = Set<String>()
        for file in files {
            for name in try PrivacyTests.pupilNames(file) {
                needles.insert(name)
                for part in name.split(whereSeparator: { $0 == " " || $0 == "-" }) where part.count >= 4 {
                    needles.insert(String(part))
                }
            }
        }
        let questionWords: Set = ["Hvem", "helst", "være", "sammen", "friminuttene", "klassen", "hjelper", "andre", "bestemmer", "mest"]
        return needles.subtracting(questionWords).sorted()
    }

    @Test func everyCommandInCodesModeLeaksNoName() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let klass = CLIRunner.fixture("7b/forms-nb.csv")
        let grade = CLIRunner.fixture("grade-7")
        let before = CLIRunner.fixture("waves/before.csv"), after = CLIRunner.fixture("waves/after.csv")
        let out = folder.appendingPathComponent("ut")
        let key = folder.appendingPathComponent("nokkel.csv").path
        let compareKey = folder.appendingPathComponent("nokkel-kartlegginger.csv").path
        let followKey = folder.appendingPathComponent("nokkel-oppfolging.csv").path
        let series = ["1-host.csv", "2-vinter.csv", "3-var.csv"].map { CLIRunner.fixture("follow/" + $0) }
        let gradeKey = folder.appendingPathComponent("nokkel-trinn.csv").path
        func path(_ name: String) -> String { out.appendingPathComponent(name).path }
        // A name is given on the command line (--pupil) the way a teacher would; it must not come back.
        let runs: [(String, [String])] = [
            ("batch", ["batch", grade, "--out", path("batch"), "--report", "--diagram", "svg", "--key", gradeKey]),
            ("report", ["report", klass, "-o", path("report.html"), "--pupil", "Frida Løken"]),
            ("render-ego", ["render", klass, "--focus", "Frida Løken", "-o", path("ego.svg"), "--key", key]),
            ("render-target", ["render", klass, "--layout", "target", "-o", path("target.svg")]),
            ("supporters", ["suggest", "supporters", klass, "--pupil", "Frida Løken", "--json", "-o", path("supporters.svg")]),
            ("support-group", ["suggest", "support-group", klass, "--pupil", "Frida Løken", "-o", path("group.svg")]),
            ("groups", ["groups", klass, "--size", "4", "--rounds", "2", "--time-limit", "1", "-o", path("groups.svg")]),
            ("groups-json", ["groups", klass, "--size", "4", "--time-limit", "1", "--json"]),
            ("placement", ["placement", grade, "--classes", "3", "--time-limit", "1", "--json", "-o", path("placement.svg")]),
            ("compare", ["compare", before, after, "--pupil", "Frida Holm", "--out", path("compare"), "--json", "--key", compareKey]),
            ("follow", ["follow"] + series + ["--pupil", "Frida Holm", "--pupil", "Hanne Juul", "--measure-from", "2",
                                              "--out", path("follow"), "--key", followKey]),
            ("report-earlier", ["report", series[2], "--earlier", series[0], "--earlier", series[1], "--pupil", "Frida Holm",
                                "-o", path("report-earlier.html")]),
            ("follow-json", ["follow"] + series + ["--pupil", "Bjorn Dahl", "--json", "--lang", "en"]),
            ("seating", ["seating", klass, "--room", "pairs:4x4", "--rotations", "2", "--apart", "Frida Løken,Ola Hansen",
                         "--iterations", "200", "--out", path("seating"), "--json"]),
            ("report-seating", ["report", klass, "-o", path("report-seating.html"), "--seating", "pairs:4x4", "--rotations", "2",
                                "--apart", "Frida Løken,Ola Hansen", "--fixed", "Frida Løken=front", "--iterations", "200"]),
        ]
        var outputs = PrivacyTests.Outputs()
        for (name, arguments) in runs {
            let r = try CLIRunner.run(arguments + ["--labels", "codes"])
            #expect(r.status == 0 || r.status == 1, "\(name): exit \(r.status): \(r.stderr)")
            outputs.add(r, as: name)
        }
        outputs.addFiles(in: out)
        let written = outputs.texts.keys
        for expected in ["batch/index.html", "batch/7A/report.html", "batch/7A/sociogram.svg", "batch/grade.json",
                         "report.html", "groups-r1.svg", "groups-r2.svg", "placement.svg", "compare/compare.json", "compare/evaluation.txt",
                         "seating/seating.json", "follow/follow.json", "follow/class-over-time.svg", "report-earlier.html",
                         "report-seating.html"] {
            #expect(written.contains(expected), "missing \(expected)")
        }
        let needles = try Self.needles(for: [klass, before, after] + series + ["7A", "7B", "7C", "7D"].map { "\(grade)/\($0).csv" })
        #expect(needles.count > 50)
        let leaks = outputs.leaks(of: needles)
        #expect(leaks.isEmpty, "names in pseudonymised outputs: \(leaks.prefix(10))")
        // The keys hold the names and are the only place they are.
        #expect(try String(contentsOfFile: key, encoding: .utf8).contains("Frida Løken"))
        let gradeRows = try String(contentsOfFile: gradeKey, encoding: .utf8).split(separator: "\r\n")
        #expect(gradeRows.count == 101 && gradeRows.contains { $0.hasSuffix(";7D") })
        let waves = try String(contentsOfFile: compareKey, encoding: .utf8)
        #expect(waves.contains("Frida Holm") && waves.contains("Hanne Juul") && waves.contains("Ivar Krogh"))
        let followed = try String(contentsOfFile: followKey, encoding: .utf8)
        #expect(followed.contains("Frida Holm") && followed.contains("Bjorn Dahl") && followed.contains("Ivar Krogh"))
        #expect(written.contains { $0.hasPrefix("follow/pupils/") && $0.hasSuffix("evaluation.txt") })
    }
}
