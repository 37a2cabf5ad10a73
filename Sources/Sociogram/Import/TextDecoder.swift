import Foundation

/// A file's text after decoding: UTF-8 bytes in Unicode NFC, without byte-order mark.
struct DecodedText: Sendable {
    /// The text as UTF-8 (always valid), NFC-normalised.
    let utf8: [UInt8]
    /// What the file was decoded as.
    let encoding: TextEncodingName
    /// How many invalid byte sequences were replaced by U+FFFD (only possible in files that declare
    /// their encoding with a byte-order mark; otherwise invalid UTF-8 means Windows-1252).
    let replacedSequences: Int
    /// In a UTF-8 file with rows from a Windows-1252 export (see ``MixedEncoding``): how many bytes were
    /// read as Windows-1252, and the line of the first.
    var windows1252Bytes = 0
    var firstWindows1252Line = 0
}

/// Decodes survey files the way Norwegian spreadsheets write them: UTF-8 with or without BOM,
/// UTF-16 with BOM (Excel's "Unicode text"), UTF-8 with rows from a Windows-1252 export (mixed, with a
/// warning), and otherwise Windows-1252.
enum TextDecoder {
    /// Files larger than this are refused (a class survey is a few kilobytes; a grade a few hundred).
    static let maxBytes = 64 * 1024 * 1024

    /// Decodes `bytes`; `file` is used in error messages, written in the language of `s`.
    ///
    /// - Complexity: O(*n*) for *n* bytes (one validation pass, one conversion pass, NFC only when
    ///   the text has non-ASCII characters).
    static func decode(_ bytes: [UInt8], file: String, _ s: Strings = Strings(.en)) throws(ImportError) -> DecodedText {
        guard bytes.count <= maxBytes else {
            throw ImportError(
                .tooLarge, at: SourceLocation(file: file), s.importFileTooLarge(megabytes: bytes.count / (1024 * 1024)))
        }
        if let kind = BinarySignature.detect(bytes) {
            throw ImportError(.notText, at: SourceLocation(file: file, line: 1, column: 1), s.importBinaryFile(kind))
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            // A file saved twice with a byte-order mark can carry two or more (found by the `csv` fuzz
            // target: a second mark hid the `sep=` line and became part of the first header).
            var start = 3
            while bytes[start...].starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
            let body = bytes[start...]
            if let scan = UTF8Scan.validate(body) {
                return DecodedText(utf8: nfc(Array(body), hasNonASCII: scan.hasNonASCII), encoding: .utf8WithBOM, replacedSequences: 0)
            }
            let text = String(decoding: body, as: UTF8.self)
            let replaced = text.unicodeScalars.lazy.filter { $0 == "\u{FFFD}" }.count
            return DecodedText(utf8: nfc(text), encoding: .utf8WithBOM, replacedSequences: replaced)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            return decodeUTF16(bytes, littleEndian: little)
        }
        if let scan = UTF8Scan.validate(bytes[...]) {
            return DecodedText(utf8: nfc(bytes, hasNonASCII: scan.hasNonASCII), encoding: .utf8, replacedSequences: 0)
        }
        if let mixed = MixedEncoding.decode(bytes) {
            return DecodedText(
                utf8: nfc(mixed.utf8, hasNonASCII: true), encoding: .utf8, replacedSequences: 0,
                windows1252Bytes: mixed.windows1252Bytes, firstWindows1252Line: mixed.firstLine)
        }
        return DecodedText(utf8: Windows1252.utf8(from: bytes), encoding: .windows1252, replacedSequences: 0)
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> DecodedText {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        // Byte-order marks repeated after the first (a file saved twice) are not text either.
        let text = String(String.UnicodeScalarView(String(decoding: units, as: UTF16.self).unicodeScalars.drop { $0 == "\u{FEFF}" }))
        let replaced = text.unicodeScalars.lazy.filter { $0 == "\u{FFFD}" }.count
        return DecodedText(
            utf8: nfc(text), encoding: littleEndian ? .utf16LE : .utf16BE,
            replacedSequences: replaced + (bytes.count % 2))
    }

    private static func nfc(_ utf8: [UInt8], hasNonASCII: Bool) -> [UInt8] {
        guard hasNonASCII else { return utf8 }
        let text = String(decoding: utf8, as: UTF8.self)
        guard text.unicodeScalars.contains(where: mayChangeUnderNFC) else { return utf8 }
        return nfc(text)
    }

    /// A quick NFC check: no scalar below U+0300 (Latin-1, Latin Extended — æ, ø, å, é, …) is a combining
    /// mark or a singleton decomposition, and neither are the typographic quotes, dashes, `…`, `€` and
    /// `™` that Excel and Word insert. Text made only of those is already NFC.
    @inline(__always)
    static func mayChangeUnderNFC(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x300 { return false }
        if (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v) || v == 0x20AC || v == 0x2122 { return false }
        return true
    }

    private static func nfc(_ text: String) -> [UInt8] {
        Array(text.precomposedStringWithCanonicalMapping.utf8)
    }
}

/// Strict UTF-8 validation (no overlong forms, no surrogates, nothing above U+10FFFF).
enum UTF8Scan {
    struct Result {
        let hasNonASCII: Bool
    }

