/// One pseudonym code per pupil across both waves of a comparison.
///
/// Codes are made per file (`E01`, `E02`, … in name order, or the roster's codes), so the same pupil can
/// carry different codes in two waves, and a pupil who left can carry the code a different pupil has in
/// the second wave. A comparison therefore uses the second wave's code for every pupil in it, and for a
/// pupil who left the first wave's code when no second-wave pupil has it, else a fresh `E` code after
/// the highest number in use. The code↔name key of a pseudonymised comparison lists exactly these codes.
struct WaveCodes: Sendable {
    /// `before[i]`: the code of first-wave pupil `i` in the comparison.
    let before: [String]
    /// `after[j]`: the code of second-wave pupil `j` (its own code).
    let after: [String]

    /// - Complexity: O(*n*) in the pupils of both waves.
    init(before b: ClassNetwork, after a: ClassNetwork, match: WaveMatch) {
        after = a.pupils.map(\.code)
        var used = Set(after)
        var next = (b.pupils.map(\.code) + after).compactMap(Self.number).max().map { $0 + 1 } ?? 1
        let width = max(2, String(b.count + a.count).count)
        var codes = [String](repeating: "", count: b.count)
        for (i, p) in b.pupils.enumerated() {
            if let j = match.afterOf[i] {
                codes[i] = after[j]
            } else if !used.contains(p.code) {
                codes[i] = p.code
                used.insert(p.code)
            } else {
                var code: String
                repeat {
                    let digits = String(next)
                    code = "E" + String(repeating: "0", count: max(0, width - digits.count)) + digits
                    next += 1
                } while used.contains(code)
                codes[i] = code
                used.insert(code)
            }
        }
        before = codes
    }

    /// The number in a code of the form `E` followed by digits.
    private static func number(_ code: String) -> Int? {
        guard code.first == "E" else { return nil }
        return Int(code.dropFirst())
    }
}
