/// The header vocabulary of survey exports: which columns are form metadata, which holds the
/// respondent's own name, the class, the gender, and which are free-text questions.
enum FormMetadata {
    /// A header reduced for comparison: lowercased, whitespace collapsed, trailing `?`, `:`, `.`, `*` removed.
    static func key(_ header: String) -> String {
        let s = NameKey.collapsed(header.lowercased())
        var scalars = s.unicodeScalars
        guard let last = scalars.last, last == "?" || last == ":" || last == "." || last == "*" else { return s }
        while let l = scalars.last, l == "?" || l == ":" || l == "." || l == "*" || l == " " { scalars.removeLast() }
        return String(scalars)
    }

    /// Microsoft Forms (nb, nn, en) and Google Forms metadata headers. Never imported.
    static let metadataHeaders: Set<String> = [
        "id", "starttidspunkt", "fullføringstidspunkt", "e-postadresse", "navn", "namn",
        "tidspunkt for siste endring", "start time", "completion time", "email", "e-mail", "name",
        "last modified time", "tidsmerke", "timestamp", "email address", "e-post", "epost",
        "tidsstempel", "totalpoengsum", "total poengsum", "total points", "quiz feedback", "poengsum",
    ]
    /// Per-question quiz columns Microsoft Forms adds (`Poeng - …`, `Tilbakemelding - …`).
    private static let metadataPrefixes = ["poeng - ", "points - ", "tilbakemelding - ", "feedback - "]
    /// Headers that only a form tool writes: their presence means every row is a submitted answer.
    static let formMarkers: Set<String> = [
        "starttidspunkt", "fullføringstidspunkt", "start time", "completion time", "tidsmerke", "timestamp",
    ]
    /// The forms' own name column, a respondent-column fallback when no name question exists.
    static let formNameHeaders: Set<String> = ["navn", "name", "namn"]

    static func isMetadata(_ key: String) -> Bool {
        metadataHeaders.contains(key) || metadataPrefixes.contains { key.hasPrefix($0) }
    }

    private static let respondentExact: Set<String> = [
        "elev", "elevnavn", "elevnamn", "elevens navn", "navn på elev", "namn på elev", "student", "pupil",
        "respondent", "student name", "pupil name", "your name", "what is your name", "what's your name",
        "hva heter du", "kva heiter du", "ditt navn", "navnet ditt", "namnet ditt", "ditt namn",
        "fullt navn", "hvem er du", "kven er du", "skriv navnet ditt", "skriv namnet ditt",
    ]
    private static let respondentContains = [
        "heter du", "heiter du", "navnet ditt", "ditt navn", "namnet ditt", "ditt namn", "your name",
        "your full name",
    ]

    /// A question asking for the respondent's own name (`Hva heter du?`, `Elevnavn`, `Your name`, …).
    static func isRespondentHeader(_ key: String) -> Bool {
        respondentExact.contains(key) || respondentContains.contains { key.contains($0) }
    }

    /// The class column of a grade file (`klasse`, `class`, `Hvilken klasse går du i?`).
    static func isClassHeader(_ key: String) -> Bool {
        ["klasse", "class", "klassenavn", "klassenamn", "class name"].contains(key)
            || ["hvilken klasse", "kva klasse", "which class", "what class"].contains { key.hasPrefix($0) }
    }

    /// A gender column (`kjønn`, `gender`, `Er du gutt eller jente?`).
    static func isGenderHeader(_ key: String) -> Bool {
        ["kjønn", "kjonn", "gender", "sex"].contains(key)
            || ["er du gutt eller jente", "er du jente eller gutt", "are you a boy or a girl",
                "are you a girl or a boy"].contains(key)
    }

    /// Word beginnings (`Kommentarer`, `Comments`).
    private static let freeTextStems = ["hvorfor", "kvifor", "kommentar", "comment", "tilbakemelding", "fritekst"]
    /// Whole words: imperatives only (`Fortell`, but not `forteller` in "Hvem forteller deg …?").
    private static let freeTextWords: Set<String> = [
        "annet", "anna", "why", "feedback", "merknad", "merknader", "fortell", "fortel", "beskriv",
        "forklar", "begrunn", "grunngi", "explain", "describe",
    ]
    private static let freeTextPhrases = [
        "noe mer", "noko meir", "noe annet", "noko anna", "anything else", "other comments", "free text",
    ]

    /// A header that asks for free text (`Hvorfor?`, `Kommentar`, `Annet`, `Fortell …`, `Why?`, `Comment`).
    /// Such columns are never imported, whatever they contain.
    static func isFreeTextHeader(_ key: String) -> Bool {
        if freeTextPhrases.contains(where: { key.contains($0) }) { return true }
        let words = key.split(whereSeparator: { !$0.isLetter })
        return words.contains { w in
            freeTextWords.contains(String(w)) || freeTextStems.contains { w.hasPrefix($0) }
        }
    }

    /// Values of the forms' name column that mean the answer was anonymous.
    static func isAnonymousValue(_ value: String) -> Bool {
        ["anonymous", "anonym", "anonymt", "anonyme", "ukjent", "unknown"].contains(value.lowercased())
    }

    private static let noOne: Set<String> = [
        "ingen", "ingen av dem", "ikke noen", "ikkje nokon", "ingen spesielle", "ingen spesiell", "nei",
        "vet ikke", "veit ikkje", "vet ikkje", "nobody", "no one", "noone", "none", "-", "--", "x", "n/a",
    ]
    private static let everyone: Set<String> = ["alle", "alle sammen", "alle saman", "everyone", "everybody", "all"]

    /// An answer in a name column that means "nobody" (`Ingen`, `Vet ikke`, `Nobody`, `-`).
    static func isNoOneAnswer(_ value: String) -> Bool { noOne.contains(key(value)) }

    /// An answer in a name column that means "everyone" (`Alle`): it cannot be read as names.
    static func isEveryoneAnswer(_ value: String) -> Bool { everyone.contains(key(value)) }
}
