import Foundation
import Testing
@testable import Sociogram

/// The importer speaks the teacher's language: every warning, note and error message follows
/// `ImportOptions.language`, while codes, error kinds and places stay the same.
@Suite struct ImportLanguageTests {
    private static let q = "Hvem vil du helst være sammen med?"

    /// The import of `source` in both languages (errors included).
    private static func both(_ source: Source) -> (nb: Outcome, en: Outcome) {
        (source.run(.nb), source.run(.en))
    }

    /// An input: a fixture path or bytes in memory, with options.
    struct Source: Sendable, CustomTestStringConvertible {
        let name: String
        var fixture: String?
        var bytes: [UInt8] = []
        var roster: String?
        var questionKinds: [QuestionKindOverride] = []
        var dropNegative = false
        var testDescription: String { name }

        static func file(_ relative: String, roster: String? = nil) -> Source {
            Source(name: relative, fixture: relative, roster: roster)
        }

        static func text(_ name: String, _ text: String) -> Source {
            Source(name: name, bytes: Array(text.utf8))
        }

        func run(_ language: Language) -> Outcome {
            let options = ImportOptions(
                rosterPath: roster.map(ImportFixtures.path), questionKinds: questionKinds, dropNegative: dropNegative,
                language: language)
            do throws(ImportError) {
                if let fixture {
                    return .imported(try SurveyImporter.load(path: ImportFixtures.path(fixture), options: options).report)
                }
                return .imported(try SurveyImporter.load(bytes: bytes, fileName: name, options: options).report)
            } catch {
                return .failed(error)
            }
        }
    }

    enum Outcome {
        case imported(ImportReport)
        case failed(ImportError)

        var diagnostics: [Diagnostic] {
            if case .imported(let report) = self { return report.diagnostics }
            return []
        }

        var error: ImportError? {
            if case .failed(let e) = self { return e }
            return nil
        }
    }

    // MARK: Errors

    @Test(arguments: ImportBrokenFixtureTests.cases)
    func brokenFixtureErrorIsBokmalWithTheSamePlace(_ c: ImportBrokenFixtureTests.Case) throws {
        let (nb, en) = Self.both(.file("broken/" + c.file, roster: c.roster))
        let nbError = try #require(nb.error)
        let enError = try #require(en.error)
        #expect(nbError.kind == c.kind)
        #expect(enError.kind == c.kind)
        #expect(nbError.location == enError.location)
        #expect(nbError.location?.line == c.line)
        #expect(nbError.location?.column == c.column)
        #expect(nbError.message != enError.message, "untranslated: \(nbError.message)")
        // The default stays English, so existing API users see the same text as before.
        let defaultError = try #require(Source.file("broken/" + c.file, roster: c.roster).run(ImportOptions().language).error)
        #expect(defaultError.message == enError.message)
    }

    @Test func raggedRowSpeaksOfColumnsAndDelimiter() throws {
        let nb = try #require(Source.file("broken/ragged-row.csv").run(.nb).error)
        #expect(nb.message.contains("kolonne 5"))
        #expect(nb.message.contains("skilletegn"))
        #expect(nb.description.hasSuffix("ragged-row.csv:5:5: " + nb.message))
        let en = try #require(Source.file("broken/ragged-row.csv").run(.en).error)
        #expect(en.message.hasPrefix("This row has a value in column 5, but the header has only 3 columns."))
    }

    @Test func errorsOutsideTheFixturesAreTranslated() throws {
        let missing = Self.both(.file("broken/does-not-exist.csv"))
        #expect(missing.nb.error?.kind == .fileNotReadable)
        #expect(missing.nb.error?.message == "Filen finnes ikke.")
        #expect(missing.en.error?.message == "The file does not exist.")

        var option = Source.text("edges.csv", "from;to;question\nKari;Ola;play\nOla;Kari;play\n")
        option.questionKinds = [QuestionKindOverride(selector: "nothing-like-this", kind: .negative)]
        let badOption = Self.both(option)
        #expect(badOption.nb.error?.kind == .badOption)
        #expect(badOption.nb.error?.message.contains("passer ikke med noe spørsmål") == true)
        #expect(badOption.en.error?.message.contains("matches no question") == true)

        for argument in ["q2", "=negative", "q2=nasty"] {
            let nb = importOptionError(argument, .nb)
            let en = importOptionError(argument, .en)
            #expect(nb?.kind == .badOption)
            #expect(nb?.message != en?.message, "untranslated: \(nb?.message ?? "")")
            #expect(en?.message.hasPrefix("--question") == true)
        }
    }

