/// Which sheet of a workbook is read.
///
/// With `--sheet NAME|NUMBER` that sheet. Without it, the one visible sheet that reads as survey
/// answers (its layout is detected and its answers import); Forms calls it `Form1`, teachers rename it
/// and put notes on other sheets. When no sheet holds answers but one is a class list, that one (so a
/// roster workbook in a grade folder is found as a roster). Several answer sheets are an error that
/// names them: which one is meant is the teacher's choice, not ours. Several sheets and none with
/// answers is `.noAnswerSheet` (a grade folder skips such a workbook with a note).
struct WorkbookSheetChoice {
    let table: CSVTable
    let layout: DetectedLayout
    /// A note naming the sheet read and the sheets skipped.
    let notes: [Diagnostic]

    /// Chooses from `workbook`; `wanted` is `--sheet` (a name, or a 1-based number when no sheet has it
    /// as its name).
    ///
    /// - Throws: ``ImportError`` `.sheetChoice` (no such sheet, several answer sheets), `.emptyFile`, or
    ///   the error of the first sheet with values when none reads as answers.
    /// - Complexity: O(size of the sheets); with several sheets, each is imported once on trial.
    init(_ workbook: Workbook, sheet wanted: String?, _ s: Strings) throws(ImportError) {
        let file = workbook.file
        let names = workbook.sheets.map(\.name)
        var tables: [Result<CSVTable?, ImportError>] = []
        for sheet in workbook.sheets {
            do throws(ImportError) {
                tables.append(.success(try SheetTable.make(sheet, file: file, language: s.language)))
            } catch {
                tables.append(.failure(error))
            }
        }
        let chosen: Int
        let layout: DetectedLayout
        if let wanted {
            let i = try workbook.sheetIndex(wanted, s)
            guard let table = try tables[i].get() else {
                throw ImportError(.emptyFile, at: Self.place(file, names[i], s), s.sheetEmpty(names[i]))
            }
            chosen = i
            layout = try SurveyFile.detect(table, s)
        } else if let only = Self.onlySheetWithValues(workbook, tables) {
            // One sheet to read (a Forms export): nothing to choose, so no trial import — the import
            // itself reports what is wrong with it, at its cell.
            chosen = only.index
            layout = try SurveyFile.detect(only.table, s)
        } else {
            var answers: [(Int, DetectedLayout)] = []
            var roster: (Int, DetectedLayout)?
            var firstError: ImportError?
            for (i, result) in tables.enumerated() where !workbook.sheets[i].hidden {
                do throws(ImportError) {
                    guard let table = try result.get() else { continue }
                    let layout = try SurveyFile.detect(table, s)
                    if layout == .roster {
                        if roster == nil { roster = (i, layout) }
                        continue
                    }
                    _ = try SurveyFile(table: table, layout: layout, notes: [], s).draft(knownNames: nil, defaultClass: nil)
                    answers.append((i, layout))
                } catch {
                    if firstError == nil { firstError = error }
                }
            }
            if answers.count > 1 {
                throw ImportError(.sheetChoice, at: SourceLocation(file: file), s.sheetsAmbiguous(answers.map { names[$0.0] }))
            }
            guard let pick = answers.first ?? roster else {
                let filled = tables.indices.filter { !workbook.sheets[$0].hidden && (try? tables[$0].get()) != nil }
                guard let firstError else {
                    throw ImportError(.emptyFile, at: SourceLocation(file: file), s.workbookAllSheetsEmpty)
                }
                // One sheet: its own error, at its cell. Several: none is the answers.
                if filled.count <= 1 { throw firstError }
                throw ImportError(
                    .noAnswerSheet, at: SourceLocation(file: file),
                    s.workbookNoAnswerSheet(filled.map { names[$0] }, firstProblem: firstError.description))
            }
            (chosen, layout) = pick
        }
        guard var table = try tables[chosen].get() else {
            throw ImportError(.emptyFile, at: Self.place(file, names[chosen], s), s.sheetEmpty(names[chosen]))
        }
        var skipped = names
        skipped.remove(at: chosen)
        table.skippedSheets = skipped
        self.table = table
        self.layout = layout
        var notes = DiagnosticCollector()
        notes.note("sheet-used", at: Self.place(file, names[chosen], s), s.workbookSheetUsed(names[chosen], skipped: skipped))
        for title in table.titleRows {
            notes.note("title-line", at: table.place(line: title.line), s.importTitleLine(title.line, title[0]))
        }
        self.notes = notes.diagnostics
    }

    /// The one visible sheet with values, when there is exactly one and no other sheet failed to read.
    private static func onlySheetWithValues(
        _ workbook: Workbook, _ tables: [Result<CSVTable?, ImportError>]
    ) -> (index: Int, table: CSVTable)? {
        var found: (index: Int, table: CSVTable)?
        for (i, result) in tables.enumerated() where !workbook.sheets[i].hidden {
            switch result {
            case .failure: return nil
            case .success(nil): continue
            case .success(let table?):
                if found != nil { return nil }
                found = (i, table)
            }
        }
        return found
    }

    private static func place(_ file: String, _ sheet: String, _ s: Strings) -> SourceLocation {
        SourceLocation(file: file, line: nil, column: nil, sheet: sheet, language: s.language)
    }
}
