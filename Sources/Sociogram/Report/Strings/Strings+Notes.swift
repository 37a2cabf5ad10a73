/// The analysis notes (``AnalysisNote``) in words: how a number was obtained, what could not be determined.
extension Strings {
    /// The note in plain words.
    public func note(_ note: AnalysisNote) -> String {
        switch note {
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
                ? (count == 1 ? "Én elev" : "\(count) elever")
                    + " svarte ikke. De telles med på valgene de fikk, men det er ukjent hvem de ville valgt."
                : (count == 1 ? "One pupil" : "\(count) pupils")
                    + " did not answer. They are counted on the choices they received; whom they would have chosen is unknown."
        case .betweennessSkipped:
            return nb ? "Mellomliggende sentralitet (betweenness) ble ikke beregnet." : "Betweenness was not computed."
        }
    }
}
