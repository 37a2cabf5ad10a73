extension ClassAnalysis {
    /// The signs that put a pupil on the attention list: nobody chose them, no mutual choice, and —
    /// only with a negative question — many negative and few positive choices, or rarely named at all.
    public static let attentionSigns: [PupilFlag] = [.isolated, .noMutual, .rejected, .neglected]

    /// The pupils on the attention list, in the documented order (`docs/report.md`, "Who needs attention
    /// first"): first those with the most signs, then those named most often in the negative question,
    /// then those chosen least often in the positive one; `tieBreak` orders what is still equal (by name
    /// for the terminal, by the report's order in the report).
    ///
    /// The order says how many of the signs the answers show, not who needs help most: that is for the
    /// adults who know the pupils to judge.
    ///
    /// - Complexity: O(*n* log *n*) for *n* pupils.
    public func attentionOrder(tieBreak: (Int, Int) -> Bool) -> [Int] {
        let signs = pupils.map { p in Self.attentionSigns.filter(p.flags.contains).count }
        return pupils.filter { signs[$0.index] > 0 }.sorted { a, b in
            if signs[a.index] != signs[b.index] { return signs[a.index] > signs[b.index] }
            if (a.ll ?? 0) != (b.ll ?? 0) { return (a.ll ?? 0) > (b.ll ?? 0) }
            if (a.lm ?? 0) != (b.lm ?? 0) { return (a.lm ?? 0) < (b.lm ?? 0) }
            return tieBreak(a.index, b.index)
        }.map(\.index)
    }
}
