/// Reads a numeric edge list without a header, such as research data sets written
/// `layer from to weight` (the Vickers & Chan multiplex file) or `from to`.
///
/// The two columns whose value sets overlap most are `from` and `to` (in file order); a column before
/// them is the question (layer); a column after them is a weight and is not used. The decision is
/// reported in a note, with the advice to add a header line.
enum HeaderlessEdgeList {
    /// What a column of a headerless edge list was read as.
    enum Role: Sendable, Hashable {
        case from, to, question
        /// Not used; `always` is its value when every row has the same one.
        case unused(always: String?)
    }

    /// Reads the table (every row is data) into a draft.
    ///
    /// - Complexity: O(*r* · *c*) for *r* rows and *c* ≤ 4 columns.
    static func draft(_ table: CSVTable, defaultClass: String?, _ s: Strings) throws(ImportError) -> SurveyDraft {
        let width = table.width
        for row in table.rows {
            for j in 0..<width where Int(row[j]) == nil {
                throw ImportError(.unknownLayout, at: table.location(row, j), s.importHeaderlessCellNotNumber)
            }
        }
        let values = (0..<width).map { j in Set(table.rows.map { $0[j] }) }
        var best: (a: Int, b: Int, score: Double)? = nil
        for a in 0..<width {
            for b in (a + 1)..<width {
                let inter = values[a].intersection(values[b]).count
                let score = Double(inter) / Double(values[a].union(values[b]).count)
                if score > (best?.score ?? -1) { best = (a, b, score) }
            }
        }
        guard let pair = best, pair.score >= 0.3 else {
            throw ImportError(
                .unknownLayout, at: table.place(line: table.header.line), s.importHeaderlessNoFromTo)
        }
        let layer = (0..<pair.a).last
        var notes = DiagnosticCollector()
        let roles = (0..<width).map { j -> Role in
            j == pair.a ? .from : j == pair.b ? .to : j == layer ? .question
                : .unused(always: values[j].count == 1 ? values[j].first : nil)
        }
        notes.note("headerless-edge-list", at: table.place(line: table.header.line),
            s.importHeaderlessEdgeList(roles))
        var edges = EdgeDraftBuilder(expectedRows: table.rows.count)
        for row in table.rows {
            let label = layer.map { row[$0] } ?? ""
            let q = edges.question(label) { index in
                let text = layer == nil ? ImportText.stem(table.file) : "Spørsmål \(label)"
                return DraftQuestion(id: "q\(index + 1)", text: text, idIsLabel: false)
            }
            let from = edges.chooser(WrittenName(text: row[pair.a], location: table.location(row, pair.a), className: defaultClass))
            let to = WrittenName(text: row[pair.b], location: table.location(row, pair.b), className: defaultClass)
            edges.nominate(from: from, to: to, question: q, rank: nil)
        }
        let report = FileReport(
            file: table.file, layout: .edgeList, encoding: table.encoding, delimiter: table.delimiter.display,
            delimiterFromSepLine: table.delimiterFromSepLine, rows: table.rows.count, respondentColumn: nil,
            droppedColumns: [])
        return edges.draft(report: report, diagnostics: notes.diagnostics, crossClass: false)
    }
}
