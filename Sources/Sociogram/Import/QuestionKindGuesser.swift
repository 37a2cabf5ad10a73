/// Guesses what a question measures from its text, in bokmål, nynorsk and English.
///
/// Words are compared by their beginning (`venn` matches `venner`, `vennene`); a pattern word ending in
/// `$` must match a whole word (`like$` does not match `likevel`). Negative patterns are checked first
/// ("Hvem vil du helst **ikke** være sammen med?" contains a positive phrase too), then prosocial, then
/// influence, then positive. A negation in front of a prosocial or influence phrase ("Who is not
/// kind?") gives `other` rather than a wrong guess.
enum QuestionKindGuesser {
    private typealias Pattern = [String]

    private static let negations: Set<[UInt8]> = Set(["ikke", "ikkje", "not", "never", "aldri"].map { Array($0.utf8) })

    private static let negative: [Pattern] = [
        ["helst", "ikke$"], ["helst", "ikkje$"], ["rather", "not$"], ["dislike"], ["misliker"], ["mislikar"],
        ["liker", "minst$"], ["likar", "minst$"], ["like", "least$"], ["like$", "least$"], ["uvenn"],
        ["avoid"], ["unngå"], ["unngår"],
    ]
    private static let prosocial: [Pattern] = [
        ["hjelper"], ["hjelpar"], ["hjelpsom"], ["hjelpsam"], ["hjelpe", "andre$"], ["snill"], ["inkluder"],
        ["tar", "med$", "andre$"], ["tek", "med$", "andre$"], ["trøster"], ["trøystar"], ["støtter"],
        ["stør"], ["omtenksom"], ["grei", "mot$"], ["helps$"], ["help$", "others$"], ["helpful"], ["kind$"],
        ["includes$"], ["include$"], ["nice", "to$"], ["comfort"], ["prosocial"],
    ]
    private static let influence: [Pattern] = [
        ["bestemmer"], ["bestemmar"], ["hørt", "på$"], ["høyrd"], ["høyrt"], ["lytter", "til$"],
        ["lyttar", "til$"], ["hører", "på$"], ["høyrer", "på$"], ["leder$"], ["lederen"], ["ledere"],
        ["leiar"], ["sjef"], ["decides$"], ["decide$"], ["listened"], ["listen$", "to$"], ["leader"],
        ["influen"], ["populær"], ["popular"], ["makt"], ["power"], ["in", "charge$"], ["boss"],
    ]
    private static let positive: [Pattern] = [
        ["være", "sammen$"], ["vere", "saman$"], ["være", "med$"], ["vere", "med$"], ["sammen", "med$"],
        ["saman", "med$"], ["leke"], ["leike"], ["venn"], ["vener"], ["bestevenn"], ["kamerat"],
        ["liker$"], ["likar$"], ["like$"], ["likes$"], ["sitte"], ["sitje"], ["sit$"], ["sitting"],
        ["jobbe"], ["arbeide"], ["samarbeid"], ["friend"], ["get", "on$"], ["play"], ["work"],
        ["spend", "time$"], ["hang", "out$"], ["be$", "with$"], ["invitere"], ["invite"], ["bursdag"],
        ["birthday"], ["partner"], ["trives"],
    ]

    /// The guessed kind, or `nil` when nothing in the text is recognised (the caller defaults to positive).
    ///
    /// - Complexity: O(*w* · *p*) for *w* words in the text and *p* patterns (a few hundred byte comparisons).
    static func guess(_ text: String) -> QuestionKind? {
        let words = tokens(text).map { Array($0.utf8) }
        guard !words.isEmpty else { return nil }
        if words.contains(where: isNegatedLabel) || matches(.negative, words) { return .negative }
        let negated = words.contains { negations.contains($0) }
        let isProsocial = matches(.prosocial, words), isInfluence = matches(.influence, words)
        if isProsocial { return negated ? .other : .prosocial }
        if isInfluence { return negated ? .other : .influence }
        if matches(.positive, words) { return negated ? .negative : .positive }
        return nil
    }

    /// Lowercased words; `n't` is read as `not` (`don't` → `do not`); anything that is not a letter or
    /// digit separates words.
    private static func tokens(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            guard !current.isEmpty else { return }
            let word = String(current)
            current = String.UnicodeScalarView()
            if word == "t", let last = words.last, last.hasSuffix("n"), last.count > 2 {
                words[words.count - 1] = String(last.dropLast())
                words.append("not")
            } else {
                words.append(word)
            }
        }
        for u in text.lowercased().unicodeScalars {
            if u.properties.isAlphabetic || ("0"..."9").contains(u) { current.append(u) } else { flush() }
        }
        flush()
        return words
    }

    /// A compact label such as `notplay` or `ikkeleke`.
    private static func isNegatedLabel(_ word: [UInt8]) -> Bool {
        for prefix in ["not", "ikke", "ikkje"].map({ Array($0.utf8) })
        where word.starts(with: prefix) && word.count > prefix.count + 2 {
            if matches(.positive, [Array(word.dropFirst(prefix.count))]) { return true }
        }
        return false
    }

    /// A pattern word as UTF-8 bytes, and whether it must match a whole word.
    private struct Word {
        let bytes: [UInt8]
        let whole: Bool
        init(_ text: String) {
            whole = text.hasSuffix("$")
            bytes = Array((whole ? String(text.dropLast()) : text).utf8)
        }
        func fits(_ w: [UInt8]) -> Bool { whole ? w == bytes : w.starts(with: bytes) }
    }

    private enum Family: Int { case negative, prosocial, influence, positive }

    private static let compiled: [[[Word]]] = [negative, prosocial, influence, positive].map { list in
        list.map { $0.map(Word.init) }
    }

    /// Whether any pattern of the family occurs as consecutive words.
    private static func matches(_ family: Family, _ words: [[UInt8]]) -> Bool {
        compiled[family.rawValue].contains { pattern in
            guard pattern.count <= words.count else { return false }
            for start in 0...(words.count - pattern.count)
            where pattern.indices.allSatisfy({ pattern[$0].fits(words[start + $0]) }) {
                return true
            }
            return false
        }
    }
}
