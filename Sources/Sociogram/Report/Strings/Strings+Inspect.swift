/// Texts of `sociogram inspect` (terminal only).
extension Strings {
    public var inspectLayout: String { t("oppsett", "layout") }
    public var inspectEncoding: String { t("tegnsett", "encoding") }
    /// An encoding's name as a teacher reads it (`UTF-8 med BOM`).
    public func inspectEncodingName(_ e: TextEncodingName) -> String {
        switch e {
        case .utf8WithBOM: t("UTF-8 med BOM", e.rawValue)
        case .workbook: t("Excel-arbeidsbok (.xlsx)", "Excel workbook (.xlsx)")
        default: e.rawValue
        }
    }
    public var inspectDelimiter: String { t("skilletegn", "delimiter") }
    public var inspectRows: String { t("rader", "rows") }
    public var inspectFromSepLine: String { t(" (fra sep=-linjen)", " (from the sep= line)") }

    public func inspectRespondentColumn(_ header: String) -> String {
        t("kolonnen med elevens navn: \(quote(header))", "respondent column: \(quote(header))")
    }

    public func inspectIgnoredColumn(_ column: Int, _ header: String, _ reason: DroppedColumn.Reason) -> String {
        let why: String
        switch reason {
        case .metadata: why = t("metadata fra skjemaet (leses aldri inn)", "form metadata (never imported)")
        case .freeText: why = t("fritekst (leses aldri inn)", "free text (never imported)")
        case .empty: why = t("tom", "empty")
        }
        return t("kolonne \(column) \(quote(header)) brukes ikke: \(why)", "ignored column \(column) \(quote(header)): \(why)")
    }

    public func inspectLayoutName(_ layout: InputLayout) -> String {
        switch layout {
        case .wideColumnPerChoice: t("skjemaeksport, én kolonne per valg", "form export, one column per choice")
        case .wideNamesInCell: t("skjemaeksport, flere navn i én celle", "form export, several names in one cell")
        case .edgeList: t("kantliste (fra, til, spørsmål)", "edge list (from, to, question)")
        case .matrix: t("sosiomatrise", "sociomatrix")
        case .roster: t("klasseliste", "roster")
        }
    }

    public func inspectClassLine(_ name: String, pupils: Int, respondents: Int, nominations: Int) -> String {
        let rate = percent(pupils == 0 ? 0 : Double(respondents) / Double(pupils))
        return t(
            "Klasse \(name): \(pupils) elever, \(respondents) svarte (\(rate)), \(nominations) valg",
            "Class \(name): \(pupils) pupils, \(respondents) answered (\(rate)), \(nominations) nominations")
    }

    public func inspectClasses(_ names: [String]) -> String {
        t("klasser: ", "classes: ") + names.joined(separator: ", ")
    }

    public func inspectDidNotAnswer(_ labels: [String]) -> String {
        t("svarte ikke (mangler, ikke «valgte ingen»): ", "did not answer (missing, not \"chose nobody\"): ")
            + labels.joined(separator: ", ")
    }

    public var inspectQuestions: String { t("Spørsmål:", "Questions:") }

    public func inspectKind(_ kind: QuestionKind) -> String {
        switch kind {
        case .positive: t("positivt", "positive")
        case .negative: t("negativt", "negative")
        case .prosocial: t("prososialt", "prosocial")
        case .influence: t("innflytelse", "influence")
        case .other: t("annet", "other")
        }
    }

    public func inspectKindSource(_ source: KindSource) -> String {
        switch source {
        case .guessed: t("gjettet fra teksten", "guessed from the text")
        case .userSet: t("satt med --question", "set with --question")
        case .defaulted: t("standard, kunne ikke gjettes", "default, could not be guessed")
        }
    }

    public var inspectLooseMatches: String {
        t("Navn som ble tolket (sjekk disse):", "Names matched loosely (check these):")
    }

    /// How a name was matched, in words ("close spelling").
    public func inspectMatchMethod(_ method: MatchMethod) -> String {
        switch method {
        case .exact: t("nøyaktig", "exact")
        case .normalised: t("uten hensyn til store/små bokstaver, mellomrom og aksenter", "ignoring case, spaces and accents")
        case .firstName: t("eneste med dette fornavnet", "unique first name")
        case .closeSpelling: t("nesten lik stavemåte", "close spelling")
        }
    }

    public func inspectMatch(_ match: NameMatch) -> String {
        let how = inspectMatchMethod(match.method)
        let at = match.location.map { t(", første gang \($0)", ", first at \($0)") } ?? ""
        return "\(quote(match.written)) → \(match.pupilName) (\(how), \(match.occurrences)×\(at))"
    }

    public func inspectWarnings(_ count: Int) -> String { t("Advarsler (\(count)):", "Warnings (\(count)):") }
    public var inspectNotes: String { t("Merknader:", "Notes:") }
}
