import Foundation
import Testing
@testable import Sociogram

/// The fixture class 7B saved in every layout must give the same pupils and nominations, equal to the
/// ground truth the generator wrote (`fixtures/7b/expected.json`).
@Suite struct ImportFixtureTests {
    struct Expected: Decodable {
        struct Q: Decodable { let text: String; let kind: QuestionKind }
        struct P: Decodable { let id: String; let name: String; let code: String; let gender: Gender; let responded: Bool }
        struct N: Decodable { let question: String; let from: String; let to: String; let rank: Int? }
        struct Planted: Decodable {
            let isolates: [String]
            let noMutualRespondents: [String]
            let rejected: String
            let cliques: [[String]]
            let mostProsocial: [String]
            let mostInfluence: [String]
            let nonRespondents: [String]
        }
        struct Typo: Decodable { let row: String; let question: String; let meant: String; let written: String }
        let questions: [Q]
        let pupils: [P]
        let nominations: [N]
        let planted: Planted
        let typos: [Typo]
    }

    static let expected: Expected? = {
        guard let data = FileManager.default.contents(atPath: ImportFixtures.path("7b/expected.json")) else { return nil }
        return try? JSONDecoder().decode(Expected.self, from: data)
    }()

    /// Layout file, the questions it holds, whether it carries ranks.
    static let layouts: [(String, [String]?, Bool)] = [
        ("7b/forms-nb.csv", nil, false),
        ("7b/google-forms.csv", nil, false),
        ("7b/excel-valg-columns.csv", nil, true),
        ("7b/edges.csv", nil, true),
        ("7b/matrix-venner.csv", ["Hvem vil du helst være sammen med i friminuttene?"], true),
        ("7b/matrix-helst-ikke.csv", ["Hvem vil du helst ikke være sammen med?"], false),
        ("7b/matrix-hjelper-andre.csv", ["Hvem i klassen hjelper andre?"], false),
        ("7b/matrix-bestemmer.csv", ["Hvem bestemmer mest i klassen?"], false),
    ]

    func expectedTies(_ e: Expected, questions: [String]?, ranked: Bool) -> Set<[String]> {
        Set(e.nominations.filter { questions?.contains($0.question) ?? true }.map {
            [$0.question, $0.from, $0.to] + (ranked ? [$0.rank.map(String.init) ?? "-"] : [])
        })
    }

    @Test(arguments: 0..<layouts.count)
    func everyLayoutWithRosterEqualsGroundTruth(_ k: Int) throws {
        let e = try #require(Self.expected)
        let (file, qs, ranked) = Self.layouts[k]
        let r = try ImportFixtures.load(file, roster: "7b/roster.csv")
        let n = r.network
        #expect(n.pupils.map(\.name) == e.pupils.map(\.name))
        #expect(n.pupils.map(\.id) == e.pupils.map(\.id))
        #expect(n.pupils.map(\.code) == e.pupils.map(\.code))
        #expect(n.pupils.map(\.gender) == e.pupils.map(\.gender))
        #expect(n.pupils.map(\.responded) == e.pupils.map(\.responded))
        let texts = qs ?? e.questions.map(\.text)
        #expect(n.questions.map(\.text) == texts)
        #expect(n.questions.map(\.kind) == texts.map { t in e.questions.first { $0.text == t }?.kind ?? .other })
        #expect(n.namedTies == expectedTies(e, questions: qs, ranked: false))
        if ranked {
            // ranks of the (ranked) positive question; typed sheets also number the other questions' choices
            let q1 = e.questions[0].text
            #expect(n.rankedTies.filter { $0[0] == q1 } == expectedTies(e, questions: [q1], ranked: true))
        }
        #expect(!r.report.diagnostics.contains { $0.code == "unmatched-name" })
    }

    @Test(arguments: 0..<layouts.count)
    func everyLayoutWithoutRosterGivesTheSamePupilsAndTies(_ k: Int) throws {
        let e = try #require(Self.expected)
        let (file, qs, _) = Self.layouts[k]
        let n = try ImportFixtures.load(file).network
        #expect(Set(n.pupils.map(\.name)) == Set(e.pupils.map(\.name)))
        #expect(Set(n.pupils.filter { !$0.responded }.map(\.name)) == Set(e.planted.nonRespondents))
        #expect(n.namedTies == expectedTies(e, questions: qs, ranked: false))
    }