    private func importOptionError(_ argument: String, _ language: Language) -> ImportError? {
        do {
            _ = try QuestionKindOverride(parsing: argument, language: language)
            return nil
        } catch {
            return error
        }
    }

    // MARK: Warnings and notes

    @Test func excelTyposGiveBokmalWarnings() throws {
        let (nb, en) = Self.both(.file("7b/excel-valg-columns.csv"))
        let nbFuzzy = nb.diagnostics.filter { $0.code == "fuzzy-match" && $0.severity == .warning }
        let enFuzzy = en.diagnostics.filter { $0.code == "fuzzy-match" && $0.severity == .warning }
        #expect(!nbFuzzy.isEmpty)
        #expect(nbFuzzy.map(\.location) == enFuzzy.map(\.location))
        let jorgen = try #require(nbFuzzy.first { $0.message.contains("Jorgen") })
        #expect(jorgen.message == "«Jorgen Bø» ble tolket som Jørgen Bø (nesten lik stavemåte). Sjekk at dette stemmer.")
        let enJorgen = try #require(enFuzzy.first { $0.message.contains("Jorgen") })
        #expect(enJorgen.message == "\"Jorgen Bø\" was read as Jørgen Bø (close spelling). Check that this is right.")
    }

    @Test func unknownNameOnTheRosterIsABokmalWarning() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("import-language-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = folder.appendingPathComponent("roster.csv").path
        try "navn\nKari Nordmann\nOla Hansen\nÅse Lien\nPer Berg\n".write(toFile: roster, atomically: true, encoding: .utf8)
        let survey = "Elev;\(Self.q) [Valg 1];\(Self.q) [Valg 2]\nKari Nordmann;Ola Hansen;Ukjent Person\n"
            + "Ola Hansen;Kari Nordmann;Åse Lien\nÅse Lien;Kari Nordmann;Per Berg\n"
        func run(_ language: Language) throws -> [Diagnostic] {
            try importText(survey, options: ImportOptions(rosterPath: roster, language: language)).report.diagnostics
        }
        let nb = try #require(try run(.nb).first { $0.code == "unmatched-name" })
        let en = try #require(try run(.en).first { $0.code == "unmatched-name" })
        #expect(nb.location == en.location)
        #expect(nb.message == "«Ukjent Person» passer ikke med noen i navnelisten; dette valget brukes ikke.")
        #expect(en.message == "\"Ukjent Person\" does not match anyone on the roster; this choice is not used.")
    }

