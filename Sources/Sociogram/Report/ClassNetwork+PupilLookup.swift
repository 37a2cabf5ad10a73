/// Why a pupil named on the command line (`report --pupil`, `render --focus`) could not be found.
public struct PupilLookupError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// No pupil has this name, id or code (or only a close spelling, which is not taken on trust).
        case notFound
        /// Several pupils fit equally well (e.g. a first name two pupils share).
        case ambiguous
    }

    public let kind: Kind
    /// What the user wrote.
    public let written: String
    /// The closest pupils (network indices), best first: the ones that fit for ``Kind/ambiguous``.
    public let suggestions: [Int]
    /// The message, naming the suggestions by name (or by code in a pseudonymised run).
    public let message: String

    public var description: String { message }
}

extension ClassNetwork {
    /// The pupil a user means by `written`, matched like names in a survey but more strictly, because
    /// it decides whose data is shown: the exact name, id or code; then ignoring case, spacing and
    /// accents; then a first name (or first name and surname initial) only one pupil has. A close
    /// spelling is never taken on trust: it is offered instead.
    ///
    /// - Parameters:
    ///   - written: what the user typed.
    ///   - language: the language of the error message.
    ///   - pseudonymised: name suggestions by their code instead of their name.
    /// - Throws: ``PupilLookupError`` with the closest pupils (at most 3) when no pupil or several fit.
    /// - Complexity: O(*n* · *L*²) for *n* pupils with names of length *L*, only when nothing matches.
    public func pupil(
        matching written: String, language: Language = .en, pseudonymised: Bool = false
    ) throws(PupilLookupError) -> Int {
        let matcher = NameMatcher(pupils.map { NameMatcher.Candidate(name: $0.name, identifiers: [$0.id, $0.code]) })
        let s = Strings(language)
        let label: (Int) -> String = { pseudonymised ? self.pupils[$0].code : self.pupils[$0].name }
        switch matcher.match(written) {
        case .matched(let i, let method) where method != .closeSpelling:
            return i
        case .ambiguous(let hits):
            let sorted = hits.sorted { NameKey.norwegianOrder(label($0), label($1)) }
            throw PupilLookupError(
                kind: .ambiguous, written: written, suggestions: sorted,
                message: s.pupilAmbiguous(written, sorted.map(label)))
        default:
            let closest = closestPupils(to: written, limit: 3)
            throw PupilLookupError(
                kind: .notFound, written: written, suggestions: closest,
                message: s.pupilNotFound(written, closest.map(label)))
        }
    }

    /// The pupils whose names (or first names) are the fewest edits away from `written`, best first.
    func closestPupils(to written: String, limit: Int) -> [Int] {
        let key = NameKey.folded(written)
        let scored = pupils.indices.map { i -> (Int, Int) in
            let name = NameKey.normalised(pupils[i].name)
            let first = NameKey.tokens(name).first.map(String.init) ?? name
            let full = EditDistance.osa(key, NameKey.folded(normalised: name), limit: 64)
            let firstOnly = EditDistance.osa(key, NameKey.folded(normalised: first), limit: 64)
            let code = EditDistance.osa(key, NameKey.folded(pupils[i].code), limit: 64)
            return (min(full, firstOnly, code), i)
        }
        return scored.sorted { $0 < $1 }.prefix(limit).map(\.1)
    }
}
