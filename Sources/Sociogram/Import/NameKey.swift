import Foundation

/// The keys names are compared by: the rungs of the name-matching ladder and Norwegian alphabetical order.
enum NameKey {
    /// Whitespace runs collapsed to one space, trimmed (Unicode whitespace, including no-break space).
    static func collapsed(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The "normalised" rung: lowercased, hyphens read as spaces, whitespace collapsed, and accents
    /// removed (`é` → `e`, `ü` → `u`) — but `å`, `æ` and `ø` are letters of their own in Norwegian
    /// and are kept (see ``folded(_:)`` for those).
    static func normalised(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.lowercased().unicodeScalars {
            if scalar.value < 0x80 {
                out.append(scalar == "-" ? " " : scalar)
            } else if scalar == "å" || scalar == "æ" || scalar == "ø" {
                out.append(scalar)
            } else if scalar.properties.isWhitespace {
                out.append(" ")
            } else {
                for d in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
                where !isCombiningMark(d) {
                    out.append(d)
                }
            }
        }
        return collapsed(String(out))
    }

    /// The "close spelling" key: ``normalised(_:)`` with the Norwegian letters spelt the way a keyboard
    /// without them would (`æ` → `ae`, `ø` → `o`, `å` → `a`) and `aa` read as `å`, so `Åse`/`Aase`,
    /// `Jørgen`/`Jorgen` and `Bjørn`/`Bjorn` have the same key.
    static func folded(_ s: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for scalar in normalised(s).unicodeScalars {
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
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// A sort key for Norwegian alphabetical order: a–z, then æ, ø, å (ä sorts as æ, ö as ø, ü as y),
    /// accents otherwise ignored, case ignored.
    static func collation(_ s: String) -> [UInt32] {
        var key: [UInt32] = []
        for scalar in s.lowercased().unicodeScalars {
            switch scalar {
            case "æ", "ä": key.append(27)
            case "ø", "ö": key.append(28)
            case "å": key.append(29)
            case "ü": key.append(25)
            default:
                for d in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
                where !isCombiningMark(d) {
                    if ("a"..."z").contains(d) {
                        key.append(d.value - 96)
                    } else if d.properties.isWhitespace {
                        key.append(0)
                    } else {
                        key.append(100 + d.value)
                    }
                }
            }
        }
        return key
    }

    /// Whether `a` sorts before `b` in Norwegian alphabetical order (ties broken by the raw text).
    static func norwegianOrder(_ a: String, _ b: String) -> Bool {
        let ka = collation(a), kb = collation(b)
        if ka != kb { return ka.lexicographicallyPrecedes(kb) }
        return a < b
    }
}
