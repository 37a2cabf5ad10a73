/// Reads a square sociomatrix: names across the first row and down the first column (the same
/// pupils, in the same order or not — columns are matched to rows by name), one question.
///
/// Cells: empty or `0` = not chosen; `1` (or `x`) = chosen; `2`…`k` = rank (when any cell is above 1,
/// every value is a rank, 1 = first choice; otherwise ranks are unknown). A row that is entirely `NA`
/// or entirely empty (the diagonal aside) is a pupil who did not answer. The question text is the
/// corner cell when it is not a name, otherwise the file name.
enum MatrixImporter {
    /// Reads the matrix into a draft.
    ///
    /// - Complexity: O(*n*²) for *n* pupils (every cell is read once).
    static func draft(_ table: CSVTable, defaultClass: String?, _ s: Strings) throws(ImportError) -> SurveyDraft {
        var notes = DiagnosticCollector()
        var top = table.header.fields.dropFirst().map { NameKey.collapsed($0.text) }
        while top.last?.isEmpty == true { top.removeLast() }
        let rows = Array(table.body)
        let side = rows.map { NameKey.collapsed($0[0]) }
        guard !top.isEmpty, rows.count == top.count else {
            throw ImportError(
                .badMatrix, at: table.place(line: table.header.line),
                s.importMatrixNotSquare(across: top.count, rows: rows.count))
        }
        if let empty = top.firstIndex(where: \.isEmpty) {
            throw ImportError(.badMatrix, at: table.headerLocation(empty + 1), s.importMatrixColumnWithoutName)
        }
        var firstRow: [String: Int] = [:]
        for (i, name) in side.enumerated() {
            if name.isEmpty {
                throw ImportError(.badMatrix, at: table.location(rows[i], 0), s.importMatrixRowWithoutName)
            }
            if let other = firstRow[NameKey.normalised(name)] {
                throw ImportError(
                    .duplicateRespondent, at: table.location(rows[i], 0),
                    s.importMatrixTwoRows(name, lines: rows[other].line, rows[i].line))
            }
            firstRow[NameKey.normalised(name)] = i
        }
        let columnRow = try matchColumns(top, side: side, table: table, notes: &notes, s)
        var cells: [[MatrixCell]] = []
        cells.reserveCapacity(rows.count)
        var ranked = false
        for row in rows {
            var line: [MatrixCell] = []
            line.reserveCapacity(top.count)
            for j in 1...top.count {
                guard let cell = MatrixCell(row[j]) else {
                    throw ImportError(
                        .badMatrix, at: table.location(row, j), s.importMatrixBadCell(row[j]))
                }
                if case .value(let v) = cell, v > 1 { ranked = true }
                line.append(cell)
            }
            cells.append(line)
        }
        let corner = NameKey.collapsed(table.header[0])
        let cornerIsName = !corner.isEmpty && firstRow[NameKey.normalised(corner)] != nil
        let text = corner.isEmpty || cornerIsName ? ImportText.stem(table.file) : corner
        var pupils: [DraftPupil] = []
        var nominations: [DraftNomination] = []
        for (i, row) in rows.enumerated() {
            let offDiagonal = (0..<top.count).filter { columnRow[$0] != i }
            let missing = offDiagonal.allSatisfy { cells[i][$0] == .missing || row[$0 + 1].isEmpty }
            let name = WrittenName(text: side[i], location: table.location(row, 0), className: defaultClass)
            pupils.append(DraftPupil(name: name, responded: !missing, gender: nil))
            guard !missing else { continue }
            for j in 0..<top.count {
                guard case .value(let v) = cells[i][j] else { continue }
                let to = WrittenName(text: side[columnRow[j]], location: table.location(row, j + 1), className: defaultClass)
                nominations.append(DraftNomination(from: i, to: to, question: 0, rank: ranked ? v : nil))
            }
        }
        let report = table.report(layout: .matrix, respondentColumn: nil, dropped: [])
        return SurveyDraft(
            family: .matrix, questions: [DraftQuestion(id: "q1", text: text, idIsLabel: false)], pupils: pupils,
            nominations: nominations, report: report, diagnostics: notes.diagnostics, crossClass: false)
    }

    /// For each column, the row with the same pupil (exact name first, then the name-matching ladder).
    private static func matchColumns(
        _ top: [String], side: [String], table: CSVTable, notes: inout DiagnosticCollector, _ s: Strings
    ) throws(ImportError) -> [Int] {
        let matcher = NameMatcher(side.map { NameMatcher.Candidate(name: $0) })
        var taken: [Int: Int] = [:]
        var result: [Int] = []
        for (j, name) in top.enumerated() {
            let here = table.headerLocation(j + 1)
            guard case .matched(let r, let method) = matcher.match(name) else {
                throw ImportError(.badMatrix, at: here, s.importMatrixColumnWithoutRow(name))
            }
            if let other = taken[r] {
                throw ImportError(.badMatrix, at: here, s.importMatrixColumnsShareRow(top[other], name, row: side[r]))
            }
            taken[r] = j
            if method != .exact {
                notes.note("matrix-column-match", at: here, s.importMatrixColumnMatch(name, row: side[r], method))
            }
            result.append(r)
        }
        return result
    }
}
