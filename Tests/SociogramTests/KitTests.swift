import Foundation
import Testing
import ZIPFoundation
@testable import Sociogram

/// Test helpers: the kit of class 7B, its files by name, and an entry sheet filled in the way a teacher would.
enum KitFixture {
    static let roster = ImportFixtures.path("7b/roster.csv")

    static func klass(_ language: Language = .nb, roster: String = roster) throws -> KitClass {
        try KitClass.read(roster: roster, className: "7B", language: language)
    }

    static func files(_ language: Language, questions: [KitQuestion] = KitQuestion.allCases, choices: Int = 3,
                      codes: Bool = false) throws -> [String: [UInt8]] {
        let options = KitOptions(language: language, questions: questions, choices: choices, codesOnPaper: codes)
        let files = try SurveyKit.make(try klass(language), options)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.bytes) })
    }

    /// A roster read from text.
    static func roster(_ text: String, file: String) throws -> Roster {
        try RosterReader.read(try CSVReader.read(try TextDecoder.decode(Array(text.utf8), file: file), file: file))
    }

    static func text(_ bytes: [UInt8]?) -> String { String(decoding: bytes ?? [], as: UTF8.self) }

    /// The entry sheet's rows (without the byte-order mark), split on `;`.
    static func rows(_ csv: [UInt8]) -> [[String]] {
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        return text(Array(csv.dropFirst(3))).components(separatedBy: "\r\n").filter { !$0.isEmpty }
            .map { $0.components(separatedBy: ";") }
    }

    /// A choice of pupil `i` for question `q`, choice `k` (deterministic, never the pupil itself, no repeats).
    static func choice(_ i: Int, _ q: Int, _ k: Int, of n: Int) -> Int { (i + 1 + q * 5 + k * 3) % n == i ? (i + 2) % n : (i + 1 + q * 5 + k * 3) % n }

    /// Fills the sheet: every pupil except `absent` chooses `choices - q` classmates for question `q`
    /// (at least one); returns the bytes and the ties filled in as (question, from, to, rank).
    static func fill(_ csv: [UInt8], questions: Int, choices: Int, absent: Set<Int>, genderColumn: Bool)
        -> (bytes: [UInt8], ties: Set<[String]>)
    {
        var rows = rows(csv)
        let names = rows.dropFirst().map { $0[0] }
        let first = genderColumn ? 2 : 1
        var ties: Set<[String]> = []
        for (i, name) in names.enumerated() where !absent.contains(i) {
            for q in 0..<questions {
                var used: Set<Int> = []
                for k in 0..<max(1, choices - q) {
                    var j = choice(i, q, k, of: names.count)
                    while used.contains(j) || j == i { j = (j + 1) % names.count }
                    used.insert(j)
                    rows[i + 1][first + q * choices + k] = names[j]
                    ties.insert(["q\(q + 1)", name, names[j], String(k + 1)])
                }
            }
        }
        let text = rows.map { $0.joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
        return ([0xEF, 0xBB, 0xBF] + Array(text.utf8), ties)
    }
}

