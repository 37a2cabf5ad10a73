import Testing
@testable import Sociogram

/// The string catalogue (`Sources/Sociogram/Text/Catalogue/*.json`): complete in every language, every
/// text readable, the same placeholders in every translation.
@Suite struct TextCatalogueTests {
    @Test(arguments: Language.allCases)
    func everyKeyHasATextInEveryLanguage(_ language: Language) {
        let texts = TextCatalogue.rawTexts(language)
        let missing = TextKey.allCases.map(\.rawValue).filter { texts[$0]?.isEmpty ?? true }
        #expect(missing.isEmpty, "\(language.rawValue).json lacks \(missing.count) texts: \(missing.prefix(20))")
        let unknown = texts.keys.filter { TextKey(rawValue: $0) == nil }.sorted()
        #expect(unknown.isEmpty, "\(language.rawValue).json has keys no code uses: \(unknown.prefix(20))")
    }

    @Test(arguments: Language.allCases)
    func everyTextFollowsTheMessageSyntax(_ language: Language) {
        let unreadable = TextCatalogue.of(language).unreadable
        #expect(unreadable.isEmpty, "\(language.rawValue).json: \(unreadable.map { "\($0.key): \($0.value)" }.sorted().prefix(10))")
    }

    /// A translation may leave a placeholder out (English names a question kind by its code only) but
    /// never uses one that bokmål, the reference the code is written against, does not have.
    @Test(arguments: Language.allCases.filter { $0 != .nb })
    func placeholdersAreThoseOfBokmål(_ language: Language) {
        let reference = TextCatalogue.of(.nb).messages, translated = TextCatalogue.of(language).messages
        var different: [String] = []
        for key in TextKey.allCases.map(\.rawValue) {
            guard let a = reference[key], let b = translated[key] else { continue }
            if !b.argumentNames.isSubset(of: a.argumentNames) {
                different.append("\(key): nb \(a.argumentNames.sorted()) vs \(language.rawValue) \(b.argumentNames.sorted())")
            }
        }
        #expect(different.isEmpty, "\(different.prefix(10))")
    }

    @Test func pluralsSelectionsAndQuotes() throws {
        let plural = try TextMessage(parsing: "{n, plural, =0 {ingen elever} one {# elev} other {# elever}} i {klasse}")
        #expect(plural.format(["n": 0, "klasse": "7B"]) == "ingen elever i 7B")
        #expect(plural.format(["n": 1, "klasse": "7B"]) == "1 elev i 7B")
        #expect(plural.format(["n": 24, "klasse": "7B"]) == "24 elever i 7B")
        #expect(plural.argumentNames == ["n", "klasse"])
        let select = try TextMessage(parsing: "Filen{listed, select, true { (den har {some} i seg)} other {}}.")
        #expect(select.format(["listed": true, "some": "«a.csv»"]) == "Filen (den har «a.csv» i seg).")
        #expect(select.format(["listed": false, "some": ""]) == "Filen.")
        let quoted = try TextMessage(parsing: "the pupil's '{'braces'}' and '' {x}")
        #expect(quoted.format(["x": 1]) == "the pupil's {braces} and ' 1")
    }

    @Test func aMissingArgumentStaysVisibleAndBadSyntaxIsFound() throws {
        #expect(try TextMessage(parsing: "valgt av {count}").format([:]) == "valgt av {count}")
        #expect(throws: TextMessageError.self) { try TextMessage(parsing: "{n, plural, one {# elev}}") }
        #expect(throws: TextMessageError.self) { try TextMessage(parsing: "{n, plural, one {# elev} other {# elever}") }
        #expect(throws: TextMessageError.self) { try TextMessage(parsing: "uten navn {}") }
    }

    @Test func textsComeFromTheCatalogueInTheirLanguage() {
        #expect(Strings(.nb).inspectLayout == "oppsett")
        #expect(Strings(.en).inspectLayout == "layout")
        #expect(Strings(.nb).evaluationClassmates(1) == "1 medelev")
        #expect(Strings(.en).evaluationClassmates(3) == "3 classmates")
    }

    /// Nynorsk is nynorsk, not bokmål left untranslated: none of the common bokmål-only forms appears
    /// outside «quoted titles and menu names» (the same list as `scripts/text/check_catalogue.py`).
    @Test func nynorskHasNoBokmålWords() throws {
        let bokmål: Set<String> = [
            "ikke", "hvem", "hva", "hvordan", "hvorfor", "hvis", "bare", "fra", "være", "valg", "valget", "valgene",
            "valgt", "valgte", "velge", "elever", "elevene", "gutter", "lærer", "læreren", "noen", "noe", "mye",
            "hver", "ble", "navn", "navnet", "navneliste", "venner", "hjelpsom", "fikk", "sammen", "hverandre",
            "trenger", "gjør", "hele", "egen", "uten", "leder", "ledere",
        ]
        let quoted = try Regex("«[^»]*»"), braces = try Regex(#"\{\s*\w+\s*(,\s*(plural|select)\s*,)?|(=\d+|one|other|true)\s*\{"#)
        var found: [String] = []
        for (key, text) in TextCatalogue.rawTexts(.nn) {
            let plain = text.replacing(quoted, with: " ").replacing(braces, with: " ")
            let words = plain.lowercased().split { !$0.isLetter }.map(String.init)
            let hits = Set(words).intersection(bokmål)
            if !hits.isEmpty { found.append("\(key): \(hits.sorted())") }
        }
        #expect(found.isEmpty, "\(found.sorted().prefix(10))")
    }

    @Test func nynorskNumbersAndDatesAreWrittenAsInBokmål() {
        #expect(Strings(.nn).decimal(0.42) == "0,42")
        #expect(Strings(.nn).date(CalendarDay(year: 2026, month: 11, day: 24)) == "24.11.2026")
        #expect(Strings(.nn).quote("Valg 1") == "«Valg 1»")
        #expect(Language(locale: "nn_NO.UTF-8") == .nn && Language(locale: "nb_NO.UTF-8") == .nb && Language(locale: "C") == .en)
        #expect(Language(parsing: "nynorsk") == .nn && Language(parsing: "NNO") == .nn)
    }

    /// Plurals are real plurals, never «elev(er)», «byte(s)» or «advarseler» (issue 20's language errors).
    @Test(arguments: Language.allCases)
    func noHalfPluralsOrKnownMisspellings(_ language: Language) {
        let wrong = ["(er)", "(s)", "(ar)", "(e)", "advarseler", "elev(er", "1 pairs"]
        let found = TextCatalogue.rawTexts(language).filter { _, text in wrong.contains { text.contains($0) } }.keys.sorted()
        #expect(found.isEmpty, "\(language.rawValue).json: \(found)")
    }

    @Test func countsAgreeWithTheirNouns() {
        #expect(Strings(.en).compareHeader("a.csv", "autumn", "b.csv", "spring", matched: 1) == "a.csv (autumn) → b.csv (spring): 1 pupil in both.")
        #expect(Strings(.en).compareHeader("before.csv", "before", "after.csv", "after", matched: 7) == "before.csv → after.csv: 7 pupils in both.")
        #expect(Strings(.nb).summaryChoices(average: "3,0", returned: "58 %", mutualPairs: 1).contains("1 par har valgt hverandre"))
        #expect(Strings(.en).summaryChoices(average: "3.0", returned: "58%", mutualPairs: 1).contains("1 pair chose each other"))
        #expect(Strings(.nb).batchDone(grade: "7", classes: 1, failed: 0) == "Trinn 7: 1 klasse analysert.")
    }
}
