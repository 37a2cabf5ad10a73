/// `grade.csv`: one row per class in ranking order, then one row per failed file or class, in the
/// dialect of `pupils.csv` (UTF-8 with byte-order mark, `;`, decimal comma, CRLF; see ``PupilsCSV``).
/// An empty cell means "not determined".
public enum GradeCSV {
    /// The column names.
    public static let header = [
        "rank", "class", "folder", "source_file", "status", "pupils", "respondents", "response_rate",
        "need_attention", "isolated", "no_mutual", "rejected", "reciprocity", "density", "fragmentation",
        "components", "subgroups", "communities", "modularity", "problem",
    ]

    /// The file's text, starting with the byte-order mark.
    ///
    /// - Complexity: O(number of classes).
    public static func render(_ summary: GradeSummary, dialect: PupilsCSV.Dialect = .excelNordic) -> String {
        var lines = [PupilsCSV.row(header, dialect)]
        func n(_ x: Double?, _ digits: Int = 3) -> String { PupilsCSV.number(x, digits, dialect) }
        for c in summary.classes {
            let status = c.problems.isEmpty ? "ok" : "incomplete"
            lines.append(PupilsCSV.row([
                String(c.rank), c.name, c.folder, c.sourceFile, status, String(c.pupils), String(c.respondents),
                n(c.responseRate), String(c.needAttention), String(c.isolated), String(c.noMutual),
                c.rejected.map(String.init) ?? "", n(c.reciprocity), n(c.density), n(c.fragmentation),
                String(c.components), String(c.subgroups), c.communities.map(String.init) ?? "", n(c.modularity),
                c.problems.map(\.description).joined(separator: " | "),
            ], dialect))
        }
        for f in summary.failed {
            var cells = Array(repeating: "", count: header.count)
            cells[1] = f.className ?? ""
            cells[3] = f.file ?? ""
            cells[4] = "failed"
            cells[header.count - 1] = f.description
            lines.append(PupilsCSV.row(cells, dialect))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }
}