@Suite struct KitTests {
    @Test func everyRosterPupilHasOneQuestionnaireSheetAndOneEntryRow() throws {
        let klass = try KitFixture.klass()
        #expect(klass.pupils.count == 26)
        #expect(klass.pupils.first?.name == "André Moe" && klass.pupils.last?.name == "Åse Lien")  // a–z, then æ, ø, å
        let files = try KitFixture.files(.nb)
        let paper = KitFixture.text(files[KitFileName.questionnaire])
        let sheets = paper.components(separatedBy: "<section class=\"sheet").dropFirst()
        #expect(sheets.count == 26)
        for (sheet, pupil) in zip(sheets, klass.pupils) {
            #expect(sheet.contains("<strong>\(pupil.name)</strong>"))
            // Each question lists every classmate once, never the pupil.
            let ticks = sheet.components(separatedBy: "<span class=\"box\"></span>").dropFirst()
            #expect(ticks.count == 3 * 25)
            #expect(!ticks.contains { $0.hasPrefix(pupil.name + "<") })
            for mate in klass.pupils where mate != pupil {
                #expect(ticks.filter { $0.hasPrefix(mate.name + "<") }.count == 3)
            }
        }
        #expect(KitFixture.text(files[KitFileName.interview]).components(separatedBy: "<section class=\"sheet").count == 27)
        let rows = KitFixture.rows(try #require(files[KitFileName.entrySheet]))
        #expect(rows.count == 27)
        #expect(rows.dropFirst().map { $0[0] } == klass.pupils.map(\.name))
        #expect(rows[0].count == 2 + 3 * 3)
        #expect(rows[0][2] == "Hvem i klassen vil du helst være sammen med? [Valg 1]")
    }

    @Test(arguments: [Language.nb, .nn, .en])
    func filledEntrySheetReadsBackToExactlyTheFilledNetwork(language: Language) throws {
        let files = try KitFixture.files(language)
        let (bytes, ties) = KitFixture.fill(
            try #require(files[KitFileName.entrySheet]), questions: 3, choices: 3, absent: [5], genderColumn: true)
        let result = try SurveyImporter.load(bytes: bytes, fileName: "registrering.csv", options: ImportOptions(language: language))
        let net = result.network
        #expect(net.pupils.count == 26)
        #expect(net.questions.map(\.kind) == [.positive, .prosocial, .influence])
        #expect(net.questions.allSatisfy { $0.kindSource == .guessed })
        let read = Set(net.nominations.map {
            [net.questions[$0.question].id, net.pupils[$0.from].name, net.pupils[$0.to].name, $0.rank.map(String.init) ?? "-"]
        })
        #expect(read == ties)
        #expect(net.pupils.filter { !$0.responded }.map(\.name) == [try KitFixture.klass().pupils[5].name])
        let roster = try KitFixture.klass()
        #expect(net.pupils.map(\.gender) == roster.pupils.map(\.gender))
        // Nothing but the absent pupil's row is worth a note: no loose match, no unknown name, no metadata.
        #expect(result.report.matches.isEmpty)
        #expect(Set(result.report.diagnostics.map(\.code)).isSubset(of: ["no-answers", "non-respondents"]))
    }

    @Test func anUnknownNameAndTwoNamesInOneCellAreReported() throws {
        let files = try KitFixture.files(.nb, questions: [.positive])
        let filled = KitFixture.fill(try #require(files[KitFileName.entrySheet]), questions: 1, choices: 3, absent: [], genderColumn: true)
        var rows = KitFixture.rows(filled.bytes)
        rows[1][2] = "Ola Hansen, Kari Nordmann"  // over the limit: two names in one choice
        rows[2][2] = "Per Olsen"  // not in the class
        rows[3][2] = "Jorgen Bo"  // a loose spelling
        let text = "\u{FEFF}" + rows.map { $0.joined(separator: ";") }.joined(separator: "\r\n")
        let result = try importText(text, file: "registrering.csv", options: ImportOptions(language: .nb))
        let unknown = result.report.diagnostics.filter { $0.message.contains("Per Olsen") }
        #expect(!unknown.isEmpty)
        #expect(result.report.diagnostics.contains { $0.message.contains("Ola Hansen, Kari Nordmann") })
        #expect(unknown.first?.location?.line == 3 && unknown.first?.location?.column == 3)
        #expect(result.report.matches.contains { $0.written == "Jorgen Bo" && $0.pupilName == "Jørgen Bø" })
        let strict = ImportOptions(strict: true, language: .nb)
        #expect(importError { () throws(ImportError) in try importText(text, file: "registrering.csv", options: strict) } != nil)
    }

    /// The entry workbook filled in (the same filled rows as the CSV, written as a workbook) reads back,
    /// without options, to exactly the network that was filled in; an unknown name is reported at its
    /// sheet and cell.
    @Test(arguments: [Language.nb, .nn, .en])
    func filledEntryWorkbookReadsBackToExactlyTheFilledNetwork(language: Language) throws {
        let files = try KitFixture.files(language)
        let (csv, ties) = KitFixture.fill(
            try #require(files[KitFileName.entrySheet]), questions: 3, choices: 3, absent: [5], genderColumn: true)
        let kit = KitContext(klass: try KitFixture.klass(language), options: KitOptions(language: language, questions: KitQuestion.allCases, choices: 3), s: Strings(language))
        var rows = KitFixture.rows(csv)
        let workbook = try KitEntryWorkbook.bytes(kit, rows: rows)
        let result = try SurveyImporter.load(bytes: workbook, fileName: "registrering.xlsx", options: ImportOptions(language: language))
        let net = result.network
        #expect(net.pupils.map(\.name) == kit.pupils.map(\.name))
        #expect(net.questions.map(\.kind) == [.positive, .prosocial, .influence])
        let read = Set(net.nominations.map {
            [net.questions[$0.question].id, net.pupils[$0.from].name, net.pupils[$0.to].name, $0.rank.map(String.init) ?? "-"]
        })
        #expect(read == ties)
        #expect(net.pupils.map(\.gender) == kit.pupils.map(\.gender))
        #expect(result.report.matches.isEmpty)
        // The sheet read is named (a workbook always says which sheet); nothing else but the absent pupil.
        #expect(Set(result.report.diagnostics.map(\.code)).isSubset(of: ["no-answers", "non-respondents", "sheet-used"]))

        rows[3][2] = "Per Olsen"
        let wrong = try KitEntryWorkbook.bytes(kit, rows: rows)
        let again = try SurveyImporter.load(bytes: wrong, fileName: "registrering.xlsx", options: ImportOptions(language: language))
        let unknown = try #require(again.report.diagnostics.first { $0.message.contains("Per Olsen") })
        #expect(unknown.location?.sheet == kit.s.kitWorkbookEntrySheet && unknown.location?.line == 4 && unknown.location?.column == 3)
    }

    /// The kit's workbook: every choice cell of every pupil's row offers the class list (a hidden second
    /// sheet) as a drop-down and refuses other names with the catalogue's message; the same class list
    /// gives the same bytes.
    @Test func theEntryWorkbookOffersTheClassListInEveryChoiceCell() throws {
        let files = try KitFixture.files(.nn)
        let bytes = try #require(files[KitFileName.entryWorkbook])
        #expect(bytes == (try KitFixture.files(.nn))[KitFileName.entryWorkbook])
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        func part(_ path: String) throws -> String {
            var data = Data()
            _ = try archive.extract(try #require(archive[path]), consumer: { data.append($0) })
            return String(decoding: data, as: UTF8.self)
        }
        let sheet = try part("xl/worksheets/sheet1.xml")
        // 26 pupils in rows 2–27; name and gender in A–B, 3 questions × 3 choices in C–K.
        #expect(sheet.contains("<dataValidation type=\"list\""))
        #expect(sheet.contains("sqref=\"C2:K27\""))
        #expect(sheet.contains("<formula1>'Klasseliste'!$A$1:$A$26</formula1>"))
        #expect(sheet.contains("Vel eit namn frå klasselista"))
        let book = try part("xl/workbook.xml")
        #expect(book.contains("<sheet name=\"Registrering\" sheetId=\"1\""))
        #expect(book.contains("<sheet name=\"Klasseliste\" sheetId=\"2\" state=\"hidden\""))
        let strings = try part("xl/sharedStrings.xml")
        for pupil in try KitFixture.klass(.nn).pupils { #expect(strings.contains(pupil.name)) }
        // The creation time is fixed (1 January 2000 without a survey date), not the clock.
        let core = try part("docProps/core.xml")
        #expect(core.contains("2000-01-01T00:00:00Z"))
    }

    @Test func noNegativeQuestionInTheKitOnlyTheWarning() throws {
        #expect(throws: KitError.negativeQuestion) { try KitQuestion.list(parsing: "positive,negative") }
        #expect(throws: KitError.unknownQuestion("friends")) { try KitQuestion.list(parsing: "friends") }
        #expect(try KitQuestion.list(parsing: "influence,prosocial,influence") == [.positive, .prosocial, .influence])
        for language in [Language.nb, .nn, .en] {
            let files = try KitFixture.files(language)
            let question = ["nb": "Hvem vil du helst ikke være sammen med?", "nn": "Kven vil du helst ikkje vere saman med?",
                            "en": "Who would you rather not be with?"][language.rawValue] ?? ""
            for (name, bytes) in files {
                let text = KitFixture.text(bytes)
                if name == KitFileName.questions {
                    // Described once, inside the warning section only.
                    let warning = try #require(text.range(of: "<section class=\"warning\">"))
                    #expect(text.components(separatedBy: question).count == 2)
                    #expect(text[warning.upperBound...].contains(question))
                } else {
                    #expect(!text.contains(question), "\(name)")
                }
            }
            let (bytes, _) = KitFixture.fill(try #require(files[KitFileName.entrySheet]), questions: 3, choices: 3, absent: [], genderColumn: true)
            let net = try SurveyImporter.load(bytes: bytes, fileName: "r.csv", options: ImportOptions(language: language)).network
            #expect(!net.questions.contains { $0.kind == .negative })
        }
    }

    @Test func nynorskPagesHaveNoBokmalWords() throws {
        // The catalogue check's list (scripts/text/check_catalogue.py) for words whose nynorsk form differs.
        let bokmal: Set<String> = [
            "ikke", "hvem", "hva", "hvordan", "hvorfor", "hvis", "hvor", "bare", "fra", "være", "valg", "valgene",
            "valgt", "valgte", "velge", "velger", "elever", "elevene", "gutter", "gutt", "lærer", "læreren", "lærere",
            "noen", "noe", "ble", "selv", "mer", "hver", "hvert", "ett", "annen", "annet", "svarene", "navn",
            "navnet", "navnene", "venner", "sammen", "hverandre", "ganger", "uke", "trenger", "gjør", "gjøre",
            "sier", "kommer", "sitter", "finnes", "hele", "egen", "eget", "egne", "vet", "uten", "skrevet", "også",
            "foresatte", "undersøkelsen", "skolen", "dem",
        ]
        let files = try KitFixture.files(.nn)
        for (name, bytes) in files {
            var text = KitFixture.text(bytes)
            if name.hasSuffix(".html") {
                text = text.replacingOccurrences(of: "<style>[^<]*</style>", with: " ", options: .regularExpression)
                    .replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
                    .replacingOccurrences(of: "https://[^ ]*", with: " ", options: .regularExpression)
            }
            let words = text.lowercased().split { !$0.isLetter }.map(String.init)
            let found = Set(words).intersection(bokmal)
            #expect(found.isEmpty, "\(name): \(found.sorted())")
        }
        #expect(KitFixture.rows(try #require(files[KitFileName.entrySheet]))[0][0] == "Elevnamn")
    }

    @Test func codesModeNamesThePupilByCodeOnTheirOwnSheet() throws {
        let files = try KitFixture.files(.nb, questions: [.positive], codes: true)
        let paper = KitFixture.text(files[KitFileName.questionnaire])
        #expect(paper.contains("Kode: <strong>K10</strong>"))
        #expect(!paper.contains("<strong>André Moe</strong>"))
        // The classmates to choose from are still names: the pupils must recognise them.
        #expect(paper.contains("<span class=\"box\"></span>André Moe"))
        #expect(KitFixture.text(files[KitFileName.interview]).contains("Kode: <strong>K10</strong>"))
    }

    @Test func pagesAreSelfContainedUnderTheirPolicy() throws {
        let files = try KitFixture.files(.en)
        let policy = KitPage.contentSecurityPolicy
        #expect(policy.contains("default-src 'none'") && policy.contains("sha256-"))
        for (name, bytes) in files where name.hasSuffix(".html") {
            let text = KitFixture.text(bytes)
            #expect(text.contains("http-equiv=\"Content-Security-Policy\" content=\"\(HTMLEscaping.attribute(policy))\""), "\(name)")
            #expect(!text.contains("<script") && !text.contains("<img") && !text.contains("<link") && !text.contains("src="), "\(name)")
            #expect(text.contains("<html lang=\"en\">"))
        }
    }

    @Test func lettersBlanksAreFilledFromTheOptions() throws {
        let options = KitOptions(
            language: .nn, questions: [.positive], school: "Bakken skule", contact: "Kari Lærar, 123 45 678",
            date: CalendarDay(year: 2026, month: 11, day: 24))
        let files = try SurveyKit.make(try KitFixture.klass(.nn), options)
        let letter = KitFixture.text(try #require(files.first { $0.name == KitFileName.letter }).bytes)
        #expect(letter.contains("Bakken skule") && letter.contains("Kari Lærar, 123 45 678") && letter.contains("24.11.2026"))
        #expect(letter.contains("PVN-2020-13"))
        let blank = KitFixture.text(try #require(try SurveyKit.make(try KitFixture.klass(.nn), KitOptions(language: .nn)).first { $0.name == KitFileName.letter }).bytes)
        #expect(blank.contains("<span class=\"blank\">(fyll inn)</span>"))
    }

    @Test func classListWithSeveralClassesNeedsTheClassChosen() throws {
        let text = "navn;klasse;kjønn\nAda Aas;7A;jente\nBo Berg;7A;gutt\nCia Dahl;7B;jente\nDag Eng;7B;gutt\nEli Foss;7B;jente\n"
        let roster = try KitFixture.roster(text, file: "liste.csv")
        #expect(throws: KitError.severalClasses(file: "liste.csv", classes: ["7A", "7B"])) {
            try KitClass.make(roster, file: "liste.csv", className: nil)
        }
        #expect(throws: KitError.noSuchClass(file: "liste.csv", className: "7C", classes: ["7A", "7B"])) {
            try KitClass.make(roster, file: "liste.csv", className: "7C")
        }
        let b = try KitClass.make(roster, file: "liste.csv", className: "7b")
        #expect(b.name == "7B" && b.pupils.map(\.name) == ["Cia Dahl", "Dag Eng", "Eli Foss"])
        #expect(b.pupils.map(\.code) == ["E01", "E02", "E03"])
        let one = try KitFixture.roster("navn\nAda Aas\n", file: "en.csv")
        #expect(throws: KitError.tooFewPupils(file: "en.csv", count: 1)) { try KitClass.make(one, file: "en.csv", className: nil) }
        #expect(throws: KitError.choices("0")) { try SurveyKit.make(b, KitOptions(language: .nb, choices: 0)) }
    }

    @Test func sheetsGetDenserForLargeClassesSoEachFitsOnePage() throws {
        let names = try KitFixture.klass().pupils.map(\.name)
        #expect(KitQuestionnaire.layout(names: Array(names.prefix(21)), questions: 1) == "")
        #expect(KitQuestionnaire.layout(names: names, questions: 3) == "dense")
        let thirtyTwo = names + ["Marius Haugen-Kristiansen", "Sofie Aasheim", "Ole Vik", "Liv Moe", "Per Lund", "Ida Ro"]
        #expect(KitQuestionnaire.layout(names: thirtyTwo, questions: 3).hasPrefix("c4"))
        #expect(KitQuestionnaire.interviewLayout(classmates: 25, questions: 3) == "dense")
        #expect(KitQuestionnaire.interviewLayout(classmates: 34, questions: 3) == "denser")
    }
}
