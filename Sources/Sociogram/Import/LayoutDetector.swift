/// The columns of an edge list.
struct EdgeColumns: Sendable, Hashable {
    var from: Int
    var to: Int
    var question: Int?
    var rank: Int?
    var className: Int?
    /// Columns the importer does not use (`weight`, anything unrecognised).
    var unused: [Int]
}

/// What kind of file a table is.
enum DetectedLayout: Sendable, Hashable {
    case edgeList(EdgeColumns)
    case matrix
    case roster
    case wide
    /// A whitespace- or comma-separated table of numbers without a header (`layer from to weight`).
    case headerlessEdgeList
}

/// Decides the layout of a table from its header and, for matrices, its cells.
///
/// Order: an edge-list header (`from`/`fra`/`source` and `to`/`til`/`target`); a square sociomatrix
/// (names across the top that are also the names down the side, numbers in the cells); a header of
/// numbers only (a header-less edge list); a roster (only name/id/code/gender/class columns);
/// otherwise a form export.
enum LayoutDetector {
    static let fromHeaders: Set<String> = [
        "from", "fra", "frå", "source", "kilde", "kjelde", "ego", "chooser", "velger", "veljar", "nominator", "from_id",
        "fra_id", "frå_id", "avsender", "avsendar", "sender", "i",
    ]
    static let toHeaders: Set<String> = [
        "to", "til", "target", "alter", "chosen", "valgt", "valt", "nominee", "to_id", "til_id", "mottaker",
        "mottakar", "receiver", "j",
    ]
    static let questionHeaders: Set<String> = [
        "question", "spørsmål", "sporsmal", "spm", "relation", "relasjon", "layer", "lag", "type",
        "network", "nettverk",
    ]
    static let rankHeaders: Set<String> = [
        "rank", "rangering", "rang", "order", "rekkefølge", "rekkefolge", "choice", "valg", "valgnr", "val", "valnr",
    ]
    static let classHeaders: Set<String> = ["class", "klasse", "klassenavn", "klassenamn"]

    /// Detects the layout.
    ///
    /// - Complexity: O(*r* · *c*) for the matrix check over *r* rows and *c* columns; O(*c*) otherwise.
    static func detect(_ table: CSVTable, _ s: Strings) throws(ImportError) -> DetectedLayout {
        let keys = table.header.fields.map { FormMetadata.key($0.text) }
        let from = keys.firstIndex { fromHeaders.contains($0) }
        let to = keys.firstIndex { toHeaders.contains($0) }
        if let from, let to {
            var cols = EdgeColumns(from: from, to: to, unused: [])
            for (j, k) in keys.enumerated() where j != from && j != to && !k.isEmpty {
                if questionHeaders.contains(k), cols.question == nil { cols.question = j }
                else if rankHeaders.contains(k), cols.rank == nil { cols.rank = j }
                else if classHeaders.contains(k), cols.className == nil { cols.className = j }
                else { cols.unused.append(j) }
            }
            return .edgeList(cols)
        }
        if (from != nil || to != nil) && keys.count <= 5 && !keys.contains(where: FormMetadata.isRespondentHeader) {
            throw ImportError(
                .missingColumn, at: table.place(line: table.header.line),
                s.importEdgeListMissingColumn(missingFrom: from == nil))
        }
        if isNumeric(table.header) { return .headerlessEdgeList }
        if looksLikeMatrix(table) { return .matrix }
        if looksLikeData(table.header) {
            throw ImportError(
                .unknownLayout, at: table.place(line: table.header.line), s.importNumericHeader)
        }
        if RosterColumns(header: table.header).isPureRoster { return .roster }
        return .wide
    }

    /// Names across the top that mostly reappear down the side, with numeric cells.
    private static func looksLikeMatrix(_ table: CSVTable) -> Bool {
        var topNames = table.header.fields.dropFirst().map(\.text)
        while topNames.last?.isEmpty == true { topNames.removeLast() }
        let sideNames = table.body.map { $0[0] }
        guard topNames.count >= 2, sideNames.count >= 2, !topNames.contains(where: \.isEmpty),
            Set(topNames.map(NameKey.normalised)).count == topNames.count,
            sideNames.count <= 2 * topNames.count, topNames.count <= 2 * sideNames.count
        else { return false }
        let side = Set(sideNames.map(NameKey.normalised))
        let overlap = topNames.filter { side.contains(NameKey.normalised($0)) }.count
        guard overlap * 2 >= topNames.count else { return false }
        var cells = 0, numeric = 0
        for row in table.body {
            for j in 1...topNames.count {
                cells += 1
                if MatrixCell(row[j]) != nil { numeric += 1 }
            }
        }
        return numeric * 2 >= cells
    }

    /// Most fields of the first row are made of digits (and `-`, `.`, `,`): data, not column names.
    static func looksLikeData(_ row: CSVRow) -> Bool {
        let f = row.fields.filter { !$0.text.isEmpty }
        let numeric = f.filter { $0.text.utf8.allSatisfy { (0x30...0x39).contains($0) || $0 == 0x2D || $0 == 0x2E || $0 == 0x2C } }
        return !f.isEmpty && numeric.count * 2 > f.count
    }

    /// Every field of the first row a number (2 to 4 of them): the file has no header row.
    static func isNumeric(_ row: CSVRow) -> Bool {
        let f = row.fields.filter { !$0.text.isEmpty }
        return f.count >= 2 && f.count <= 4 && f.allSatisfy { Int($0.text) != nil }
    }
}

/// One cell of a sociomatrix.
enum MatrixCell: Sendable, Hashable {
    /// No choice (empty, `0`, `-`).
    case none
    /// Chosen: `1`, `x`; or ranked `2`…`k`.
    case value(Int)
    /// `NA`: not answered.
    case missing

    /// Parses a cell; `nil` when it is not a number, `NA`, `x` or empty.
    init?(_ raw: String) {
        let t = raw.lowercased()
        switch t {
        case "", "0", "-", "–", "0.0", "0,0": self = .none
        case "na", "n/a", "n.a.", ".", "nan", "mangler", "missing", "?": self = .missing
        case "x", "✓", "✔": self = .value(1)
        default:
            if let n = Int(t), n >= 0 { self = n == 0 ? .none : .value(n); return }
            if let d = Double(t.replacingOccurrences(of: ",", with: ".")), d >= 1, d == d.rounded(), d < 1000 {
                self = .value(Int(d))
                return
            }
            return nil
        }
    }
}
