/// Reads a form export: one row per respondent, a column with the respondent's own name, and per
/// question either one column per choice (ranked) or one cell with several names (`Kari;Ola;`, `Kari, Ola`).
///
/// Metadata (IDs, timestamps, e-mail, the form's account name) and free text are never imported; only
/// their headers appear in the report. A question column whose answers are mostly not names of
/// pupils is free text too. A question nobody answered is an error. Rows of a typed sheet (no form
/// timestamps) with a name but no answers at all are pupils who did not answer.
enum WideFormImporter {
    /// Reads the table into a draft. `knownNames` are the roster's names when there is a roster; with the
    /// respondents' names they tell name columns from free text.
    ///
    /// - Complexity: O(*r* · *c*) for *r* rows and *c* columns, plus one name match per distinct written name.
    static func draft(
        _ table: CSVTable, knownNames: [String]?, defaultClass: String?, _ s: Strings
    ) throws(ImportError) -> SurveyDraft {
        var cols = try WideColumns.classify(table, s)
        var notes = DiagnosticCollector()
        if cols.respondentFromFormName {
            notes.note("respondent-from-form-name", at: table.headerLocation(cols.respondent),
                s.importRespondentFromFormName(table.headerText(cols.respondent)))
        }
        // Names a question column may hold: the respondents' own names, and the roster's (a wrong roster
        // must not make name columns look like free text; the name rules report it instead).
        let candidates = (knownNames ?? []) + table.body.map { $0[cols.respondent] }.filter { !$0.isEmpty }
        let matcher = NameMatcher(candidates.map { NameMatcher.Candidate(name: $0) })
        var kept: [WideColumns.Group] = []
        for g in cols.groups {
            switch try classifyContent(g, table, matcher, s) {
            case .names: kept.append(g)
            case .freeText:
                for (j, _) in g.columns {
                    cols.dropped.append(DroppedColumn(header: table.headerText(j), column: j + 1, reason: .freeText))
                }
            case .empty:
                for (j, _) in g.columns {
                    cols.dropped.append(DroppedColumn(header: table.headerText(j), column: j + 1, reason: .empty))
                }
            }
        }
        cols.dropped.sort { $0.column < $1.column }
        guard !kept.isEmpty else {
            throw ImportError(
                .missingColumn, at: table.place(line: table.header.line),
                s.importNoNameColumns(ignored: cols.dropped.map(\.header)))
        }
        for d in cols.dropped where d.reason == .freeText {
            notes.note("free-text-column", at: table.headerLocation(d.column - 1), s.importFreeTextColumn(d.column, d.header))
        }
        let meta = cols.dropped.filter { $0.reason == .metadata }.map(\.header)
        if !meta.isEmpty {
            notes.note("metadata-columns", at: table.place(line: table.header.line),
                s.importMetadataColumns(meta))
        }
        var pupils: [DraftPupil] = []
        var nominations: [DraftNomination] = []
        var noOne: (count: Int, first: SourceLocation?) = (0, nil)
        for row in table.body {
            let name = NameKey.collapsed(row[cols.respondent])
            let answered = kept.contains { g in g.columns.contains { !row[$0.column].isEmpty } }
            guard !name.isEmpty else {
                if answered || cols.isFormExport {
                    notes.warn("missing-respondent-name", at: table.location(row, cols.respondent),
                        s.importMissingRespondentName(table.headerText(cols.respondent)))
                }
                continue
            }
            let className = cols.className.map { row[$0] }.flatMap { $0.isEmpty ? nil : $0 } ?? defaultClass
            let responded = cols.isFormExport || answered
            if !responded {
                notes.note("no-answers", at: table.location(row, cols.respondent), s.importRowWithoutAnswers(name))
            }
            let who = pupils.count
            pupils.append(DraftPupil(
                name: WrittenName(text: name, location: table.location(row, cols.respondent), className: className),
                responded: responded, gender: gender(row, cols.gender, table, &notes, s)))
            for (q, g) in kept.enumerated() {
                let perChoice = g.perChoice
                for (j, choice) in g.columns {
                    let cell = row[j]
                    if cell.isEmpty { continue }
                    let place = table.location(row, j)
                    for written in perChoice ? [NameKey.collapsed(cell)] : splitNames(cell) {
                        if FormMetadata.isNoOneAnswer(written) {
                            noOne.count += 1
                            noOne.first = noOne.first ?? place
                            continue
                        }
                        if FormMetadata.isEveryoneAnswer(written) {
                            notes.warn("everyone-answer", at: place, s.importEveryoneAnswer(written))
                            continue
                        }
                        nominations.append(DraftNomination(
                            from: who, to: WrittenName(text: written, location: place, className: className),
                            question: q, rank: perChoice ? choice : nil))
                    }
                }
            }
        }
        if noOne.count > 0 {
            notes.note("no-one-answer", at: noOne.first, s.importNoOneAnswers(noOne.count))
        }
        let questions = kept.enumerated().map { DraftQuestion(id: "q\($0.offset + 1)", text: $0.element.text, idIsLabel: false) }
        let layout: InputLayout = kept.contains { $0.columns.count > 1 && $0.perChoice } ? .wideColumnPerChoice : .wideNamesInCell
        let report = table.report(layout: layout, respondentColumn: table.headerText(cols.respondent), dropped: cols.dropped)
        let timeColumns = cols.dropped.filter { $0.reason == .metadata && SurveyDate.timeHeaders.contains(FormMetadata.key($0.header)) }
        return SurveyDraft(
            family: .wide, questions: questions, pupils: pupils, nominations: nominations, report: report,
            diagnostics: notes.diagnostics, crossClass: cols.className != nil,
            surveyDate: SurveyDate.earliest(in: table, columns: timeColumns.map { $0.column - 1 }))
    }

