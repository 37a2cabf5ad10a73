/// Texts of the importer's warnings and notes (``Diagnostic/message``); the errors are in
/// `Strings+ImportErrors.swift`. The codes (``Diagnostic/code``) are not translated: they are the
/// contract for programs.
///
/// Bokmål terms: navneliste (roster), elev som svarte (respondent), kolonne, rad/linje, skilletegn,
/// tegnkoding. The English texts quote with plain `"…"` as they always have (tests and scripts match
/// them); bokmål quotes with «…».
extension Strings {
    // MARK: Helpers

    /// A written value in quotes: «Kari» in bokmål, "Kari" in English.
    func importQuote(_ text: String) -> String { self.text(.importQuote, ["text": text]) }

    /// `"a", "b" and "c"` / `«a», «b» og «c»`; an empty list gives an empty string.
    func importList(_ items: [String], quoted: Bool = true) -> String {
        let q = items.map { quoted ? importQuote($0) : $0 }
        guard q.count > 1 else { return q.first ?? "" }
        return q.dropLast().joined(separator: ", ") + text(.importList) + (q.last ?? "")
    }

    /// How a written name was matched, in running text.
    func importMatchWords(_ method: MatchMethod) -> String {
        switch method {
        case .exact: text(.importMatchWordsExact)
        case .normalised: text(.importMatchWordsNormalised)
        case .firstName: text(.importMatchWordsFirstName)
        case .closeSpelling: text(.importMatchWordsCloseSpelling)
        }
    }

    // MARK: Names (`added-pupil`, `unmatched-name`, `fuzzy-match`, `class-not-on-roster`)

    func importAddedPupil(_ written: String, times n: Int) -> String {
        text(.importAddedPupil, ["written": importQuote(written), "name": written, "n": n])
    }

    func importClassNotOnRoster(_ className: String) -> String {
        text(.importClassNotOnRoster, ["className": importQuote(className)])
    }

    /// What happens to an unmatched name: the respondent's whole row, or one choice.
    func importNameConsequence(respondent: Bool) -> String {
        respondent
            ? text(.importNameConsequence)
            : text(.importNameConsequence2)
    }

    func importAmbiguousName(_ written: String, candidates: [String], respondent: Bool) -> String {
        let consequence = importNameConsequence(respondent: respondent)
        return text(.importAmbiguousName, ["written": importQuote(written), "candidates": importList(candidates, quoted: false), "consequence": consequence])
    }

    func importNotOnRoster(_ written: String, respondent: Bool) -> String {
        let consequence = importNameConsequence(respondent: respondent)
        return text(.importNotOnRoster, ["written": importQuote(written), "consequence": consequence])
    }

    func importNotARespondent(_ written: String) -> String {
        text(.importNotARespondent, ["written": importQuote(written)])
    }

    func importLooseMatch(_ written: String, as pupil: String, _ method: MatchMethod) -> String {
        text(.importLooseMatch, ["written": importQuote(written), "pupil": pupil, "method": importMatchWords(method)])
    }

    /// Appended to a loose match in a warning.
    var importCheckThis: String { text(.importCheckThis) }

    /// Appended to a loose match in a `--strict` error.
    var importStrictOnlyExact: String {
        text(.importStrictOnlyExact)
    }

    // MARK: Form exports

    func importRespondentFromFormName(_ header: String) -> String {
        text(.importRespondentFromFormName, ["header": importQuote(header)])
    }

    func importFreeTextColumn(_ column: Int, _ header: String) -> String {
        text(.importFreeTextColumn, ["column": column, "header": importQuote(header)])
    }

    func importMetadataColumns(_ headers: [String]) -> String {
        text(.importMetadataColumns, ["headers": importList(headers)])
    }

    func importMissingRespondentName(_ header: String) -> String {
        text(.importMissingRespondentName, ["header": importQuote(header)])
    }

    func importRowWithoutAnswers(_ name: String) -> String {
        text(.importRowWithoutAnswers, ["name": name])
    }

    func importEveryoneAnswer(_ written: String) -> String {
        text(.importEveryoneAnswer, ["written": importQuote(written)])
    }

    func importNoOneAnswers(_ n: Int) -> String {
        text(.importNoOneAnswers, ["n": n])
    }

    func importUnknownGenderAnswer(_ raw: String) -> String {
        text(.importUnknownGenderAnswer, ["raw": importQuote(raw)])
    }

    // MARK: Files and folders (`title-line`, `invalid-bytes`, `mixed-encoding`, `ignored-file`, `roster-in-folder`)

    func importTitleLine(_ line: Int, _ text: String) -> String {
        self.text(.importTitleLine, ["line": line, "text": importQuote(text)])
    }