    /// Inputs that between them reach most diagnostic codes.
    static let sources: [Source] = {
        let q = ImportLanguageTests.q
        var list: [Source] = [
            .file("7b/excel-valg-columns.csv"), .file("7b/excel-valg-columns.csv", roster: "7b/roster.csv"),
            .file("7b/forms-nb.csv"), .file("7b/google-forms.csv"), .file("7b/edges.csv"), .file("7b/matrix-venner.csv"),
            .file("grade-7"), .file("grade-7-file/trinn7.csv"), .file("hostile/forms-with-metadata.csv"),
            .file("hostile/mixed-encoding.csv"), .file("hostile/hostile-names.csv"), .file("hostile/lookalike-names.csv"),
            .text("self.csv", "Elev;\(q) [Valg 1];\(q) [Valg 2];\(q) [Valg 3]\nKari;Kari;Ola;ola\nOla;Kari;;\n"),
            .text("ingen.csv", "Tidsmerke;Hva heter du?;\(q)\nx;Kari;Ingen\ny;Ola;Kari;\nz;Åse;Alle\n"),
            .text("title.csv", "Sosiogram 7B, mars 2025;;\n;;\nElev;\(q) [Valg 1];\(q) [Valg 2]\nKari;Ola;Åse\nOla;Kari;\nÅse;Kari;Ola\n"),
            .text("multiplex.edges", "1 1 2 1\n1 2 1 1\n2 1 3 1\n2 3 1 1\n1 3 2 1\n"),
            .text("edges.csv", "fra;til;merknad\nKari;Ola;x\n;Åse;y\nOla;Kari;z\n"),
            .text("edges-q.csv", "fra;til;spørsmål\nKari;Ola;venn\nOla;Kari;\nÅse;Kari;secret\n"),
            .text("form-name.csv", "ID;Starttidspunkt;Navn;\(q)\n1;x;Kari;Ola\n2;y;Ola;Kari\n"),
            .text("no-name.csv", "Elev;\(q) [Valg 1]\nKari;Ola\n;Kari\nOla;Kari\n"),
        ]
        var kinds = Source.text("kinds.csv", "from;to;question\nKari;Ola;play\nOla;Kari;Hvem vil du helst ikke være med?\n")
        kinds.questionKinds = [QuestionKindOverride(selector: "play", kind: .prosocial)]
        kinds.dropNegative = true
        list.append(kinds)
        var bytes = Source.text("invalid.csv", "")
        bytes.bytes = [0xEF, 0xBB, 0xBF] + Array("Elev;\(q) [Valg 1]\nKari;Ola\nOla;K".utf8) + [0xFF] + Array("ri\n".utf8)
        list.append(bytes)
        return list
    }()

    @Test(arguments: sources)
    func everyDiagnosticIsTranslatedWithTheSameCodeAndPlace(_ source: Source) throws {
        let (nb, en) = Self.both(source)
        #expect(nb.error == nil && en.error == nil, "\(nb.error?.description ?? en.error?.description ?? "")")
        #expect(nb.diagnostics.map(\.code) == en.diagnostics.map(\.code))
        #expect(nb.diagnostics.map(\.location) == en.diagnostics.map(\.location))
        #expect(nb.diagnostics.map(\.severity) == en.diagnostics.map(\.severity))
        for (a, b) in zip(nb.diagnostics, en.diagnostics) {
            #expect(a.message != b.message, "untranslated \(a.code): \(a.message)")
        }
    }

    @Test func theInputsReachTheImportersCodes() {
        var codes = Set<String>()
        for source in Self.sources { codes.formUnion(source.run(.nb).diagnostics.map(\.code)) }
        let expected: Set<String> = [
            "fuzzy-match", "added-pupil", "self-nomination", "duplicate-nomination", "metadata-columns",
            "free-text-column", "ignored-file", "no-answers", "no-one-answer", "everyone-answer", "non-respondents",
            "title-line", "headerless-edge-list", "one-question", "column-ignored", "missing-from", "missing-question",
            "respondent-from-form-name", "missing-respondent-name", "question-kind-defaulted", "question-kind-set",
            "negative-dropped", "mixed-encoding", "invalid-bytes",
        ]
        #expect(expected.subtracting(codes).isEmpty, "not reached: \(expected.subtracting(codes).sorted())")
    }

    // MARK: The string table itself

