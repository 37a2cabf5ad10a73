extension AnalysisNote {
    /// Whether the note is also listed under the document's `warnings`.
    public var isWarning: Bool {
        switch self {
        case .noPositiveQuestion, .unusualQuestion, .noSpread: true
        case .noNegativeQuestion, .nonRespondents, .betweennessSkipped: false
        }
    }

    /// The note in English (as written into `analysis.json`).
    public var englishText: String { text(.en) }

    /// The note in plain words.
    public func text(_ language: Language) -> String {
        let nb = language == .nb
        switch self {
        case .noNegativeQuestion:
            return nb
                ? "Undersøkelsen har ikke noe negativt spørsmål. Derfor vises bare hvem som blir valgt; "
                    + "om noen er avvist, oversett eller kontroversiell kan ikke avgjøres."
                : "The survey has no negative question, so only who is chosen is shown; whether anyone is "
                    + "rejected, neglected or controversial cannot be determined."
        case .noPositiveQuestion:
            return nb
                ? "Undersøkelsen har ikke noe positivt spørsmål: gjensidige valg, isolasjon og nettverkstall mangler."
                : "The survey has no positive question: mutual choices, isolation and network numbers are missing."
        case .noSpread(let score):
            return nb
                ? "Alle elevene har samme verdi for \(score); standardverdiene (z) er derfor satt til 0."
                : "Every pupil has the same value of \(score); its standard scores (z) are therefore set to 0."
        case .unusualQuestion(let role, let id, let kind):
            return nb
                ? "Spørsmål \(id) er brukt som \(role) selv om det er av typen «\(kind.rawValue)»."
                : "Question \(id) is used as \(role) although its kind is \"\(kind.rawValue)\"."
        case .nonRespondents(let count):
            return nb
                ? "\(count) elev(er) svarte ikke. De telles med på valgene de fikk, men det er ukjent hvem de ville valgt."
                : "\(count) pupil(s) did not answer. They are counted on the choices they received; whom they "
                    + "would have chosen is unknown."
        case .betweennessSkipped:
            return nb ? "Mellomliggende sentralitet (betweenness) ble ikke beregnet." : "Betweenness was not computed."
        }
    }
}
