/// Files that are UTF-8 except for a few rows pasted or appended from a Windows-1252 export (a teacher
/// adding a late answer from an old Excel file). Reading the whole file as Windows-1252 would garble
/// every æ/ø/å in the UTF-8 part (`Ã¸` for `ø`) and split each such pupil in two; reading it as UTF-8
/// with replacement characters would lose the letters of the appended rows.
enum MixedEncoding {
    /// The text decoded byte run by byte run: valid UTF-8 sequences as UTF-8, every other byte as
    /// Windows-1252, when the file has more valid multi-byte UTF-8 sequences than such bytes (a
    /// Windows-1252 file has almost none: its letters are single bytes). `nil` otherwise.
    ///
    /// - Returns: the UTF-8 bytes, how many bytes were read as Windows-1252, and the 1-based line of the first.
    /// - Complexity: O(*n*).
    static func decode(_ bytes: [UInt8]) -> (utf8: [UInt8], windows1252Bytes: Int, firstLine: Int)? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var validMultiByte = 0, foreign = 0, line = 1, firstLine = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            if c < 0x80 {
                if c == 0x0A { line += 1 }
                out.append(c)
                i += 1
                continue
            }
            if let length = sequenceLength(bytes, at: i) {
                validMultiByte += 1
                out.append(contentsOf: bytes[i..<(i + length)])
                i += length
                continue
            }
            foreign += 1
            if firstLine == 0 { firstLine = line }
            out.append(contentsOf: Windows1252.utf8(from: [c]))
            i += 1
        }
        guard foreign > 0, validMultiByte > foreign else { return nil }
        return (out, foreign, firstLine)
    }

    /// The length (2–4) of the valid UTF-8 sequence starting at `i`, or `nil` (same rules as ``UTF8Scan``).
    private static func sequenceLength(_ b: [UInt8], at i: Int) -> Int? {
        guard let (need, lo, hi) = UTF8Scan.lead(b[i]) else { return nil }
        guard i + need < b.count, b[i + 1] >= lo, b[i + 1] <= hi else { return nil }
        for k in stride(from: 2, through: need, by: 1) where b[i + k] & 0xC0 != 0x80 { return nil }
        return need + 1
    }
}
