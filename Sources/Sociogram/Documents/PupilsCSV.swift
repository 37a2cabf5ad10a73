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

    /// The CSV file's bytes: byte-order mark + ``text(_:pseudonymised:dialect:language:withStatus:)``.
    ///
    /// - Complexity: O(*n* · *q*).
    public static func render(
        _ analysis: ClassAnalysis, pseudonymised: Bool = false, dialect: Dialect = .excelNordic,
        language: Language = .en, withStatus: Bool = false
    ) -> Data {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(contentsOf: Array(
            text(analysis, pseudonymised: pseudonymised, dialect: dialect, language: language, withStatus: withStatus).utf8))
        return data
    }

    /// The CSV text without the byte-order mark.
    ///
    /// Column names and values follow `language`: in English they are the identifiers of the contract
    /// (`received_q1`, `girl`, `yes`, `isolated`, as in `analysis.json`); in bokmål and nynorsk they are
    /// words (`valgt av (q1)`, `jente`, `ja`, `ikke valgt av noen`). The sociometric status — the LM and LL
    /// counts, their z-scores, the Coie–Dodge and Newcomb–Bukowski categories, the chance level of the
    /// positive choices and the `rejected`/`neglected` flags — is left out unless `withStatus`: the file
    /// is easy to pass on, and the categories are labels the report itself avoids.
    public static func text(
        _ analysis: ClassAnalysis, pseudonymised: Bool = false, dialect: Dialect = .excelNordic,
        language: Language = .en, withStatus: Bool = false
    ) -> String {
        let net = analysis.network
        let w = Words(language: language)
        let qids = net.questions.map(\.id)
        let ids = net.pupils.map(\.id)
        var header = ["id", w.text(.csvColumnName), w.text(.csvColumnCode), w.text(.csvColumnGender), w.text(.csvColumnClass), w.text(.csvColumnResponded)]
        header += net.questions.flatMap { q in
            q.kind == .negative
                ? [w.text(.csvColumnReceivedNegative, ["question": q.id]), w.text(.csvColumnGivenNegative, ["question": q.id])]
                : [w.text(.csvColumnReceived, ["question": q.id]), w.text(.csvColumnGiven, ["question": q.id])]
        }
        header += [w.text(.csvColumnMutualCount), w.text(.csvColumnMutual)]
        if withStatus {
            header += ["lm", "ll", "zLM", "zLL", "zSP", "zSI", w.text(.csvColumnCoieDodge), w.text(.csvColumnNewcombBukowski), w.text(.csvColumnAcceptance)]
        }
        header += [
            w.text(.csvColumnProsocial), w.text(.csvColumnProsocialZ), w.text(.csvColumnInfluence), w.text(.csvColumnInfluenceZ),
            w.text(.csvColumnBetweenness), "pageRank", w.text(.csvColumnCommunity), w.text(.csvColumnFlags),
        ]
        var lines = [row(header, dialect)]
        for p in analysis.pupils {
            let pupil = net.pupils[p.index]
            var cells = [
                pupil.id, pseudonymised ? pupil.code : pupil.name, pupil.code, pupil.gender.map(w.gender) ?? "",
                pupil.className ?? "", w.text(pupil.responded ? .csvYes : .csvNo),
            ]
            for q in qids.indices {
                cells.append(String(p.received[q]))
                cells.append(p.given.map { String($0[q]) } ?? "")
            }
            cells += [String(p.mutual.count), p.mutual.map { ids[$0] }.joined(separator: " ")]
            if withStatus {
                cells += [
                    p.lm.map(String.init) ?? "", p.ll.map(String.init) ?? "",
                    number(p.zLM, 3, dialect), number(p.zLL, 3, dialect), number(p.zSP, 3, dialect),
                    number(p.zSI, 3, dialect), p.coieDodge.map(w.status) ?? "", p.newcombBukowski.map { w.status($0.status) } ?? "",
                    p.acceptance.map(w.acceptance) ?? "",
                ]
            }
            let flags = p.flags.filter { withStatus || ($0 != .rejected && $0 != .neglected) }
            cells += [
                p.prosocial.map { String($0.received) } ?? "", number(p.prosocial?.z, 3, dialect),
                p.influence.map { String($0.received) } ?? "", number(p.influence?.z, 3, dialect),
                number(p.betweenness, 6, dialect), number(p.pageRank, 6, dialect), p.community.map { String($0) } ?? "",
                flags.map(w.flag).joined(separator: language == .en ? " " : ", "),
            ]
            lines.append(row(cells, dialect))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The words of the file in one language; English gives the contract's identifiers.
    private struct Words {
        let language: Language
        var strings: Strings { Strings(language) }

        func text(_ key: TextKey, _ arguments: [String: any Sendable] = [:]) -> String { strings.text(key, arguments) }

        func gender(_ g: Gender) -> String {
            guard language != .en else { return g.rawValue }
            switch g {
            case .girl: return text(.girl)
            case .boy: return text(.boy)
            case .other: return text(.otherGender)
            }
        }

        func status(_ s: CoieDodgeStatus) -> String { language == .en ? s.rawValue : strings.status(s) }
        func status(_ s: NewcombBukowskiStatus) -> String { language == .en ? s.rawValue : strings.status(s) }

        func acceptance(_ level: ChanceLevel) -> String {
            switch level {
            case .high: text(.csvAcceptanceHigh)
            case .low: text(.csvAcceptanceLow)
            case .typical: text(.csvAcceptanceTypical)
            }
        }

        func flag(_ f: PupilFlag) -> String {
            guard language != .en else { return f.rawValue }
            switch f {
            case .isolated: return strings.describeIsolated
            case .noMutual: return strings.describeNoMutual
            case .rejected: return strings.status(CoieDodgeStatus.rejected)
            case .neglected: return strings.status(CoieDodgeStatus.neglected)
            case .star: return text(.csvFlagStar)
            case .powerPosition: return text(.csvFlagPowerPosition)
            }
        }
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
