import Foundation

/// `pupils.csv`: one row per pupil with the per-pupil numbers of the analysis, for a spreadsheet.
///
/// RFC 4180 (fields with the delimiter, a quote, CR or LF are quoted, quotes doubled, CRLF line ends),
/// UTF-8 with a byte-order mark so that Excel recognises the encoding (æ, ø, å). The default dialect
/// is the one Norwegian Excel opens with a double-click: `;` between fields and a decimal comma. There is
/// deliberately no `sep=;` line: with it Excel ignores the byte-order mark and garbles æ/ø/å.
/// Cells that would start with `=`, `+`, `-`, `@`, tab or CR get a leading `'` so a spreadsheet never
/// runs a name as a formula. An empty cell means "not determined" (`null` in `analysis.json`).
public enum PupilsCSV {
    /// Delimiter and decimal separator.
    public struct Dialect: Sendable, Hashable {
        public let delimiter: Character
        public let decimalSeparator: Character

        public init(delimiter: Character, decimalSeparator: Character) {
            self.delimiter = delimiter
            self.decimalSeparator = decimalSeparator
        }

        /// `;` and decimal comma: Norwegian (and most European) Excel.
        public static let excelNordic = Dialect(delimiter: ";", decimalSeparator: ",")
        /// `,` and decimal point: RFC 4180 as read by programs and English-locale spreadsheets.
        public static let international = Dialect(delimiter: ",", decimalSeparator: ".")
    }

    /// The CSV file's bytes: byte-order mark + ``text(_:pseudonymised:dialect:)``.
    ///
    /// - Complexity: O(*n* · *q*).
    public static func render(
        _ analysis: ClassAnalysis, pseudonymised: Bool = false, dialect: Dialect = .excelNordic
    ) -> Data {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(contentsOf: Array(text(analysis, pseudonymised: pseudonymised, dialect: dialect).utf8))
        return data
    }

    /// The CSV text without the byte-order mark.
    public static func text(
        _ analysis: ClassAnalysis, pseudonymised: Bool = false, dialect: Dialect = .excelNordic
    ) -> String {
        let net = analysis.network
        let qids = net.questions.map(\.id)
        var header = ["id", "name", "code", "gender", "class", "responded"]
        header += qids.flatMap { ["received_\($0)", "given_\($0)"] }
        header += [
            "mutual_count", "mutual", "lm", "ll", "zLM", "zLL", "zSP", "zSI", "coieDodge", "newcombBukowski",
            "acceptance", "prosocial", "prosocial_z", "influence", "influence_z", "betweenness", "pageRank",
            "community", "flags",
        ]
        var lines = [row(header, dialect)]
        let ids = net.pupils.map(\.id)
        for p in analysis.pupils {
            let pupil = net.pupils[p.index]
            var cells = [
                pupil.id, pseudonymised ? pupil.code : pupil.name, pupil.code, pupil.gender?.rawValue ?? "",
                pupil.className ?? "", pupil.responded ? "yes" : "no",
            ]
            for q in qids.indices {
                cells.append(String(p.received[q]))
                cells.append(p.given.map { String($0[q]) } ?? "")
            }
            cells += [
                String(p.mutual.count), p.mutual.map { ids[$0] }.joined(separator: " "),
                p.lm.map(String.init) ?? "", p.ll.map(String.init) ?? "",
                number(p.zLM, 3, dialect), number(p.zLL, 3, dialect), number(p.zSP, 3, dialect),
                number(p.zSI, 3, dialect), p.coieDodge?.rawValue ?? "", p.newcombBukowski?.status.rawValue ?? "",
                p.acceptance?.rawValue ?? "", p.prosocial.map { String($0.received) } ?? "",
                number(p.prosocial?.z, 3, dialect), p.influence.map { String($0.received) } ?? "",
                number(p.influence?.z, 3, dialect), number(p.betweenness, 6, dialect),
                number(p.pageRank, 6, dialect), p.community.map { String($0) } ?? "",
                p.flags.map(\.rawValue).joined(separator: " "),
            ]
            lines.append(row(cells, dialect))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func number(_ value: Double?, _ decimals: Int, _ dialect: Dialect) -> String {
        guard let value, value.isFinite else { return "" }
        var s = String(format: "%.\(decimals)f", value)
        if s.hasPrefix("-"), s.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { s.removeFirst() }
        return dialect.decimalSeparator == "." ? s : s.replacingOccurrences(of: ".", with: String(dialect.decimalSeparator))
    }

    static func row(_ cells: [String], _ dialect: Dialect) -> String {
        cells.map { field($0, dialect) }.joined(separator: String(dialect.delimiter))
    }

    /// One field, defused against spreadsheet formulas and quoted when needed (RFC 4180).
    static func field(_ raw: String, _ dialect: Dialect) -> String {
        var s = raw
        if let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
            Double(s.replacingOccurrences(of: ",", with: ".")) == nil
        {
            s = "'" + s
        }
        let delimiter = String(dialect.delimiter).unicodeScalars
        let needsQuotes = s.unicodeScalars.contains {
            delimiter.contains($0) || $0 == "\"" || $0 == "\n" || $0 == "\r"
        }
        return needsQuotes ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
