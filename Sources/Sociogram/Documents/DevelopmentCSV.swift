/// `development.csv` (`batch --earlier`): one row per class and survey, earliest survey first, so a
/// spreadsheet can filter or chart any class; the class's own figures (rank, change, stability) repeat on
/// each of its rows. Same dialect as `grade.csv` (semicolons, decimal commas, byte-order mark for Excel).
public enum DevelopmentCSV {
    /// The column names.
    public static let header = [
        "rank", "class", "survey_number", "survey", "pupils", "respondents", "need_attention", "isolated",
        "no_mutual", "reciprocity", "need_attention_change", "isolated_change", "stability", "kept", "new",
        "lost", "matched", "joined", "left",
    ]

    /// The file's text, starting with the byte-order mark. A survey without the class has a row with empty
    /// figures, so that every class has one row per survey.
    ///
    /// - Complexity: O(classes × surveys).
    public static func render(_ d: GradeDevelopment, dialect: PupilsCSV.Dialect = .excelNordic) -> String {
        var lines = [PupilsCSV.row(header, dialect)]
        func n(_ x: Double?) -> String { PupilsCSV.number(x, 3, dialect) }
        for c in d.classes {
            for (k, survey) in d.surveys.enumerated() {
                let w = c.waves[k]
                lines.append(PupilsCSV.row([
                    String(c.rank), c.name, String(k + 1), survey.label,
                    w.map { String($0.pupils) } ?? "", w.map { String($0.respondents) } ?? "",
                    w.map { String($0.needAttention) } ?? "", w.map { String($0.isolated) } ?? "",
                    w.map { String($0.noMutual) } ?? "", n(w?.reciprocity),
                    String(c.needAttentionChange), String(c.isolatedChange), n(c.overall?.jaccard),
                    c.overall.map { String($0.kept) } ?? "", c.overall.map { String($0.new) } ?? "",
                    c.overall.map { String($0.lost) } ?? "", String(c.matched), String(c.joined), String(c.left),
                ], dialect))
            }
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }
}
