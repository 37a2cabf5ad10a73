/// One pseudonym code per pupil across both waves of a comparison.
///
/// Codes are made per file (`E01`, `E02`, … in name order, or the roster's codes), so the same pupil can
/// carry different codes in two waves, and a pupil who left can carry the code a different pupil has in
/// the second wave. A comparison therefore uses the second wave's code for every pupil in it, and for a
/// pupil who left the first wave's code when no second-wave pupil has it, else a fresh `E` code after
/// the highest number in use. The code↔name key of a pseudonymised comparison lists exactly these codes.
/// This is the two-survey case of ``SeriesCodes``.
struct WaveCodes: Sendable {
    /// `before[i]`: the code of first-wave pupil `i` in the comparison.
    let before: [String]
    /// `after[j]`: the code of second-wave pupil `j` (its own code).
    let after: [String]

    /// - Complexity: O(*n* log *n*) in the pupils of both waves.
    init(before b: ClassNetwork, after a: ClassNetwork, match: WaveMatch) {
        // Two surveys: every first-wave pupil was seen in the survey just before, so there is no gap to match.
        let series = SeriesMatch([b, a], steps: [match], byID: false)
        let codes = SeriesCodes([b, a], match: series).codes
        before = series.personOf[0].map { codes[$0] }
        after = series.personOf[1].map { codes[$0] }
    }
}
