/// The plain-text form of a follow-up, as `sociogram follow` prints it: a table with one row per survey,
/// the changes between surveys, loose matches to check, and the evaluations asked for.
public enum FollowText {
    /// The lines (no trailing newlines) in the given language.
    public static func lines(_ d: FollowDocument, language: Language) -> [String] {
        let s = Strings(language)
        func who(_ r: FollowDocument.PupilRef) -> String { r.name ?? r.code }
        func ratio(_ x: Double?) -> String { x.map { s.decimal($0) } ?? "–" }
        var out = [s.followHeader(waves: d.waves.count, first: d.waves.first?.label ?? "", last: d.waves.last?.label ?? "", pupils: d.pupils.count)]
        var rows = [s.followTableHeadings]
        for (k, w) in d.waves.enumerated() {
            let jaccard = k == 0 ? "–" : ratio(d.changes[k - 1].positive?.jaccard)
            rows.append([
                w.label, "\(w.pupils)", "\(w.respondents)", "\(w.isolated.count)", "\(w.noMutual.count)", ratio(w.reciprocity), jaccard,
            ])
        }
        out += table(rows).map { "  " + $0 }
        if let m = d.measureFrom { out.append(s.followMeasureLine(m.label)) }
        // When each pupil was in the class: a pupil missing from one survey is "away", not "left", and
        // "back" rather than "new" when they return.
        var present: [String: [Bool]] = [:]
        for p in d.pupils { present[p.code] = p.responded.map { $0 != nil } }
        func seen(_ r: FollowDocument.PupilRef, _ waves: Range<Int>) -> Bool { present[r.code].map { $0[waves].contains(true) } ?? false }
        for c in d.changes + (d.changes.count > 1 ? [d.overall] : []) {
            let overall = c.from == 1 && c.to == d.waves.count && d.changes.count > 1
            let head = overall ? s.followOverall : s.followStep(c.fromLabel, c.toLabel)
            if let t = c.positive { out.append(head + s.compareTies(kept: t.kept, new: t.new, lost: t.lost, jaccard: t.jaccard)) }
            let back = overall ? [] : c.joined.filter { seen($0, 0..<(c.from - 1)) }
            let away = overall ? [] : c.left.filter { seen($0, c.to..<d.waves.count) }
            let joined = c.joined.filter { !back.contains($0) }, left = c.left.filter { !away.contains($0) }
            if !joined.isEmpty { out.append("  " + s.compareJoined + joined.map(who).joined(separator: ", ")) }
            if !back.isEmpty { out.append("  " + s.followBack + back.map(who).joined(separator: ", ")) }
            if !left.isEmpty { out.append("  " + s.compareLeft + left.map(who).joined(separator: ", ")) }
            if !away.isEmpty { out.append("  " + s.followAway(c.toLabel) + away.map(who).joined(separator: ", ")) }
        }
        out.append(s.followStabilityNote)
        if !d.matching.links.isEmpty {
            out.append(s.followLinksHeading)
            for l in d.matching.links {
                out.append(s.followLink(
                    l.nameBefore ?? l.code, l.nameAfter ?? l.code, from: d.waves[l.fromWave - 1].label, to: d.waves[l.toWave - 1].label,
                    l.method, gap: l.toWave - l.fromWave > 1))
            }
        }
        for e in d.evaluations {
            out.append("")
            out.append(e.text)
        }
        return out
    }

    /// Left-aligned first column, right-aligned numbers, two spaces between columns.
    private static func table(_ rows: [[String]]) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { c in rows.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: max(0, widths[c] - cell.count))
                return c == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
    }
}
