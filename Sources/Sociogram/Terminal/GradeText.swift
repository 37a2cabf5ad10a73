/// A grade summary in plain words, as `sociogram batch` prints it (and the web app's grade page shows
/// it): how many classes were analysed and failed, the classes to look at first, the files left out,
/// the choices across classes and, with earlier surveys, the classes where more pupils need attention.
public enum GradeText {
    /// The lines, in `language`.
    ///
    /// - Complexity: O(classes + notes).
    public static func lines(_ s: GradeSummary, language: Language) -> [String] {
        let strings = Strings(language)
        var lines: [String] = []
        lines.append(strings.batchDone(grade: s.grade, classes: s.classes.count, failed: s.failed.count))
        let first = s.classes.filter { $0.needAttention > 0 }.prefix(5)
        if !first.isEmpty {
            lines.append(strings.batchAttentionHeader)
            for c in first {
                lines.append(strings.batchAttentionLine(rank: c.rank, className: c.name, needAttention: c.needAttention, isolated: c.isolated))
            }
        }
        let skipped = s.skippedFiles
        if !skipped.isEmpty {
            lines.append(strings.batchSkippedHeader)
            for note in skipped {
                let file = (note.location?.file ?? "").split(separator: "/").last.map(String.init) ?? ""
                lines.append(strings.batchSkippedLine(file: file, reason: note.message))
            }
        }
        if s.crossClassTies > 0 {
            lines.append(strings.batchCrossClassTies(s.crossClassTies, picture: s.gradeSociogram))
        }
        if let d = s.development { lines += developmentLines(d, strings) }
        return lines
    }

    /// `--earlier`: the classes where more pupils need attention than in the first survey (at most five).
    static func developmentLines(_ d: GradeDevelopment, _ strings: Strings) -> [String] {
        let first = d.surveys.first?.label ?? ""
        let risen = d.classes.filter { $0.needAttentionChange > 0 }.prefix(5)
        guard !risen.isEmpty else { return [strings.batchDevelopmentNoRise(first: first, count: d.classes.count)] }
        func series(_ c: GradeDevelopment.ClassRow, _ value: (GradeDevelopment.ClassWave) -> Int) -> String {
            c.waves.map { $0.map { String(value($0)) } ?? "–" }.joined(separator: " → ")
        }
        return [strings.batchDevelopmentHeader(first: first)] + risen.map { c in
            strings.batchDevelopmentLine(className: c.name, series: series(c, \.needAttention), isolated: series(c, \.isolated))
        }
    }
}