    /// Every import text, including those the inputs above do not reach (a roster with classes, a folder
    /// with two rosters, matrices whose columns match rows loosely), differs between the languages.
    @Test func everyImportTextHasABokmalVersion() {
        let texts: [(String, (Strings) -> String)] = [
            ("addedPupil", { $0.importAddedPupil("Kari", times: 2) }),
            ("classNotOnRoster", { $0.importClassNotOnRoster("7C") }),
            ("ambiguous", { $0.importAmbiguousName("Emma", candidates: ["Emma A", "Emma B"], respondent: true) }),
            ("notOnRoster", { $0.importNotOnRoster("Kari", respondent: false) }),
            ("notARespondent", { $0.importNotARespondent("Kari") }),
            ("gender answer", { $0.importUnknownGenderAnswer("x") }),
            ("gender value", { $0.importUnknownGenderValue("x") }),
            ("hidden", { $0.importHiddenFileIgnored }), ("subfolder", { $0.importSubfolderIgnored }),
            ("rosterInFolder", { $0.importRosterInFolder }), ("secondRoster", { $0.importSecondRosterIgnored }),
            ("withoutClass", { $0.importPupilsWithoutClass(2) }),
            ("rosterColumn", { $0.importRosterColumnIgnored("merknad") }),
            ("rosterRow", { $0.importRosterRowWithoutName }),
            ("matrixMatch", { $0.importMatrixColumnMatch("ola", row: "Ola", .normalised) }),
            ("folderNotReadable", { $0.importFolderNotReadable }), ("noSurveys", { $0.importFolderHasNoSurveys }),
            ("fileOrFolder", { $0.importFileOrFolderDoesNotExist }), ("isFolder", { $0.importIsAFolder }),
            ("notReadable", { $0.importFileNotReadable }), ("tooLarge", { $0.importFileTooLarge(megabytes: 70) }),
            ("noClassColumn", { $0.importNoClassColumn }), ("tooManyRows", { $0.importTooManyRows(1_000_000) }),
            ("pdf", { $0.importBinaryFile(.pdf) }), ("control", { $0.importControlCharacters(byte: 27) }),
            ("edgeMissingFrom", { $0.importEdgeListMissingColumn(missingFrom: true) }),
            ("numericHeader", { $0.importNumericHeader }), ("headerlessCell", { $0.importHeaderlessCellNotNumber }),
            ("headerlessFromTo", { $0.importHeaderlessNoFromTo }), ("noNameColumns", { $0.importNoNameColumns(ignored: ["A"]) }),
            ("edgeListEmpty", { $0.importEdgeListEmpty }), ("rosterEmpty", { $0.importRosterEmpty }),
            ("rosterNeedsName", { $0.importRosterNeedsNameColumn(columns: ["x"]) }),
            ("rosterDuplicateId", { $0.importRosterDuplicate(.id("7b01"), lines: 2, 3) }),
            ("rosterDuplicateName", { $0.importRosterDuplicate(.name("Kari", className: "7B"), lines: 2, 3) }),
            ("matrixColumnName", { $0.importMatrixColumnWithoutName }), ("matrixRowName", { $0.importMatrixRowWithoutName }),
            ("matrixTwoRows", { $0.importMatrixTwoRows("Kari", lines: 2, 5) }),
            ("matrixNoRow", { $0.importMatrixColumnWithoutRow("Kari") }),
            ("matrixShare", { $0.importMatrixColumnsShareRow("Kari", "kari", row: "Kari") }),
            ("answeredTwice", { $0.importAnsweredTwice("Kari", lines: 2, 5, otherFile: "7A.csv") }),
        ]
        for (name, text) in texts {
            #expect(text(Strings(.nb)) != text(Strings(.en)), "untranslated: \(name)")
        }
        for kind in BinarySignature.Kind.allCases {
            #expect(Strings(.nb).importBinaryFile(kind) != Strings(.en).importBinaryFile(kind))
        }
    }

    @Test func bokmalListsUseOgAndGuillemets() {
        #expect(Strings(.nb).importList(["ID", "E-post", "Navn"]) == "«ID», «E-post» og «Navn»")
        #expect(Strings(.en).importList(["ID", "E-post", "Navn"]) == "\"ID\", \"E-post\" and \"Navn\"")
        #expect(Strings(.nb).importList(["Emma A", "Emma B"], quoted: false) == "Emma A og Emma B")
    }

    /// A teacher at a nynorsk school writes the headers in nynorsk: `frå;til;spørsmål;val`, a class
    /// list with `Namn` and `Klassenamn`.
    @Test func nynorskHeadersAreRead() throws {
        let edges = """
            frå;til;spørsmål;val
            Kari Nordmann;Ola Hansen;Kven vil du helst vere saman med?;1
            Ola Hansen;Kari Nordmann;Kven vil du helst vere saman med?;1
            Ingrid Bakken;Kari Nordmann;Kven vil du helst vere saman med?;2
            """
        let result = try importText(edges, file: "kantar.csv")
        #expect(result.report.files.first?.layout == .edgeList)
        #expect(result.network.count == 3)
        #expect(result.network.nominations.count == 3)
    }
}