    /// For a lead byte: how many continuation bytes follow, and the allowed range of the first of them
    /// (which excludes overlong forms, surrogates and values above U+10FFFF); `nil` for a byte that cannot
    /// start a multi-byte sequence.
    @inline(__always)
    static func lead(_ c: UInt8) -> (need: Int, lo: UInt8, hi: UInt8)? {
        switch c {
        case 0xC2...0xDF: return (1, 0x80, 0xBF)
        case 0xE0: return (2, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE, 0xEF: return (2, 0x80, 0xBF)
        case 0xED: return (2, 0x80, 0x9F)
        case 0xF0: return (3, 0x90, 0xBF)
        case 0xF1...0xF3: return (3, 0x80, 0xBF)
        case 0xF4: return (3, 0x80, 0x8F)
        default: return nil
        }
    }

    /// Returns `nil` when `bytes` is not valid UTF-8.
    ///
    /// - Complexity: O(*n*).
    static func validate(_ bytes: ArraySlice<UInt8>) -> Result? {
        var nonASCII = false
        return bytes.withContiguousStorageIfAvailable { buf -> Result? in
            let n = buf.count
            var i = 0
            while i < n {
                let c = buf[i]
                if c < 0x80 {
                    i += 1
                    continue
                }
                nonASCII = true
                guard let (need, lo, hi) = lead(c), i + need < n else { return nil }
                let first = buf[i + 1]
                guard first >= lo, first <= hi else { return nil }
                var k = 2
                while k <= need {
                    guard buf[i + k] & 0xC0 == 0x80 else { return nil }
                    k += 1
                }
                i += need + 1
            }
            return Result(hasNonASCII: nonASCII)
        } ?? nil
    }
}

/// Windows-1252, the code page Norwegian Excel uses for "CSV (semikolondelt)".
enum Windows1252 {
    /// Unicode scalars for bytes 0x80–0x9F (the part that differs from Latin-1). The five bytes the code
    /// page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls, as the WHATWG
    /// encoding standard does.
    static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The Unicode scalar value of one Windows-1252 byte.
    static func scalar(_ byte: UInt8) -> UInt32 {
        (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
    }

    /// Converts Windows-1252 bytes to UTF-8 (already NFC: the code page has no combining marks).
    ///
    /// - Complexity: O(*n*).
    static func utf8(from bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 {
                out.append(b)
                continue
            }
            let v = scalar(b)
            if v < 0x800 {
                out.append(UInt8(0xC0 | (v >> 6)))
                out.append(UInt8(0x80 | (v & 0x3F)))
            } else {
                out.append(UInt8(0xE0 | (v >> 12)))
                out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
        return out
    }
}

/// Recognises common binary files that teachers pick by mistake (the workbook instead of its CSV).
enum BinarySignature {
    /// A binary file type (named for people by ``Strings/importBinaryFile(_:)``).
    enum Kind: Sendable, CaseIterable {
        /// An Excel workbook (.xlsx) or another zip archive.
        case zip
        /// An old Excel (.xls) or Word (.doc) file.
        case oleCompound
        case pdf, png, jpeg
    }

    /// The file type, or `nil` when the bytes do not start like a known binary format.
    static func detect(_ bytes: [UInt8]) -> Kind? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zip }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .oleCompound }
        if bytes.starts(with: Array("%PDF".utf8)) { return .pdf }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return .png }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        return nil
    }
}
