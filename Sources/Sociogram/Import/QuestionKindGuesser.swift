/// Guesses what a question measures from its text, in bokmål, nynorsk and English.
///
/// Words are compared by their beginning (`venn` matches `venner`, `vennene`); a pattern word ending in
/// `$` must match a whole word (`like$` does not match `likevel`). Negative patterns are checked first
/// ("Hvem vil du helst **ikke** være sammen med?" contains a positive phrase too), then prosocial, then
/// influence, then positive. A negation in front of a prosocial or influence phrase ("Who is not
/// kind?") gives `other` rather than a wrong guess.
enum QuestionKindGuesser {
    private typealias Pattern = [String]

    private static let negations: Set<String> = ["ikke", "ikkje", "not", "never", "aldri"]

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
    /// - Complexity: O(*w* · *p*) for *w* words in the text and *p* patterns (a few hundred steps).
    static func guess(_ text: String) -> QuestionKind? {
        let words = tokens(text)
        guard !words.isEmpty else { return nil }
        if words.contains(where: isNegatedLabel) || matchesAny(negative, words) { return .negative }
        let negated = words.contains { negations.contains($0) }
        let isPositive = matchesAny(positive, words)
        if negated && isPositive && !matchesAny(prosocial, words) && !matchesAny(influence, words) {
            return .negative
        }
        if matchesAny(prosocial, words) { return negated ? .other : .prosocial }
        if matchesAny(influence, words) { return negated ? .other : .influence }
        if isPositive { return negated ? .negative : .positive }
        return nil
    }

    /// Lowercased words; `n't` is read as `not`; anything that is not a letter or digit separates words.
    private static func tokens(_ text: String) -> [String] {
        let lowered = text.lowercased().replacingOccurrences(of: "n't", with: " not")
            .replacingOccurrences(of: "n’t", with: " not")
        return lowered.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// A compact label such as `notplay`, `not_like` (split already), `ikkeleke`.
    private static func isNegatedLabel(_ word: String) -> Bool {
        for prefix in ["not", "ikke", "ikkje"] where word.hasPrefix(prefix) && word.count > prefix.count + 2 {
            let rest = String(word.dropFirst(prefix.count))
            if matchesAny(positive, [rest]) { return true }
        }
        return false
    }

    private static func matchesAny(_ patterns: [Pattern], _ words: [String]) -> Bool {
        patterns.contains { matches($0, words) }
    }

    private static func matches(_ pattern: Pattern, _ words: [String]) -> Bool {
        guard pattern.count <= words.count else { return false }
        for start in 0...(words.count - pattern.count) {
            var ok = true
            for (k, p) in pattern.enumerated() {
                let w = words[start + k]
                let fits = p.hasSuffix("$") ? w == String(p.dropLast()) : w.hasPrefix(p)
                if !fits {
                    ok = false
                    break
                }
            }
            if ok { return true }
        }
        return false
    }
}
