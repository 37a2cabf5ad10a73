/// One pupil on a roster (klasseliste).
struct RosterEntry: Sendable {
    let name: String
    let id: String?
    let code: String?
    let gender: Gender?
    let className: String?
    /// The roster's own `responded`/`svarte` column, when it has one.
    let responded: Bool?
    let location: SourceLocation
}

/// A roster read from a file: the pupils of a class or grade, in the roster's order.
struct Roster: Sendable {
    let entries: [RosterEntry]
    let report: FileReport
    let diagnostics: [Diagnostic]

    /// Whether the roster assigns classes.
    var hasClasses: Bool { entries.contains { $0.className != nil } }
}

/// The columns of a roster and how they were recognised.
struct RosterColumns: Sendable {
    var name: Int?
    var firstName: Int?
    var lastName: Int?
    var id: Int?
    var code: Int?
    var gender: Int?
    var female: Int?
    var male: Int?
    var className: Int?
    var responded: Int?
    /// Headers that are none of the above.
    var unknown: [Int] = []

    static let nameHeaders: Set<String> = [
        "name", "navn", "namn", "elev", "elevnavn", "elevnamn", "elevens navn", "elevens namn", "fullt navn", "fullt namn",
        "full name", "student",
        "pupil", "student name", "pupil name",
    ]
    static let firstHeaders: Set<String> = ["fornavn", "førenamn", "fornamn", "first name", "firstname", "given name"]
    static let lastHeaders: Set<String> = ["etternavn", "etternamn", "last name", "lastname", "surname", "family name"]
    static let idHeaders: Set<String> = [
        "id", "elevnr", "elevnummer", "elev-id", "elevid", "student id", "pupil id", "nr", "nummer",
    ]
    static let codeHeaders: Set<String> = ["code", "kode", "pseudonym", "alias", "kodenavn"]
    static let genderHeaders: Set<String> = ["gender", "kjønn", "kjonn", "sex", "kjønn (j/g)", "kjønn (g/j)"]
    static let femaleHeaders: Set<String> = ["female", "jente", "girl", "kvinne"]
    static let maleHeaders: Set<String> = ["male", "gutt", "gut", "boy", "mann"]
    static let classHeaders: Set<String> = ["class", "klasse", "klassenavn", "klassenamn", "gruppe", "basisgruppe", "kontaktgruppe"]
    static let respondedHeaders: Set<String> = ["responded", "answered", "svarte", "svart", "har svart", "besvart"]

    /// Recognises the columns of a header row.
    init(header: CSVRow) {
        for (j, f) in header.fields.enumerated() {
            let key = FormMetadata.key(f.text)
            if key.isEmpty { continue }
            if Self.nameHeaders.contains(key), name == nil { name = j }
            else if Self.firstHeaders.contains(key) { firstName = j }
            else if Self.lastHeaders.contains(key) { lastName = j }
            else if Self.idHeaders.contains(key), id == nil { id = j }
            else if Self.codeHeaders.contains(key) { code = j }
            else if Self.genderHeaders.contains(key) { gender = j }
            else if Self.femaleHeaders.contains(key) { female = j }
            else if Self.maleHeaders.contains(key) { male = j }
            else if Self.classHeaders.contains(key) { className = j }
            else if Self.respondedHeaders.contains(key) { responded = j }
            else { unknown.append(j) }
        }
    }

    /// Whether the header identifies pupils (a name, first + last name, or an id).
    var identifiesPupils: Bool { name != nil || firstName != nil || id != nil }

    /// Whether the header is a roster and nothing else (used by layout detection).
    var isPureRoster: Bool { identifiesPupils && unknown.isEmpty }
}

/// Reads roster files.
enum RosterReader {
    /// Reads and checks the roster at `path`; messages are written in the language of `s`.
    ///
    /// A workbook's roster is on sheet `sheet` (a name, or a 1-based number), or else on the first sheet
    /// whose header has a name column; a zip archive may hold one text file.
    static func read(path: String, sheet: String? = nil, _ s: Strings) throws(ImportError) -> Roster {
        try read(bytes: try FileInput.read(path, s), file: path, sheet: sheet, s)
    }

    /// Reads and checks a roster already in memory (an upload of the web app); `path` names it in messages.
    static func read(bytes: [UInt8], file path: String, sheet: String? = nil, _ s: Strings) throws(ImportError) -> Roster {
        if bytes.count > TextDecoder.maxBytes {
            throw ImportError(
                .tooLarge, at: SourceLocation(file: path), s.importFileTooLarge(megabytes: bytes.count / (1024 * 1024)))
        }
        switch try InputDocument.open(bytes, file: path, language: s.language) {
        case .text(let text, let entry):
            var table = try CSVReader.read(try TextDecoder.decode(text, file: path, s), file: path, s)
            table.archiveEntry = entry
            return try read(table, s)
        case .workbook(let workbook):
            return try read(workbookTable(workbook, sheet: sheet, s), s)
        case .textFiles(let files):
            throw ImportError(.unknownLayout, at: SourceLocation(file: path), s.archiveSeveralFiles(files.map(\.name)))
        }
    }

