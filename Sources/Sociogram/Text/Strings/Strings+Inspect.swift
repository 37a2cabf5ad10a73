/// Texts of `sociogram inspect` (terminal only).
extension Strings {
    public var inspectLayout: String { text(.inspectLayout) }
    public var inspectEncoding: String { text(.inspectEncoding) }
    /// An encoding's name as a teacher reads it (`UTF-8 med BOM`).
    public func inspectEncodingName(_ e: TextEncodingName) -> String {
        switch e {
        case .utf8WithBOM: text(.inspectEncodingNameUtf8WithBOM)
        case .workbook: text(.inspectEncodingNameWorkbook)
        default: e.rawValue
        }
    }
    public var inspectDelimiter: String { text(.inspectDelimiter) }
    public var inspectRows: String { text(.inspectRows) }
    public var inspectFromSepLine: String { text(.inspectFromSepLine) }

    public func inspectRespondentColumn(_ header: String) -> String {
        text(.inspectRespondentColumn, ["header": quote(header)])
    }

    public func inspectIgnoredColumn(_ column: Int, _ header: String, _ reason: DroppedColumn.Reason) -> String {
        let why: String
        switch reason {
        case .metadata: why = text(.inspectIgnoredColumnMetadata)
        case .freeText: why = text(.inspectIgnoredColumnFreeText)
        case .empty: why = text(.inspectIgnoredColumnEmpty)
        }
        return text(.inspectIgnoredColumn, ["column": column, "header": quote(header), "why": why])
    }

    public func inspectLayoutName(_ layout: InputLayout) -> String {
        switch layout {
        case .wideColumnPerChoice: text(.inspectLayoutNameWideColumnPerChoice)
        case .wideNamesInCell: text(.inspectLayoutNameWideNamesInCell)
        case .edgeList: text(.inspectLayoutNameEdgeList)
        case .matrix: text(.inspectLayoutNameMatrix)
        case .roster: text(.inspectLayoutNameRoster)
        }
    }

    public func inspectClassLine(_ name: String, pupils: Int, respondents: Int, nominations: Int) -> String {
        let rate = percent(pupils == 0 ? 0 : Double(respondents) / Double(pupils))
        let counts: [String: any Sendable] = ["pupils": pupils, "respondents": respondents, "rate": rate, "nominations": nominations]
        if name.isEmpty { return text(.inspectClassLineUnnamed, counts) }
        return text(.inspectClassLine, counts.merging(["name": name]) { a, _ in a })
    }

    public func inspectClasses(_ names: [String]) -> String {
        text(.inspectClasses) + names.joined(separator: ", ")
    }

    public func inspectDidNotAnswer(_ labels: [String]) -> String {
        text(.inspectDidNotAnswer)
            + labels.joined(separator: ", ")
    }

    public var inspectQuestions: String { text(.inspectQuestions) }

    public func inspectKind(_ kind: QuestionKind) -> String {
        switch kind {
        case .positive: text(.inspectKindPositive)
        case .negative: text(.inspectKindNegative)
        case .prosocial: text(.inspectKindProsocial)
        case .influence: text(.inspectKindInfluence)
        case .other: text(.inspectKindOther)
        }
    }

    public func inspectKindSource(_ source: KindSource) -> String {
        switch source {
        case .guessed: text(.inspectKindSourceGuessed)
        case .userSet: text(.inspectKindSourceUserSet)
        case .defaulted: text(.inspectKindSourceDefaulted)
        }
    }

    public var inspectLooseMatches: String {
        text(.inspectLooseMatches)
    }

    /// How a name was matched, in words ("close spelling").
    public func inspectMatchMethod(_ method: MatchMethod) -> String {
        switch method {
        case .exact: text(.inspectMatchExact)
        case .normalised: text(.inspectMatchNormalised)
        case .firstName: text(.inspectMatchFirstName)
        case .closeSpelling: text(.inspectMatchCloseSpelling)
        }
    }

    public func inspectMatch(_ match: NameMatch) -> String {
        let how = inspectMatchMethod(match.method)
        let at = match.location.map { text(.inspectMatch, ["value": $0]) } ?? ""
        return "\(quote(match.written)) → \(match.pupilName) (\(how), \(match.occurrences)×\(at))"
    }

    public func inspectWarnings(_ count: Int) -> String { text(.inspectWarnings, ["count": count]) }
    public var inspectNotes: String { text(.inspectNotes) }
}
