/// Texts of ``ImportError/message``: why a file cannot be read (exit code 2 in the command line). The
/// place (`file:line:column`) is added by ``ImportError/description``; ``ImportError/Kind`` is the
/// contract for programs and is not translated.
extension Strings {
    // MARK: Files and folders

    var importFileDoesNotExist: String { text(.importFileDoesNotExist) }
    var importFileOrFolderDoesNotExist: String { text(.importFileOrFolderDoesNotExist) }
    var importIsAFolder: String { text(.importIsAFolder) }
    var importFolderNotReadable: String { text(.importFolderNotReadable) }

    var importFileNotReadable: String {
        text(.importFileNotReadable)
    }

    func importFileTooLarge(megabytes: Int) -> String {
        text(.importFileTooLarge, ["megabytes": megabytes])
    }

    var importFolderHasNoSurveys: String {
        text(.importFolderHasNoSurveys)
    }

    var importNoClassColumn: String {
        text(.importNoClassColumn)
    }

    // MARK: Text and CSV

    func importBinaryFile(_ kind: BinarySignature.Kind) -> String {
        let what: String
        switch kind {
        case .zip: what = text(.importBinaryFileZip)
        case .oleCompound: what = text(.importBinaryFileOleCompound)
        case .pdf: what = text(.importBinaryFilePdf)
        case .png: what = text(.importBinaryFilePng)
        case .jpeg: what = text(.importBinaryFileJpeg)
        }
        return text(.importBinaryFile, ["what": what])
    }

    /// `byte` 0 is a NUL byte; others are control characters.
    func importControlCharacters(byte: UInt8) -> String {
        let what = byte == 0
            ? text(.importControlCharacters) : text(.importControlCharacters2, ["byte": byte])
        return text(.importControlCharacters3, ["what": what])
    }

    var importEmptyFile: String {
        text(.importEmptyFile)
    }

    var importHeaderButNoRows: String {
        text(.importHeaderButNoRows)
    }

    func importRaggedRow(column: Int, headerWidth: Int) -> String {
        text(.importRaggedRow, ["column": column, "headerWidth": headerWidth])
    }

    var importUnterminatedQuote: String {
        text(.importUnterminatedQuote)
    }

    func importTooManyRows(_ max: Int) -> String {
        text(.importTooManyRows, ["max": grouped(max)])
    }

    func importTooManyFields(_ max: Int) -> String {
        text(.importTooManyFields, ["max": grouped(max)])
    }

    func importTooManyNames(_ max: Int) -> String {
        text(.importTooManyNames, ["max": grouped(max)])
    }

