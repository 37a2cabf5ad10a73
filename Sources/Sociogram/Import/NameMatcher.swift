/// Matches names as pupils wrote them against a list of known names (the roster, or the respondents).
///
/// The ladder, first hit wins: **exact** (after NFC; a roster id or code written instead of the name
/// counts as exact) → **normalised** (case, whitespace, hyphens, accents: `kari  nordmann` = `Kari
/// Nordmann`, `Andre` = `André`) → **first name** (`Kari` when only one pupil is called Kari; `Kari N.`
/// when only one Kari's surname starts with N) → **close spelling** (Norwegian letters folded — `Åse`/`Aase`,
/// `Jørgen`/`Jorgen` — then at most 1 edit for names of 4–7 letters and 2 edits from 8 letters, names of
/// 3 letters or fewer only when the folded spellings agree; the unique nearest candidate). Two or more
/// equally good candidates on a rung make the name ambiguous: it is reported, never guessed.
struct NameMatcher: Sendable {
    /// A known name and the identifiers (roster id, code) that may be written instead of it.
    struct Candidate: Sendable {
        let name: String
        let identifiers: [String]

        init(name: String, identifiers: [String] = []) {
            self.name = name
            self.identifiers = identifiers
        }
    }

    /// What the matcher decided for one written name.
    enum Outcome: Sendable, Equatable {
        case matched(Int, MatchMethod)
        /// Several candidates fit equally well (indices into the candidate list).
        case ambiguous([Int])
        case unmatched
    }

    /// How far down the ladder to go.
    enum Depth: Sendable {
        /// Exact and normalised only (edge lists without a roster: every distinct label is a pupil).
        case normalised
        /// All four rungs.
        case full
    }

    let candidates: [Candidate]
    let depth: Depth
    private var exact: [String: [Int]] = [:]
    private var normal: [String: [Int]] = [:]
    private var firstNames: [String: [Int]] = [:]
    private var lastNames: [String] = []
    private var foldedNames: [[Unicode.Scalar]] = []
    private var foldedFirst: [[Unicode.Scalar]] = []

    /// Prepares the lookup tables.
    ///
    /// - Complexity: O(*n*) for *n* candidates.
    init(_ candidates: [Candidate], depth: Depth = .full) {
        self.candidates = candidates
        self.depth = depth
        for (i, c) in candidates.enumerated() {
            exact[c.name, default: []].append(i)
            for id in c.identifiers where !id.isEmpty && id != c.name {
                exact[id, default: []].append(i)
            }
            let norm = NameKey.normalised(c.name)
            normal[norm, default: []].append(i)
            let tokens = NameKey.tokens(norm)
            let first = tokens.first.map(String.init) ?? norm
            firstNames[first, default: []].append(i)
            lastNames.append(tokens.count > 1 ? String(tokens[tokens.count - 1]) : "")
            foldedNames.append(NameKey.folded(normalised: norm))
            foldedFirst.append(NameKey.folded(normalised: first))
        }
    }

    /// Matches one written name.
    ///
    /// - Complexity: O(1) expected for the first three rungs; the close-spelling rung is O(*n* · *L*²)
    ///   for *n* candidates of length *L* (callers cache results per distinct written name).
    func match(_ written: String) -> Outcome {
        let trimmed = NameKey.collapsed(written)
        guard !trimmed.isEmpty else { return .unmatched }
        if let hit = exact[written] { return decide(hit, .exact) }
        let norm = NameKey.normalised(trimmed)
        if let hit = normal[norm] { return decide(hit, .normalised) }
        guard depth == .full else { return .unmatched }
        let tokens = NameKey.tokens(norm)
        if tokens.count == 1, let hit = firstNames[norm] { return decide(hit, .firstName) }
        if tokens.count == 2, let initial = initialLetter(tokens[1]), let hit = firstNames[String(tokens[0])] {
            let fitting = hit.filter { lastNames[$0].first == initial }
            if !fitting.isEmpty { return decide(fitting, .firstName) }
        }
        return closeSpelling(norm, singleWord: tokens.count == 1)
    }

    private func decide(_ hits: [Int], _ method: MatchMethod) -> Outcome {
        hits.count == 1 ? .matched(hits[0], method) : .ambiguous(hits)
    }

    /// `N` or `N.` as a surname initial.
    private func initialLetter(_ token: Substring) -> Character? {
        let t = token.hasSuffix(".") ? token.dropLast() : token
        guard t.count == 1, let c = t.first, c.isLetter else { return nil }
        return c
    }

    private func closeSpelling(_ normalisedWritten: String, singleWord: Bool) -> Outcome {
        let key = NameKey.folded(normalised: normalisedWritten)
        let letters = NameKey.letterCount(key)
        let limit = letters <= 3 ? 0 : (letters < 8 ? 1 : 2)
        var best = limit + 1
        var hits: [Int] = []
        for i in candidates.indices {
            var d = EditDistance.osa(key, foldedNames[i], limit: min(limit, best))
            if singleWord {
                d = min(d, EditDistance.osa(key, foldedFirst[i], limit: min(limit, best)))
            }
            if d < best {
                best = d
                hits = [i]
            } else if d == best, d <= limit {
                hits.append(i)
            }
        }
        guard best <= limit else { return .unmatched }
        return decide(hits, .closeSpelling)
    }
}
