import Foundation

extension ClassNetwork {
    /// The pupil a command-line name refers to (`--pupil`, `--apart`, `--together`, `--absent`):
    /// the pupil id, code or name exactly, then ignoring case, diacritics and extra spaces, then a
    /// unique first name.
    ///
    /// - Throws: ``SuggestError`` of kind `unknownPupil` naming up to three closest names
    ///   (edit distance) when nothing or more than one pupil matches.
    /// - Complexity: O(*n* · *L*²) for names of length *L*.
    public func pupilIndex(matching text: String) throws(SuggestError) -> Int {
        let wanted = text.trimmingCharacters(in: .whitespaces)
        if let exact = pupils.firstIndex(where: { $0.id == wanted || $0.code == wanted || $0.name == wanted }) {
            return exact
        }
        func fold(_ s: String) -> String {
            s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        let key = fold(wanted)
        let loose = pupils.indices.filter { fold(pupils[$0].name) == key || fold(pupils[$0].code) == key }
        if loose.count == 1 { return loose[0] }
        let first = pupils.indices.filter { fold(pupils[$0].name).split(separator: " ").first.map(String.init) == key }
        if first.count == 1 && loose.isEmpty { return first[0] }
        let closest = pupils.map(\.name).sorted { Self.editDistance(fold($0), key) < Self.editDistance(fold($1), key) }
            .prefix(3)
        let ambiguous = loose.count > 1 || first.count > 1
        throw SuggestError(
            .unknownPupil,
            (ambiguous ? "“\(text)” matches more than one pupil." : "No pupil is called “\(text)”.")
                + " Closest names: \(closest.joined(separator: ", ")).")
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        guard !x.isEmpty else { return y.count }
        var row = Array(0...y.count)
        for i in 1...x.count {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: y.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (x[i - 1] == y[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[y.count]
    }
}
