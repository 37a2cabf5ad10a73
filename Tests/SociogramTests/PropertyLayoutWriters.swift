import Foundation
@testable import Sociogram

/// A class survey as the property tests generate it: pupils, who answered, questions and ranked choices.
struct SurveySpec: Sendable, CustomStringConvertible {
    struct Choice: Sendable, Hashable {
        let question: Int
        let from: Int
        let to: Int
        /// 1 = first choice.
        let rank: Int
    }

    var names: [String]
    var responded: [Bool]
    var questions: [String]
    /// Per question and chooser, the chosen pupils in rank order.
    var choices: [Choice]

    var description: String {
        "SurveySpec(names: \(names), responded: \(responded), questions: \(questions), choices: \(choices.count))"
    }

    /// Pupils who appear in a file without a roster: everyone who answered and everyone who was chosen.
    var visiblePupils: Set<String> {
        var set = Set(names.indices.filter { responded[$0] }.map { names[$0] })
        for c in choices { set.insert(names[c.to]) }
        return set
    }

    /// `(question text, from, to, rank)`, with the rank left out (`-`) when the layout does not carry it.
    func ties(ranked: Bool, questions only: Set<Int>? = nil) -> Set<[String]> {
        Set(choices.filter { only?.contains($0.question) ?? true }.map {
            [questions[$0.question], names[$0.from], names[$0.to], ranked ? String($0.rank) : "-"]
        })
    }

    func chosen(by i: Int, in q: Int) -> [Int] {
        choices.filter { $0.question == q && $0.from == i }.sorted { $0.rank < $1.rank }.map(\.to)
    }
}

/// How a file is written: field delimiter, text encoding, line ends, an Excel `sep=` line, extra quoting.
struct FileDialect: Sendable, CustomStringConvertible {
    enum Encoding: String, Sendable, CaseIterable { case utf8, utf8BOM, windows1252, utf16LE }

    var delimiter: Character
    var encoding: Encoding
    var crlf: Bool
    var sepLine: Bool
    /// Quote every field, not only those that need it.
    var quoteAll: Bool

    var description: String {
        "delimiter \(delimiter == "\t" ? "tab" : String(delimiter)), \(encoding), \(crlf ? "CRLF" : "LF")"
            + "\(sepLine ? ", sep= line" : "")\(quoteAll ? ", all quoted" : "")"
    }

    /// RFC 4180 field: quoted when it holds the delimiter, a quote or a line break (or always, with `quoteAll`).
    func field(_ text: String) -> String {
        let needs = text.contains(delimiter) || text.contains("\"") || text.contains("\n") || text.contains("\r")
        guard needs || quoteAll else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The file's bytes; `nil` when the text cannot be written in this encoding (Windows-1252).
    func bytes(_ rows: [[String]]) -> [UInt8]? {
        var text = sepLine ? "sep=\(delimiter)" + (crlf ? "\r\n" : "\n") : ""
        text += rows.map { $0.map(field).joined(separator: String(delimiter)) }.joined(separator: crlf ? "\r\n" : "\n")
        text += crlf ? "\r\n" : "\n"
        switch encoding {
        case .utf8: return Array(text.utf8)
        case .utf8BOM: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case .utf16LE:
            var out: [UInt8] = [0xFF, 0xFE]
            for unit in text.utf16 { out += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
            return out
        case .windows1252:
            var out: [UInt8] = []
            for scalar in text.unicodeScalars {
                guard let byte = Self.windows1252Byte(scalar) else { return nil }
                out.append(byte)
            }
            return out
        }
    }

    /// The Windows-1252 byte of a scalar, if the code page has it.
    static func windows1252Byte(_ scalar: Unicode.Scalar) -> UInt8? {
        let v = scalar.value
        if v < 0x80 || (0xA0...0xFF).contains(v) { return UInt8(v) }
        if let i = Windows1252.high.firstIndex(of: v), i != 1, i != 13, i != 15, i != 16, i != 29 {
            return UInt8(0x80 + i)
        }
        return nil
    }
}

/// Writers for every layout the importer reads, so that a generated class can be saved in each of them.
enum LayoutWriter {
    /// Microsoft Forms / Google Forms export, several names in one cell (`Kari;Ola;` or `Kari, Ola`).
    /// Names must not contain `;`, `,` or line breaks (the cell's own separators). No ranks.
    static func namesInCell(_ spec: SurveySpec, googleStyle: Bool) -> [[String]] {
        let marker = googleStyle ? ["Tidsmerke"] : ["ID", "Starttidspunkt", "Fullføringstidspunkt", "E-postadresse", "Navn"]
        var rows = [marker + ["Hva heter du?"] + spec.questions]
        for (i, name) in spec.names.enumerated() where spec.responded[i] {
            let meta = googleStyle
                ? ["11.03.2025 08:\(10 + i % 50):00"]
                : [String(i + 1), "10.03.2025 08:10:00", "10.03.2025 08:12:00", "anonymous", "anonymous"]
            let cells = spec.questions.indices.map { q -> String in
                let chosen = spec.chosen(by: i, in: q).map { spec.names[$0] }
                return googleStyle ? chosen.joined(separator: ", ") : chosen.map { $0 + ";" }.joined()
            }
            rows.append(meta + [name] + cells)
        }
        return rows
    }

    /// A typed sheet with one column per choice (`… [Valg 1]`, `… [Valg 2]`); ranks are the choice numbers.
    static func columnPerChoice(_ spec: SurveySpec) -> [[String]] {
        let width = spec.questions.indices.map { q in
            spec.names.indices.map { spec.chosen(by: $0, in: q).count }.max() ?? 0
        }.map { max($0, 1) }
        var header = ["Elevnavn"]
        for (q, text) in spec.questions.enumerated() {
            header += (1...width[q]).map { "\(text) [Valg \($0)]" }
        }
        var rows = [header]
        for (i, name) in spec.names.enumerated() where spec.responded[i] {
            var row = [name]
            for q in spec.questions.indices {
                let chosen = spec.chosen(by: i, in: q).map { spec.names[$0] }
                row += (0..<width[q]).map { $0 < chosen.count ? chosen[$0] : "" }
            }
            rows.append(row)
        }
        return rows
    }

    /// A long edge list `fra;til;spørsmål;rangering`.
    static func edgeList(_ spec: SurveySpec) -> [[String]] {
        var rows = [["fra", "til", "spørsmål", "rangering"]]
        for q in spec.questions.indices {
            for i in spec.names.indices where spec.responded[i] {
                for (k, j) in spec.chosen(by: i, in: q).enumerated() {
                    rows.append([spec.names[i], spec.names[j], spec.questions[q], String(k + 1)])
                }
            }
        }
        return rows
    }

    /// A square sociomatrix of question `q`: the question in the corner, names across and down, ranks in
    /// the cells (`1` only, when `ranked` is false), `NA` rows for pupils who did not answer.
    static func matrix(_ spec: SurveySpec, question q: Int, ranked: Bool) -> [[String]] {
        var rows = [[spec.questions[q]] + spec.names]
        for (i, name) in spec.names.enumerated() {
            let chosen = spec.chosen(by: i, in: q)
            rows.append([name] + spec.names.indices.map { j in
                if !spec.responded[i] { return j == i ? "" : "NA" }
                if j == i { return "" }
                guard let k = chosen.firstIndex(of: j) else { return "0" }
                return ranked ? String(k + 1) : "1"
            })
        }
        return rows
    }
}
