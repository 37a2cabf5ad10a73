import Testing
@testable import Sociogram

@Suite struct ImportQuestionKindTests {
    @Test(arguments: [
        // bokmål
        ("Hvem vil du helst være sammen med i friminuttene?", QuestionKind.positive),
        ("Hvem liker du å leke med?", .positive),
        ("Hvem vil du sitte ved siden av?", .positive),
        ("Hvem vil du jobbe sammen med?", .positive),
        ("Hvem er din beste venn?", .positive),
        ("Hvem vil du helst ikke være sammen med?", .negative),
        ("Hvem vil du IKKE jobbe med?", .negative),
        ("Hvem liker du ikke?", .negative),
        ("Hvem i klassen hjelper andre?", .prosocial),
        ("Hvem er snill mot alle?", .prosocial),
        ("Hvem inkluderer og tar med andre i leken?", .prosocial),
        ("Hvem bestemmer mest i klassen?", .influence),
        ("Hvem blir hørt på?", .influence),
        ("Hvem er lederen når dere leker?", .influence),
        // nynorsk
        ("Kven vil du vere saman med?", .positive),
        ("Kven vil du jobbe saman med?", .positive),
        ("Kven vil du ikkje vere saman med?", .negative),
        ("Kven hjelpar andre?", .prosocial),
        ("Kven bestemmer mest?", .influence),
        // English
        ("Who do you get on with in the class?", .positive),
        ("Who are your best friends in the class?", .positive),
        ("Who would you prefer to work with?", .positive),
        ("Who do you want to sit next to?", .positive),
        ("Who would you rather not play with?", .negative),
        ("Who don't you like?", .negative),
        ("Who helps others?", .prosocial),
        ("Who is kind?", .prosocial),
        ("Who decides the most?", .influence),
        ("Who is listened to?", .influence),
        // edge-list labels
        ("play", .positive), ("notplay", .negative), ("not_play", .negative),
        // a negated prosocial question is not prosocial
        ("Hvem er ikke snill?", .other),
    ])
    func guesses(text: String, kind: QuestionKind) {
        #expect(QuestionKindGuesser.guess(text) == kind, "\(text)")
    }

    @Test func unknownTextHasNoGuess() {
        #expect(QuestionKindGuesser.guess("secret") == nil)
        #expect(QuestionKindGuesser.guess("Sociogram1") == nil)
    }

    let csv = """
        from;to;question
        Kari;Ola;play
        Ola;Kari;secret
        Kari;Åse;notplay
        Åse;Kari;Hvem bestemmer mest?
        """

    @Test func defaultedKindIsPositiveWithNote() throws {
        let r = try importText(csv)
        let secret = try #require(r.network.questions.first { $0.id == "secret" })
        #expect(secret.kind == .positive)
        #expect(secret.kindSource == .defaulted)
        #expect(r.report.diagnostics.contains { $0.code == "question-kind-defaulted" && $0.message.contains("secret") })
        #expect(r.network.questions.first { $0.id == "notplay" }?.kindSource == .guessed)
    }

    @Test func overridesByIdTextAndSubstring() throws {
        let options = ImportOptions(questionKinds: [
            try QuestionKindOverride(parsing: "secret=other"),
            try QuestionKindOverride(parsing: "play=negative"),  // id wins over substring of "notplay"
            try QuestionKindOverride(parsing: "BESTEMMER=prosocial"),
        ])
        let r = try importText(csv, options: options)
        let kinds = Dictionary(uniqueKeysWithValues: r.network.questions.map { ($0.id, $0) })
        #expect(kinds["secret"]?.kind == .other)
        #expect(kinds["secret"]?.kindSource == .userSet)
        #expect(kinds["play"]?.kind == .negative)
        #expect(kinds["notplay"]?.kind == .negative)
        #expect(kinds["notplay"]?.kindSource == .guessed)
        #expect(r.network.questions[3].kind == .prosocial)
    }

    @Test func selectorMatchingNothingOrSeveralIsBadOption() throws {
        for selector in ["nothing-like-this", "e"] {
            let options = ImportOptions(questionKinds: [QuestionKindOverride(selector: selector, kind: .other)])
            let e = importError { () throws(ImportError) in try importText(csv, options: options) }
            #expect(e?.kind == .badOption)
            #expect(e?.message.contains("secret") == true)  // lists the questions
        }
    }

    @Test func overrideParsing() throws {
        let o = try QuestionKindOverride(parsing: "Hvem er 1=1?=influence")
        #expect(o.selector == "Hvem er 1=1?")
        #expect(o.kind == .influence)
        #expect(throws: ImportError.self) { try QuestionKindOverride(parsing: "q1=venner") }
        #expect(throws: ImportError.self) { try QuestionKindOverride(parsing: "=positive") }
    }

    @Test func dropNegativeRemovesQuestionAndItsNominations() throws {
        let r = try importText(csv, options: ImportOptions(dropNegative: true))
        #expect(!r.network.has(.negative))
        #expect(r.network.questions.map(\.id) == ["play", "secret", "q4"])
        #expect(r.network.nominations.count == 3)
        #expect(r.network.namedTies.contains(["Hvem bestemmer mest?", "Åse", "Kari"]))
        #expect(r.report.diagnostics.contains { $0.code == "negative-dropped" })
    }
}