    @Test func detectedLayoutsEncodingsAndDelimiters() throws {
        func file(_ f: String) throws -> FileReport { try #require(ImportFixtures.load(f).report.files.last) }
        let forms = try file("7b/forms-nb.csv")
        #expect([forms.layout.rawValue, forms.encoding.rawValue, forms.delimiter] == ["wideNamesInCell", "Windows-1252", ";"])
        #expect(forms.respondentColumn == "Hva heter du?")
        #expect(forms.droppedColumns.filter { $0.reason == .metadata }.map(\.header) == [
            "ID", "Starttidspunkt", "Fullføringstidspunkt", "E-postadresse", "Navn", "Tidspunkt for siste endring",
        ])
        #expect(forms.droppedColumns.filter { $0.reason == .freeText }.map(\.header) == ["Er det noe mer du vil fortelle?"])
        let google = try file("7b/google-forms.csv")
        #expect([google.layout.rawValue, google.encoding.rawValue, google.delimiter] == ["wideNamesInCell", "UTF-8", ","])
        #expect(google.droppedColumns.map(\.header) == ["Tidsmerke", "Er det noe mer du vil fortelle?"])
        let excel = try file("7b/excel-valg-columns.csv")
        #expect([excel.layout.rawValue, excel.encoding.rawValue, excel.delimiter] == ["wideColumnPerChoice", "UTF-8 with BOM", ";"])
        #expect(excel.delimiterFromSepLine)
        #expect(excel.respondentColumn == "Elevnavn")
        #expect(try file("7b/edges.csv").layout == .edgeList)
        #expect(try file("7b/matrix-venner.csv").layout == .matrix)
        #expect(try file("7b/matrix-hjelper-andre.csv").delimiter == "tab")
        #expect(try file("7b/matrix-helst-ikke.csv").delimiter == ",")
    }

    @Test func typedSheetTyposAreMatchedAndReported() throws {
        let e = try #require(Self.expected)
        let r = try ImportFixtures.load("7b/excel-valg-columns.csv", roster: "7b/roster.csv")
        let expectedMethod: [String: MatchMethod] = [
            "kari  nordmann": .normalised, "Andre Moe": .normalised, "Sigrid": .firstName, "Jorgen Bø": .closeSpelling,
            "Aase Lien": .closeSpelling, "Bjorn Strand": .closeSpelling, "Tobias Myre": .closeSpelling,
        ]
        #expect(r.report.matches.count == e.typos.count)
        for typo in e.typos {
            // the CSV reader keeps inner spaces; the matcher collapses them for the normalised rung
            let m = r.report.matches.first { NameKey.collapsed($0.written) == NameKey.collapsed(typo.written) }
            #expect(m?.pupilName == typo.meant, "\(typo.written)")
            #expect(m?.method == expectedMethod[typo.written], "\(typo.written)")
            #expect(m?.location?.line != nil)
        }
        let strict = importError { () throws(ImportError) in
            try SurveyImporter.load(
                path: ImportFixtures.path("7b/excel-valg-columns.csv"),
                options: ImportOptions(rosterPath: ImportFixtures.path("7b/roster.csv"), strict: true))
        }
        #expect(strict?.kind == .unknownName)
        #expect(strict?.location?.line == 5)  // the first loose match in the file
    }

    @Test func freeTextAnswersNeverReachTheNetworkOrReport() throws {
        for f in ["7b/forms-nb.csv", "7b/google-forms.csv"] {
            let r = try ImportFixtures.load(f, roster: "7b/roster.csv")
            let json = String(decoding: try JSONEncoder().encode(r.report), as: UTF8.self)
            for secret in ["slem", "gjemsel", "flere venner", "anonymous", "08:1"] {
                #expect(!json.contains(secret), "\(f): \(secret)")
            }
            #expect(r.network.questions.count == 4)
        }
    }

    @Test func plantedStructureIsThere() throws {
        let e = try #require(Self.expected)
        let n = try ImportFixtures.load("7b/forms-nb.csv", roster: "7b/roster.csv").network
        let pos = try #require(n.questions(ofKind: .positive).first)
        let neg = try #require(n.questions(ofKind: .negative).first)
        let pro = try #require(n.questions(ofKind: .prosocial).first)
        let inf = try #require(n.questions(ofKind: .influence).first)
        let names = n.pupils.map(\.name)
        #expect(n.pupils.indices.filter { n.choosers(of: $0, in: pos).isEmpty }.map { names[$0] }.sorted() == e.planted.isolates.sorted())
        let mutual = { (a: Int, b: Int) in n.chose(a, b, in: pos) && n.chose(b, a, in: pos) }
        let noMutual = n.respondents.filter { i in !n.pupils.indices.contains { mutual(i, $0) } }.map { names[$0] }
        #expect(noMutual.sorted() == e.planted.noMutualRespondents.sorted())
        let mostRejected = n.pupils.indices.max { n.choosers(of: $0, in: neg).count < n.choosers(of: $1, in: neg).count }
        #expect(mostRejected.map { names[$0] } == e.planted.rejected)
        for clique in e.planted.cliques {
            let idx = clique.compactMap(n.pupil(named:))
            #expect(idx.count == clique.count)
            for a in idx { for b in idx where a != b { #expect(mutual(a, b)) } }
        }
        let topPro = n.pupils.indices.sorted { n.choosers(of: $0, in: pro).count > n.choosers(of: $1, in: pro).count }.prefix(2)
        #expect(Set(topPro.map { names[$0] }) == Set(e.planted.mostProsocial))
        let topInf = n.pupils.indices.sorted { n.choosers(of: $0, in: inf).count > n.choosers(of: $1, in: inf).count }.prefix(2)
        #expect(Set(topInf.map { names[$0] }) == Set(e.planted.mostInfluence))
    }
}

@Suite struct ImportGradeTests {
    struct ClassSummary: Decodable { let pupils: Int; let respondents: Int; let nominations: Int }

    /// `class|name` of each pupil and `question|class|from|class|to` of each tie.
    func keys(_ n: ClassNetwork) -> (pupils: Set<String>, responded: Set<String>, ties: Set<String>) {
        let p = n.pupils.map { "\($0.className ?? "-")|\($0.name)" }
        return (Set(p), Set(n.pupils.indices.filter { n.pupils[$0].responded }.map { p[$0] }),
                Set(n.nominations.map { "\(n.questions[$0.question].text)|\(p[$0.from])|\(p[$0.to])" }))
    }

    @Test func folderOfFourClassFilesInFourLayouts() throws {
        let r = try ImportFixtures.load("grade-7")
        let n = r.network
        #expect(n.name == "grade-7")
        #expect(n.classNames == ["7A", "7B", "7C", "7D"])
        #expect(r.report.files.map(\.layout) == [.wideNamesInCell, .wideNamesInCell, .wideColumnPerChoice, .edgeList])
        #expect(n.questions.count == 4)  // unified by text across the four layouts
        let data = try #require(FileManager.default.contents(atPath: ImportFixtures.path("grade-7/expected.json")))
        let expected = try JSONDecoder().decode([String: ClassSummary].self, from: data)
        for cls in n.splitByClass() {
            let e = try #require(expected[cls.name])
            #expect(cls.count == e.pupils, "\(cls.name)")
            #expect(cls.respondents.count == e.respondents, "\(cls.name)")
            #expect(cls.nominations.count == e.nominations, "\(cls.name)")
        }
        #expect(n.pupils.filter { $0.name == "Emma Hansen" }.compactMap(\.className) == ["7A", "7C"])
        let ignored = r.report.diagnostics.filter { $0.code == "ignored-file" }.compactMap { $0.location?.file.split(separator: "/").last }
        #expect(Set(ignored) == [".~lock.7A.csv#", "oversikt.xlsx", "expected.json"])
        #expect(Set(n.pupils.map(\.id)).count == n.count)
        #expect(Set(n.pupils.map(\.code)).count == n.count)
    }

    @Test func gradeFileWithClassColumnEqualsTheFolder() throws {
        let folder = keys(try ImportFixtures.load("grade-7").network)
        let file = try ImportFixtures.load("grade-7-file/trinn7.csv")
        #expect(file.network.classNames == ["7A", "7B", "7C", "7D"])
        let single = keys(file.network)
        #expect(single.pupils == folder.pupils)
        #expect(single.responded == folder.responded)
        #expect(single.ties == folder.ties)
    }

    @Test func gradeRosterGivesEveryPupilClassAndGender() throws {
        let r = try ImportFixtures.load("grade-7-file/trinn7.csv", roster: "grade-7-file/roster-trinn7.csv")
        let n = r.network
        #expect(n.count == 100)
        #expect(n.pupils.allSatisfy { $0.gender != nil && $0.className != nil })
        #expect(keys(n).ties == keys(try ImportFixtures.load("grade-7").network).ties)
        #expect(!r.report.diagnostics.contains { $0.code == "unmatched-name" })
    }
}