    /// A whole number with the language's thousands separator (`200 000`, `200,000`): limits in messages.
    func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        let separator = language == .en ? "," : "\u{A0}"
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += separator }
            out.append(d)
        }
        return out
    }

    // MARK: Layouts

    var importRosterGivenAsSurvey: String {
        text(.importRosterGivenAsSurvey)
    }

    func importEdgeListMissingColumn(missingFrom: Bool) -> String {
        let missing = missingFrom
            ? text(.importEdgeListMissingColumn)
            : text(.importEdgeListMissingColumn2)
        return text(.importEdgeListMissingColumn3, ["missing": missing])
    }

    var importNumericHeader: String {
        text(.importNumericHeader)
    }

    var importHeaderlessCellNotNumber: String {
        text(.importHeaderlessCellNotNumber)
    }

    var importHeaderlessNoFromTo: String {
        text(.importHeaderlessNoFromTo)
    }

    var importNoRespondentColumn: String {
        text(.importNoRespondentColumn)
    }

    func importNoNameColumns(ignored: [String]) -> String {
        text(.importNoNameColumns, ["ignored": importList(ignored)])
    }

    func importNobodyAnswered(_ question: String, column: Int) -> String {
        text(.importNobodyAnswered, ["question": importQuote(question), "column": column])
    }

    func importBadRank(_ text: String) -> String {
        self.text(.importBadRank, ["text": importQuote(text)])
    }

    var importEdgeListEmpty: String { text(.importEdgeListEmpty) }

    // MARK: Names and rosters

    /// `otherFile` is the file of the first answer when it is not the file of the second.
    func importAnsweredTwice(_ name: String, lines first: Int, _ second: Int, otherFile: String?) -> String {
        text(.importAnsweredTwice, [
            "name": name, "first": first, "second": second, "inOtherFile": otherFile != nil, "otherFile": otherFile ?? "",
        ])
    }

    func importWrongRoster(unknown: Int, of total: Int) -> String {
        text(.importWrongRoster, ["unknown": unknown, "total": total])
    }

    func importRosterNeedsNameColumn(columns: [String]) -> String {
        text(.importRosterNeedsNameColumn, ["columns": importList(columns)])
    }

    var importRosterEmpty: String { text(.importRosterEmpty) }

    /// What a roster lists twice: a name (in a class), an id or a code.
    enum RosterValue: Sendable {
        case name(String, className: String?)
        case id(String)
        case code(String)
    }

    func importRosterDuplicate(_ value: RosterValue, lines first: Int, _ second: Int) -> String {
        let what: String
        switch value {
        case .name(let name, let cls):
            what = text(.importRosterDuplicateName, ["name": importQuote(name)]) + (cls.map { text(.importRosterDuplicateNameClass, ["className": $0]) } ?? "")
        case .id(let id): what = text(.importRosterDuplicateIdId, ["id": importQuote(id)])
        case .code(let code): what = text(.importRosterDuplicateCodeCode, ["code": importQuote(code)])
        }
        return text(.importRosterDuplicate, ["what": what, "first": first, "second": second])
    }

    // MARK: Matrices

    func importMatrixNotSquare(across: Int, rows: Int) -> String {
        text(.importMatrixNotSquare, ["across": across, "rows": rows])
    }

    var importMatrixColumnWithoutName: String { text(.importMatrixColumnWithoutName) }
    var importMatrixRowWithoutName: String { text(.importMatrixRowWithoutName) }

    func importMatrixTwoRows(_ name: String, lines first: Int, _ second: Int) -> String {
        text(.importMatrixTwoRows, ["name": importQuote(name), "first": first, "second": second])
    }

    func importMatrixBadCell(_ value: String) -> String {
        text(.importMatrixBadCell, ["value": importQuote(value)])
    }

    func importMatrixColumnWithoutRow(_ name: String) -> String {
        text(.importMatrixColumnWithoutRow, ["name": importQuote(name)])
    }

    func importMatrixColumnsShareRow(_ first: String, _ second: String, row: String) -> String {
        text(.importMatrixColumnsShareRow, ["first": importQuote(first), "second": importQuote(second), "row": importQuote(row)])
    }

    // MARK: --question

    func importQuestionOptionSyntax(_ argument: String) -> String {
        text(.importQuestionOptionSyntax, ["argument": importQuote(argument)])
    }

    func importQuestionOptionNoQuestion(_ argument: String) -> String {
        text(.importQuestionOptionNoQuestion, ["argument": importQuote(argument)])
    }

    func importQuestionOptionUnknownKind(_ argument: String, kind: String) -> String {
        let kinds = QuestionKind.allCases.map(\.rawValue).joined(separator: ", ")
        return text(.importQuestionOptionUnknownKind, ["argument": importQuote(argument), "kind": importQuote(kind), "kinds": kinds])
    }

    /// `questions` are `(id, text)` of every question; `hits` how many the selector matched (0 or more than 1).
    func importQuestionOptionNotOne(
        _ selector: String, _ kind: QuestionKind, hits: Int, questions: [(id: String, text: String)]
    ) -> String {
        let listed = questions.map { "\($0.id) \(importQuote($0.text))" }.joined(separator: "; ")
        let problem = hits == 0
            ? text(.importQuestionOptionNotOne) : text(.importQuestionOptionNotOne2, ["hits": hits])
        return text(.importQuestionOptionNotOne3, ["selector": selector, "kind": kind.rawValue, "problem": problem, "listed": listed])
    }
}