    /// The sheet of `workbook` that holds the roster.
    private static func workbookTable(_ workbook: Workbook, sheet wanted: String?, _ s: Strings) throws(ImportError) -> CSVTable {
        let names = workbook.sheets.map(\.name)
        let place = { (i: Int) in
            SourceLocation(file: workbook.file, line: nil, column: nil, sheet: names[i], language: s.language)
        }
        if let wanted {
            let i = try workbook.sheetIndex(wanted, s)
            guard let table = try SheetTable.make(workbook.sheets[i], file: workbook.file, language: s.language) else {
                throw ImportError(.emptyFile, at: place(i), s.sheetEmpty(names[i]))
            }
            return table
        }
        var first: CSVTable?
        for sheet in workbook.sheets where !sheet.hidden {
            guard let table = try? SheetTable.make(sheet, file: workbook.file, language: s.language) else { continue }
            if RosterColumns(header: table.header).identifiesPupils { return table }
            if first == nil { first = table }
        }
        guard let first else {
            throw ImportError(.emptyFile, at: SourceLocation(file: workbook.file), s.workbookAllSheetsEmpty)
        }
        return first
    }

    /// Reads a roster from a parsed table. Names (within a class), ids and codes must be unique.
    ///
    /// - Complexity: O(*n*) for *n* rows.
    static func read(_ table: CSVTable, _ s: Strings = Strings(.en)) throws(ImportError) -> Roster {
        let cols = RosterColumns(header: table.header)
        guard cols.identifiesPupils else {
            throw ImportError(
                .missingColumn, at: table.place(line: table.header.line),
                s.importRosterNeedsNameColumn(columns: table.header.fields.map(\.text)))
        }
        var notes = DiagnosticCollector()
        for j in cols.unknown {
            notes.note("roster-column-ignored", at: table.headerLocation(j), s.importRosterColumnIgnored(table.headerText(j)))
        }
        var entries: [RosterEntry] = []
        var seenNames: [String: SourceLocation] = [:]
        var seenIDs: [String: SourceLocation] = [:]
        var seenCodes: [String: SourceLocation] = [:]
        for row in table.body {
            let name = entryName(row, cols)
            let id = cols.id.map { row[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            guard let display = name ?? id else {
                notes.warn("roster-row-without-name", at: table.place(line: row.line),
                    s.importRosterRowWithoutName)
                continue
            }
            let here = table.place(line: row.line, column: (cols.name ?? cols.firstName ?? cols.id ?? 0) + 1)
            let className = cols.className.map { row[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            let nameKey = (className.map { FormMetadata.key($0) } ?? "") + "\u{1}" + NameKey.normalised(display)
            try unique(&seenNames, nameKey, here, .name(display, className: className), s)
            if let id { try unique(&seenIDs, id, table.location(row, cols.id ?? 0), .id(id), s) }
            let code = cols.code.map { row[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            if let code { try unique(&seenCodes, code, table.location(row, cols.code ?? 0), .code(code), s) }
            entries.append(
                RosterEntry(
                    name: display, id: id, code: code, gender: gender(row, cols, table, &notes, s),
                    className: className, responded: cols.responded.flatMap { flag(row[$0]) }, location: here))
        }
        guard !entries.isEmpty else {
            throw ImportError(.emptyFile, at: table.place(), s.importRosterEmpty)
        }
        let report = table.report(layout: .roster, respondentColumn: nil, dropped: [])
        return Roster(entries: entries, report: report, diagnostics: notes.diagnostics)
    }

    private static func entryName(_ row: CSVRow, _ cols: RosterColumns) -> String? {
        if let n = cols.name, !row[n].isEmpty { return NameKey.collapsed(row[n]) }
        let parts = [cols.firstName, cols.lastName].compactMap { $0 }.map { row[$0] }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : NameKey.collapsed(parts.joined(separator: " "))
    }

    private static func unique(
        _ seen: inout [String: SourceLocation], _ key: String, _ here: SourceLocation, _ what: Strings.RosterValue,
        _ s: Strings
    ) throws(ImportError) {
        if let first = seen[key] {
            throw ImportError(.duplicateEntry, at: here, s.importRosterDuplicate(what, lines: first.line ?? 0, here.line ?? 0))
        }
        seen[key] = here
    }

    private static func gender(
        _ row: CSVRow, _ cols: RosterColumns, _ table: CSVTable, _ notes: inout DiagnosticCollector, _ s: Strings
    ) -> Gender? {
        if let g = cols.gender {
            let raw = row[g]
            if let parsed = Gender(parsing: raw) { return parsed }
            if !raw.isEmpty {
                notes.warn("unknown-gender", at: table.location(row, g), s.importUnknownGenderValue(raw))
            }
            return nil
        }
        if let f = cols.female, let v = flag(row[f]) { return v ? .girl : .boy }
        if let m = cols.male, let v = flag(row[m]) { return v ? .boy : .girl }
        return nil
    }

    /// Yes/no cells: `TRUE`, `1`, `ja`, `x` / `FALSE`, `0`, `nei`.
    static func flag(_ raw: String) -> Bool? {
        switch raw.lowercased() {
        case "true", "t", "1", "ja", "j", "yes", "y", "x", "sann": return true
        case "false", "f", "0", "nei", "n", "no", "usann": return false
        default: return nil
        }
    }
}
