/// Decides a file's field delimiter: a `sep=` first line if there is one, otherwise `;`, `,` or tab
/// counted outside quotes in the first records, otherwise whitespace for purely numeric tables.
enum DelimiterSniffer {
    /// The `sep=X` line Excel understands, if the text starts with one: the delimiter and the offset
    /// of the next line.
    static func sepLine(_ b: [UInt8]) -> (delimiter: UInt8, next: Int)? {
        var i = 0
        let quoted = b.first == UInt8(ascii: "\"")
        if quoted { i = 1 }
        guard i + 4 < b.count else { return nil }
        let word = b[i..<(i + 4)].map { $0 | 0x20 }
        guard word == Array("sep=".utf8) else { return nil }
        let d = b[i + 4]
        guard d != 0x0A, d != 0x0D, d != UInt8(ascii: "\"") else { return nil }
        i += 5
        if quoted {
            guard i < b.count, b[i] == UInt8(ascii: "\"") else { return nil }
            i += 1
        }
        // Excel writes nothing else on the line; tolerate trailing delimiters.
        while i < b.count, b[i] == d || b[i] == 0x20 { i += 1 }
        if i == b.count { return (d, i) }
        if b[i] == 0x0D {
            i += 1
            if i < b.count, b[i] == 0x0A { i += 1 }
            return (d, i)
        }
        if b[i] == 0x0A { return (d, i + 1) }
        return nil
    }

    private static let candidates: [UInt8] = [UInt8(ascii: ";"), UInt8(ascii: ","), 0x09]
    private static let sampleRecords = 40

    /// Sniffs the delimiter from the first records of `b` starting at `start`.
    ///
    /// The header record decides: among `;`, `,` and tab, the one that occurs outside quotes in the
    /// header most often, weighted by how many sampled records have the same count. When none occurs,
    /// the file is whitespace-separated if every sampled record splits into the same number (≥ 2) of
    /// tokens and most tokens are numbers; otherwise it has a single column (`,` is reported).
    ///
    /// - Complexity: O(*s*) for the sampled prefix *s* (at most 40 records).
    static func sniff(_ b: [UInt8], from start: Int) -> Delimiter {
        var counts: [[Int]] = []
        var current = [0, 0, 0]
        var inQuotes = false
        var i = start
        var recordHasContent = false
        var lines: [(Int, Int)] = []
        var lineStart = start
        while i < b.count, counts.count < sampleRecords {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                inQuotes.toggle()
            } else if !inQuotes, c == 0x0A || c == 0x0D {
                if recordHasContent {
                    counts.append(current)
                    lines.append((lineStart, i))
                }
                current = [0, 0, 0]
                recordHasContent = false
                lineStart = i + 1
            } else if !inQuotes, let k = candidates.firstIndex(of: c) {
                current[k] += 1
                recordHasContent = true
            } else if c != 0x20 {
                recordHasContent = true
            }
            i += 1
        }
        if recordHasContent, counts.count < sampleRecords {
            counts.append(current)
            lines.append((lineStart, min(i, b.count)))
        }
        guard let header = counts.first else { return .byte(UInt8(ascii: ",")) }
        var best: (score: Double, k: Int)? = nil
        for k in 0..<3 where header[k] > 0 {
            let same = counts.filter { $0[k] == header[k] }.count
            let score = Double(header[k]) * Double(same) / Double(counts.count)
            if best == nil || score > (best?.score ?? 0) { best = (score, k) }
        }
        if let best { return .byte(candidates[best.k]) }
        if looksWhitespaceSeparated(b, lines: lines) { return .whitespace }
        return .byte(UInt8(ascii: ","))
    }

    private static func looksWhitespaceSeparated(_ b: [UInt8], lines: [(Int, Int)]) -> Bool {
        guard !lines.isEmpty else { return false }
        var width: Int? = nil
        var tokens = 0, numeric = 0
        for (index, (s, e)) in lines.enumerated() {
            let text = b[s..<e]
            guard !text.contains(UInt8(ascii: "\"")) else { return false }
            let parts = text.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 })
            guard parts.count >= 2 else { return false }
            if let w = width, w != parts.count { return false }
            width = parts.count
            if index == 0 && lines.count > 1 { continue }  // a header may be words
            for p in parts {
                tokens += 1
                if p.allSatisfy({ (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }) {
                    numeric += 1
                }
            }
        }
        return tokens > 0 && numeric * 2 >= tokens
    }
}
