/// Reads a long edge list: one row per choice, `from,to[,question][,rank][,class]`
/// (`fra;til;spørsmål;rangering`, `Source;Target`, …).
///
/// Every name in the file is a pupil. A chooser (`from`) answered the survey; a name that appears
/// only as `to` did not (unless a roster says otherwise). A row with an empty `to` records a pupil who
/// answered but chose nobody. Without a question column the file holds one question, named after the file.
enum EdgeListImporter {
    /// Question labels up to this length without spaces are kept as question ids (`play`, `notplay`).
    static let maxLabelLength = 24

    /// Reads the edge list into a draft.
    ///
    /// - Complexity: O(*r*) for *r* rows (dictionary lookups per row).
    static func draft(
        _ table: CSVTable, columns c: EdgeColumns, defaultClass: String?, _ s: Strings
    ) throws(ImportError) -> SurveyDraft {
        var notes = DiagnosticCollector()
        var edges = EdgeDraftBuilder(expectedRows: table.rows.count)
        if c.question == nil {
            edges.addQuestion(DraftQuestion(id: "q1", text: ImportText.stem(table.file), idIsLabel: false))
            notes.note("one-question", at: table.place(), s.importOneQuestion)
        }
        for j in c.unused {
            notes.note("column-ignored", at: table.headerLocation(j), s.importEdgeColumnIgnored(j + 1, table.headerText(j)))
        }
        for row in table.body {
            let fromText = NameKey.collapsed(row[c.from])
            let className = c.className.map { row[$0] }.flatMap { $0.isEmpty ? nil : $0 } ?? defaultClass
            guard !fromText.isEmpty else {
                notes.warn("missing-from", at: table.location(row, c.from), s.importMissingFrom(table.headerText(c.from)))
                continue
            }
            let from = edges.chooser(WrittenName(text: fromText, location: table.location(row, c.from), className: className))
            let toText = NameKey.collapsed(row[c.to])
            if toText.isEmpty || FormMetadata.isNoOneAnswer(toText) { continue }  // answered, chose nobody
            var q = 0
            if let qc = c.question {
                let label = NameKey.collapsed(row[qc])
                guard !label.isEmpty else {
                    notes.warn("missing-question", at: table.location(row, qc), s.importMissingQuestion)
                    continue
                }
                q = edges.question(label) { index in
                    let isLabel = label.unicodeScalars.count <= maxLabelLength && !label.contains(" ")
                    return DraftQuestion(id: isLabel ? label : "q\(index + 1)", text: label, idIsLabel: isLabel)
                }
            }
            var rank: Int? = nil
            if let rc = c.rank { rank = try ImportText.rank(row[rc], at: table.location(row, rc), s) }
            let to = WrittenName(text: toText, location: table.location(row, c.to), className: className)
            edges.nominate(from: from, to: to, question: q, rank: rank)
        }
        guard !edges.pupils.isEmpty else {
            throw ImportError(.emptyFile, at: table.place(), s.importEdgeListEmpty)
        }
        let report = table.report(layout: .edgeList, respondentColumn: table.headerText(c.from), dropped: [])
        return edges.draft(report: report, diagnostics: notes.diagnostics, crossClass: c.className != nil)
    }
}
