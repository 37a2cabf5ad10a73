import Foundation

/// The keys names are compared by: the rungs of the name-matching ladder and Norwegian alphabetical order.
///
/// All functions work on Unicode scalars (never on `Character`s, whose grapheme breaking is slow) and
/// call Foundation's canonical decomposition at most once per string, only for non-ASCII text.
enum NameKey {
    /// Whitespace runs collapsed to one space, trimmed (Unicode whitespace, including no-break space), and
    /// invisible format characters removed (see ``isInvisible(_:)``), so that two names that look the same
    /// are the same name and no bidi override reaches an output or a terminal.
    ///
    /// - Complexity: O(*n*); returns the string itself when nothing changes.
    static func collapsed(_ s: String) -> String {
        var needsWork = false
        var previousSpace = true
        for u in s.unicodeScalars {
            let space = isSpace(u)
            if space && (previousSpace || u != " ") || isInvisible(u) { needsWork = true; break }
            previousSpace = space
        }
        if !needsWork && !previousSpace { return s }
        var out = String.UnicodeScalarView()
        var pending = false
        for u in s.unicodeScalars {
            if isInvisible(u) { continue }
            if isSpace(u) {
                pending = !out.isEmpty
            } else {
                if pending { out.append(" ") }
                pending = false
                out.append(u)
            }
        }
        return String(out)
    }

    /// Invisible format characters (Unicode category Cf): bidi embeddings, overrides, isolates and marks
    /// (U+202A–202E, U+2066–2069, U+200E/F, U+061C), zero-width space U+200B, word joiner U+2060, a
    /// byte-order mark inside the text U+FEFF, soft hyphen U+00AD — except the zero-width (non-)joiners
    /// U+200C/U+200D that some scripts and emoji need. The same set the diagrams leave out.
    @inline(__always)
    static func isInvisible(_ u: Unicode.Scalar) -> Bool {
        guard u.value >= 0xAD, u.value != 0x200C, u.value != 0x200D else { return false }
        return u.properties.generalCategory == .format
    }

    /// Whether a scalar is whitespace (ASCII fast path).
    @inline(__always)
    static func isSpace(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x80 ? (u == " " || (u.value >= 0x09 && u.value <= 0x0D)) : u.properties.isWhitespace
    }

    /// The "normalised" rung: lowercased, hyphens read as spaces, whitespace collapsed, and accents
    /// removed (`é` → `e`, `ü` → `u`) — but `å`, `æ` and `ø` are letters of their own in Norwegian
    /// and are kept (see ``folded(_:)`` for those).
    static func normalised(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in baseLetters(s.lowercased()) {
            out.append(u == "-" ? " " : u)
        }
        return collapsed(String(out))
    }

    /// The scalars of `s` with combining marks removed, except that `a` + ring above stays `å`.
    private static func baseLetters(_ s: String) -> [Unicode.Scalar] {
        // Fast path: ASCII and the Norwegian letters have nothing to decompose (å is kept as it is).
        if s.unicodeScalars.allSatisfy({ $0.value < 0x80 || norwegianLetters.contains($0.value) }) {
            return Array(s.unicodeScalars)
        }
        var out: [Unicode.Scalar] = []
        for u in s.decomposedStringWithCanonicalMapping.unicodeScalars {
            if isCombiningMark(u) {
                if u.value == 0x030A, let last = out.last, last == "a" || last == "A" {
                    out[out.count - 1] = last == "a" ? "å" : "Å"
                }
                continue
            }
            out.append(u)
        }
        return out
    }

    /// æ ø å Æ Ø Å: precomposed letters with no canonical decomposition that matters here.
    private static let norwegianLetters: Set<UInt32> = [0xE6, 0xF8, 0xE5, 0xC6, 0xD8, 0xC5]

    /// The "close spelling" key: ``normalised(_:)`` with the Norwegian letters spelt the way a keyboard
    /// without them would (`æ` → `ae`, `ø` → `o`, `å` → `a`) and `aa` read as `å`, so `Åse`/`Aase`,
    /// `Jørgen`/`Jorgen` and `Bjørn`/`Bjorn` have the same key.
    static func folded(_ s: String) -> [Unicode.Scalar] { folded(normalised: normalised(s)) }

    /// ``folded(_:)`` of a name that is already ``normalised(_:)``.
    static func folded(normalised: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for scalar in normalised.unicodeScalars {
            switch scalar {
            case "æ": out.append("a"); out.append("e")
            case "ø": out.append("o")
            case "å": out.append("a")
            case "a" where out.last == "a": continue  // "aa" is the old spelling of "å"
            default: out.append(scalar)
            }
        }
        return out
    }

    /// The number of letters in a key (what the close-spelling tolerance is based on).
    static func letterCount(_ key: [Unicode.Scalar]) -> Int {
        key.reduce(0) { $0 + ($1.properties.isAlphabetic ? 1 : 0) }
    }

    /// The whitespace-separated words of a normalised name.
    static func tokens(_ normalisedName: String) -> [Substring] {
        normalisedName.split(separator: " ")
    }

    private static func isCombiningMark(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x300 { return false }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// A sort key for Norwegian alphabetical order: a–z, then æ, ø, å (ä sorts as æ, ö as ø, ü as y),
    /// other accents ignored, case ignored, digits before letters.
    static func collation(_ s: String) -> [UInt32] {
        let lower = s.lowercased()
        let simple = lower.unicodeScalars.allSatisfy { $0.value < 0x80 || norwegianLetters.contains($0.value) }
        let scalars = simple
            ? Array(lower.unicodeScalars) : Array(lower.decomposedStringWithCanonicalMapping.unicodeScalars)
        var key: [UInt32] = []
        key.reserveCapacity(scalars.count)
        for u in scalars {
            switch u {
            case "æ": key.append(127)
            case "ø": key.append(128)
            case "å": key.append(129)
            case "\u{030A}" where key.last == 101: key[key.count - 1] = 129  // a + ring = å
            case "\u{0308}" where key.last == 101: key[key.count - 1] = 127  // ä sorts as æ
            case "\u{0308}" where key.last == 115: key[key.count - 1] = 128  // ö sorts as ø
            case "\u{0308}" where key.last == 121: key[key.count - 1] = 125  // ü sorts as y
            case "a"..."z": key.append(u.value - 97 + 101)
            case "0"..."9": key.append(u.value - 48 + 10)
            default:
                if isCombiningMark(u) { continue }
                key.append(isSpace(u) ? 1 : 1000 + u.value)
            }
        }
        return key
    }

    /// Whether `a` sorts before `b` in Norwegian alphabetical order (ties broken by the raw text).
    /// For sorting many names, precompute ``collation(_:)`` once per name instead.
    static func norwegianOrder(_ a: String, _ b: String) -> Bool {
        let ka = collation(a), kb = collation(b)
        if ka != kb { return ka.lexicographicallyPrecedes(kb) }
        return a < b
    }
}