    private enum Content { case names, freeText, empty }

    /// Whether a question's answers are names: at least half the non-empty cells name a known pupil, or
    /// at least a fifth do and nearly all cells are shaped like names (`Per Olsen`, a classmate who did
    /// not answer, is not on the list of respondents; `Vet ikke` and `Det er fint.` are not names).
    private static func classifyContent(
        _ g: WideColumns.Group, _ table: CSVTable, _ matcher: NameMatcher, _ s: Strings
    ) throws(ImportError) -> Content {
        var filled = 0, named = 0, shaped = 0
        var cache: [String: Bool] = [:]
        for row in table.body {
            for (j, _) in g.columns where !row[j].isEmpty {
                filled += 1
                let names = g.perChoice ? [row[j]] : splitNames(row[j])
                let hit = names.contains { n in
                    if let known = cache[n] { return known }
                    let found: Bool
                    switch matcher.match(n) {
                    case .unmatched: found = false
                    default: found = true
                    }
                    cache[n] = found
                    return found
                }
                if hit { named += 1 } else if !names.isEmpty && names.allSatisfy(looksLikeName) { shaped += 1 }
            }
        }
        if filled == 0 {
            guard let first = g.columns.first, !FormMetadata.key(table.headerText(first.column)).isEmpty else {
                return .empty
            }
            throw ImportError(
                .noAnswers, at: table.headerLocation(first.column), s.importNobodyAnswered(g.text, column: first.column + 1))
        }
        if named * 2 >= filled { return .names }
        return named * 5 >= filled && (named + shaped) * 10 >= filled * 9 ? .names : .freeText
    }

    /// One to four words, each starting with a capital letter, letters (and `-`, `'`, `.`) only, short;
    /// a nickname in quotes or brackets counts as a word (`Jon "JJ" Ås`, `Ola (Olli) Vik`).
    static func looksLikeName(_ text: String) -> Bool {
        let wrappers: Set<Unicode.Scalar> = ["\"", "(", ")", "“", "”", "«", "»"]
        let words = text.unicodeScalars.split(separator: " ").map { word in
            word.drop { wrappers.contains($0) }.reversed().drop { wrappers.contains($0) }.reversed()
        }
        guard (1...4).contains(words.count), text.utf8.count <= 60 else { return false }
        return words.allSatisfy { w in
            guard let first = w.first, first.properties.isUppercase else { return false }
            return w.allSatisfy { $0.properties.isAlphabetic || $0 == "-" || $0 == "'" || $0 == "." }
        }
    }

    /// Splits a cell holding several names: Microsoft Forms `Kari;Ola;`, Google Forms `Kari, Ola`, or one per line.
    static func splitNames(_ cell: String) -> [String] {
        let utf8 = Array(cell.utf8)
        let separator: UInt8 =
            utf8.contains(UInt8(ascii: ";")) ? UInt8(ascii: ";") : (utf8.contains(UInt8(ascii: ",")) ? UInt8(ascii: ",") : 0x0A)
        var names: [String] = []
        for part in utf8.split(separator: separator) {
            var lo = part.startIndex, hi = part.endIndex
            while lo < hi, part[lo] == 0x20 { lo += 1 }
            while hi > lo, part[hi - 1] == 0x20 { hi -= 1 }
            guard lo < hi else { continue }
            let name = NameKey.collapsed(String(decoding: part[lo..<hi], as: UTF8.self))
            if !name.isEmpty { names.append(name) }
        }
        return names
    }

    private static func gender(
        _ row: CSVRow, _ column: Int?, _ table: CSVTable, _ notes: inout DiagnosticCollector, _ s: Strings
    ) -> Gender? {
        guard let column else { return nil }
        let raw = row[column]
        if let g = Gender(parsing: raw) { return g }
        if !raw.isEmpty {
            notes.warn("unknown-gender", at: table.location(row, column), s.importUnknownGenderAnswer(raw))
        }
        return nil
    }
}