    func importInvalidBytes(_ n: Int, encoding: TextEncodingName) -> String {
        text(.importInvalidBytes, ["n": n, "encoding": encoding.rawValue])
    }

    func importMixedEncoding(_ bytes: Int, firstLine line: Int) -> String {
        text(.importMixedEncoding, ["bytes": bytes, "line": line])
    }

    var importHiddenFileIgnored: String { text(.importHiddenFileIgnored) }

    var importSubfolderIgnored: String {
        text(.importSubfolderIgnored)
    }

    var importNotASurveyFile: String {
        text(.importNotASurveyFile)
    }

    /// An uploaded grade with two files of the same name: the second is left out.
    var importSecondFileOfSameNameIgnored: String { text(.importSecondFileOfSameNameIgnored) }

    var importRosterInFolder: String {
        text(.importRosterInFolder)
    }

    var importSecondRosterIgnored: String {
        text(.importSecondRosterIgnored)
    }

    func importPupilsWithoutClass(_ n: Int) -> String {
        text(.importPupilsWithoutClass, ["n": n])
    }

    // MARK: Choices and questions

    func importSelfNomination(_ chooser: String, question: String) -> String {
        text(.importSelfNomination, ["chooser": chooser, "question": importQuote(question)])
    }

    func importDuplicateNomination(_ chooser: String, chose pupil: String, question: String) -> String {
        text(.importDuplicateNomination, ["chooser": chooser, "pupil": pupil, "question": importQuote(question)])
    }

    func importNonRespondents(_ names: [String]) -> String {
        let n = names.count
        return text(.importNonRespondents, ["n": n, "names": names.joined(separator: ", ")])
    }

    /// `items` are `"id text"` of each negative question left out.
    func importNegativeDropped(_ items: [String]) -> String {
        let n = items.count
        return text(.importNegativeDropped, ["n": n, "items": importList(items)])
    }

    func importKindDefaulted(_ id: String, _ text: String) -> String {
        self.text(.importKindDefaulted, ["id": id, "text": importQuote(text)])
    }

    func importKindSet(_ id: String, _ text: String, _ kind: QuestionKind) -> String {
        self.text(.importKindSet, ["id": id, "text": importQuote(text), "kind": inspectKind(kind), "kind2": kind.rawValue])
    }

    // MARK: Edge lists, rosters, matrices

    var importOneQuestion: String {
        text(.importOneQuestion)
    }

    func importEdgeColumnIgnored(_ column: Int, _ header: String) -> String {
        text(.importEdgeColumnIgnored, ["column": column, "header": importQuote(header)])
    }

    func importMissingFrom(_ header: String) -> String {
        text(.importMissingFrom, ["header": importQuote(header)])
    }

    var importMissingQuestion: String {
        text(.importMissingQuestion)
    }

    /// `columns` describes each column of a headerless edge list in order.
    func importHeaderlessEdgeList(_ columns: [HeaderlessEdgeList.Role]) -> String {
        let described = columns.enumerated().map { j, role -> String in
            let what: String
            switch role {
            case .from: what = text(.importHeaderlessEdgeListFrom)
            case .to: what = text(.importHeaderlessEdgeListTo)
            case .question: what = text(.importHeaderlessEdgeListQuestion)
            case .unused(let always?): what = text(.importHeaderlessEdgeListUnusedAlways, ["always": always])
            case .unused(nil): what = text(.importHeaderlessEdgeListUnusedNil)
            }
            return text(.importHeaderlessEdgeList, ["j": j + 1, "what": what])
        }.joined(separator: ", ")
        return text(.importHeaderlessEdgeList2, ["described": described])
    }

    func importRosterColumnIgnored(_ header: String) -> String {
        text(.importRosterColumnIgnored, ["header": importQuote(header)])
    }

    var importRosterRowWithoutName: String {
        text(.importRosterRowWithoutName)
    }

    func importUnknownGenderValue(_ raw: String) -> String {
        text(.importUnknownGenderValue, ["raw": importQuote(raw)])
    }

    func importMatrixColumnMatch(_ column: String, row: String, _ method: MatchMethod) -> String {
        text(.importMatrixColumnMatch, ["column": importQuote(column), "row": importQuote(row), "method": importMatchWords(method)])
    }

    /// The message of a diagnostic in pseudonymised output, where the real message may quote a name.
    public func diagnosticHidden(_ code: String) -> String {
        text(.diagnosticHidden, ["code": code])
    }
}

/// Question texts the importer makes up when the file has none.
extension Strings {
    /// Headers `Valg 1; Valg 2; …` with no question text before them.
    var importQuestionChoices: String { text(.importQuestionChoices) }

    /// A question column without a header text.
    func importQuestionInColumn(_ column: Int) -> String { text(.importQuestionInColumn, ["column": column]) }
}
