/// One pseudonym code per person over a whole series, generalising ``WaveCodes`` from two surveys to many.
///
/// Codes are made per file (`E01`, `E02`, … in name order, or the roster's codes), so one pupil can carry
/// different codes in different surveys. A person keeps the code of their latest survey, latest surveys
/// first: everyone in the last survey has exactly the code `analyze --labels codes` gives them there;
/// a person last seen earlier keeps that survey's code when no one later has it, else gets a fresh `E`
/// code after the highest number in use. The code↔name key of a pseudonymised follow-up lists these codes.
struct SeriesCodes: Sendable {
    /// `codes[p]`: the code of person `p`.
    let codes: [String]

    /// - Complexity: O(*p* log *p*) for *p* persons.
    init(_ waves: [ClassNetwork], match: SeriesMatch) {
        let count = match.persons.count
        let last = (0..<count).map { match.lastWave(of: $0) }
        func ownCode(_ p: Int) -> String { waves[last[p]].pupils[match.persons[p][last[p]] ?? 0].code }
        let order = (0..<count).sorted { (last[$0], -$0) > (last[$1], -$1) }
        var codes = [String](repeating: "", count: count)
        var used = Set<String>()
        var next = waves.flatMap { $0.pupils.map(\.code) }.compactMap(Self.number).max().map { $0 + 1 } ?? 1
        // Digits enough for two surveys' pupils, as `compare` pads its codes (the same for two surveys).
        let largest = waves.map(\.count).sorted(by: >)
        let width = max(2, String(largest.prefix(2).reduce(0, +)).count)
        for p in order {
            let own = ownCode(p)
            if !used.contains(own) {
                codes[p] = own
            } else {
                var code: String
                repeat {
                    let digits = String(next)
                    code = "E" + String(repeating: "0", count: max(0, width - digits.count)) + digits
                    next += 1
                } while used.contains(code)
                codes[p] = code
            }
            used.insert(codes[p])
        }
        self.codes = codes
    }

    /// The number in a code of the form `E` followed by digits.
    private static func number(_ code: String) -> Int? {
        guard code.first == "E" else { return nil }
        return Int(code.dropFirst())
    }
}
