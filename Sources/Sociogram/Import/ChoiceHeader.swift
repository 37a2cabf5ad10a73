/// A question column header split into the question text (stem) and a choice number, if any:
/// `Hvem vil du være sammen med? [Valg 1]`, `… - valg 2`, `… (3)`, `Choice 3`, `1. valg`, `Venn 2`.
struct ChoiceHeader: Sendable, Hashable {
    /// The question text without the choice suffix (may be empty: `Valg 2`).
    let stem: String
    /// The choice number (rank), when the header has one.
    let choice: Int?
    /// Whether the number came with a choice word or brackets (`[Valg 1]`, `(1)`, `valg 2`), rather than
    /// a bare trailing number (`Venn 2`), which only counts when the stem occurs with several numbers.
    let explicit: Bool

    private static let choiceWords: Set<String> = [
        "valg", "val", "choice", "option", "alternativ", "alt", "vel", "velg", "pick", "rank", "rang",
    ]

    /// Parses a header.
    init(_ header: String) {
        let text = NameKey.collapsed(header)
        if let (stem, n) = Self.bracketSuffix(text) {
            self.init(stem: stem, choice: n, explicit: true)
            return
        }
        var tokens = text.split(separator: " ").map(String.init)
        // "… valg 2", "… - Choice 3", "… valg nr. 2"
        if tokens.count >= 2, let n = Self.number(tokens[tokens.count - 1]) {
            var k = tokens.count - 2
            if ["nr", "nr.", "no", "no.", "#"].contains(tokens[k].lowercased()), k > 0 { k -= 1 }
            if Self.choiceWords.contains(Self.word(tokens[k])) {
                tokens.removeSubrange(k...)
                self.init(stem: Self.cleanStem(tokens), choice: n, explicit: true)
                return
            }
            tokens.removeLast()
            self.init(stem: Self.cleanStem(tokens), choice: n, explicit: false)
            return
        }
        // "… 1. valg"
        if tokens.count >= 2, Self.choiceWords.contains(Self.word(tokens[tokens.count - 1])),
            let n = Self.number(tokens[tokens.count - 2])
        {
            tokens.removeLast(2)
            self.init(stem: Self.cleanStem(tokens), choice: n, explicit: true)
            return
        }
        // "1. valg - …", "Valg 1: …"
        if tokens.count >= 2 {
            if let n = Self.number(tokens[0]), Self.choiceWords.contains(Self.word(tokens[1])) {
                self.init(stem: Self.cleanStem(Array(tokens.dropFirst(2))), choice: n, explicit: true)
                return
            }
            if Self.choiceWords.contains(Self.word(tokens[0])), let n = Self.number(tokens[1]) {
                self.init(stem: Self.cleanStem(Array(tokens.dropFirst(2))), choice: n, explicit: true)
                return
            }
        }
        if tokens.count == 1, let n = Self.number(tokens[0]) {
            self.init(stem: "", choice: n, explicit: false)
            return
        }
        self.init(stem: Self.cleanStem(tokens), choice: nil, explicit: false)
    }

    init(stem: String, choice: Int?, explicit: Bool) {
        self.stem = stem
        self.choice = choice
        self.explicit = explicit
    }

    /// `[Valg 1]`, `[1]`, `(1)`, `(valg 1)`, `[Choice 2]`, `(1. valg)` at the end.
    private static func bracketSuffix(_ text: String) -> (String, Int)? {
        guard let last = text.last, last == "]" || last == ")" else { return nil }
        let open: Character = last == "]" ? "[" : "("
        guard let openIndex = text.lastIndex(of: open) else { return nil }
        let inner = text[text.index(after: openIndex)..<text.index(before: text.endIndex)]
        let parts = inner.split(separator: " ").map(String.init)
        var n: Int? = nil
        switch parts.count {
        case 1: n = number(parts[0])
        case 2:
            if choiceWords.contains(word(parts[0])) { n = number(parts[1]) }
            else if choiceWords.contains(word(parts[1])) { n = number(parts[0]) }
        case 3:
            if choiceWords.contains(word(parts[0])), ["nr", "nr.", "no."].contains(parts[1].lowercased()) {
                n = number(parts[2])
            }
        default: break
        }
        guard let n else { return nil }
        return (cleanStem(String(text[..<openIndex]).split(separator: " ").map(String.init)), n)
    }

    /// `2`, `2.`, `2:` (1 to 99) as a number.
    private static func number(_ token: String) -> Int? {
        var t = Substring(token)
        while let l = t.last, l == "." || l == ":" || l == ")" { t = t.dropLast() }
        guard !t.isEmpty, t.count <= 2, t.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(t), n >= 1
        else { return nil }
        return n
    }

    private static func word(_ token: String) -> String {
        var t = token.lowercased()
        while let l = t.last, !l.isLetter { t.removeLast() }
        while let f = t.first, !f.isLetter { t.removeFirst() }
        return t
    }

    /// Joins the stem's words and removes separators left at either end (`-`, `–`, `:`, `|`, `,`).
    private static func cleanStem(_ tokens: [String]) -> String {
        var s = tokens.joined(separator: " ")
        let junk: Set<Character> = ["-", "–", "—", ":", "|", ",", " ", "/"]
        while let l = s.last, junk.contains(l) { s.removeLast() }
        while let f = s.first, junk.contains(f) { s.removeFirst() }
        return s
    }
}
