/// The columns of a form export sorted by what they hold.
struct WideColumns: Sendable {
    /// One survey question: one column per choice, or one column with several names per cell.
    struct Group: Sendable {
        var text: String
        /// `(column, choice number)`; the choice number is the rank.
        var columns: [(column: Int, choice: Int?)]
        /// Whether the question has one column per choice (ranked) rather than names in one cell.
        var perChoice: Bool { columns.contains { $0.choice != nil } }
    }

    var respondent: Int
    var respondentFromFormName: Bool
    var className: Int?
    var gender: Int?
    var groups: [Group]
    var dropped: [DroppedColumn]
    /// Whether the file has form-tool columns (timestamps): then every row is a submitted answer.
    var isFormExport: Bool

    /// Sorts the header's columns into metadata, respondent, class, gender, free text and questions.
    ///
    /// Throws `.missingColumn` when no column holds the respondents' names.
    static func classify(_ table: CSVTable, _ s: Strings) throws(ImportError) -> WideColumns {
        var respondent: Int? = nil
        var formName: Int? = nil
        var className: Int? = nil, gender: Int? = nil
        var dropped: [DroppedColumn] = []
        var questionColumns: [(Int, ChoiceHeader)] = []
        var isForm = false
        for j in 0..<table.width {
            let header = table.headerText(j)
            let key = FormMetadata.key(header)
            if key.isEmpty {
                if table.body.allSatisfy({ $0[j].isEmpty }) {
                    dropped.append(DroppedColumn(header: header, column: j + 1, reason: .empty))
                } else {
                    questionColumns.append((j, ChoiceHeader(stem: "", choice: nil, explicit: false)))
                }
            } else if respondent == nil && FormMetadata.isRespondentHeader(key) {
                respondent = j
            } else if FormMetadata.isMetadata(key) {
                if FormMetadata.formMarkers.contains(key) { isForm = true }
                if FormMetadata.formNameHeaders.contains(key), formName == nil { formName = j }
                dropped.append(DroppedColumn(header: header, column: j + 1, reason: .metadata))
            } else if className == nil && FormMetadata.isClassHeader(key) {
                className = j
            } else if gender == nil && FormMetadata.isGenderHeader(key) {
                gender = j
            } else if FormMetadata.isFreeTextHeader(key) {
                dropped.append(DroppedColumn(header: header, column: j + 1, reason: .freeText))
            } else {
                questionColumns.append((j, ChoiceHeader(header)))
            }
        }
        var fromFormName = false
        if respondent == nil, let f = formName, valuesLookLikeNames(table, f) {
            respondent = f
            fromFormName = true
            dropped.removeAll { $0.column == f + 1 }
        }
        guard let respondent else {
            throw ImportError(
                .missingColumn, at: table.place(line: table.header.line), s.importNoRespondentColumn)
        }
        return WideColumns(
            respondent: respondent, respondentFromFormName: fromFormName, className: className, gender: gender,
            groups: group(questionColumns, table, s), dropped: dropped, isFormExport: isForm)
    }

    /// The forms' `Navn`/`Name` column holds pupils' names (not `anonymous`) in most rows.
    private static func valuesLookLikeNames(_ table: CSVTable, _ j: Int) -> Bool {
        let values = table.body.map { $0[j] }
        let named = values.filter { !$0.isEmpty && !FormMetadata.isAnonymousValue($0) && !$0.contains("@") }
        return !values.isEmpty && named.count * 5 >= values.count * 4
    }

    /// Groups question columns by question stem; a bare choice header (`Valg 2`, `Choice 3`) joins the
    /// question in the column just before it.
    private static func group(_ columns: [(Int, ChoiceHeader)], _ table: CSVTable, _ s: Strings) -> [Group] {
        var numberedStems: [String: Set<Int>] = [:]
        for (_, h) in columns where h.choice != nil && !h.explicit {
            numberedStems[FormMetadata.key(h.stem), default: []].insert(h.choice ?? 0)
        }
        var groups: [Group] = []
        var byStem: [String: Int] = [:]
        var previous: (column: Int, group: Int)? = nil
        for (j, h) in columns {
            var stem = h.stem, choice = h.choice
            let key = FormMetadata.key(stem)
            if choice != nil, !h.explicit, !key.isEmpty, (numberedStems[key]?.count ?? 0) < 2 {
                stem = NameKey.collapsed(table.headerText(j))  // "Hvem er i klasse 7" is not a choice column
                choice = nil
            }
            let g: Int
            if key.isEmpty, choice != nil, let p = previous, p.column == j - 1 {
                g = p.group
            } else if key.isEmpty {
                g = groups.count
                // No question text in the file: "Valg 1; Valg 2; …" or an unnamed column.
                groups.append(Group(text: choice != nil ? s.importQuestionChoices : s.importQuestionInColumn(j + 1), columns: []))
            } else if let known = byStem[FormMetadata.key(stem)] {
                g = known
            } else {
                g = groups.count
                byStem[FormMetadata.key(stem)] = g
                groups.append(Group(text: stem, columns: []))
            }
            groups[g].columns.append((j, choice))
            previous = (j, g)
        }
        return groups
    }
}
