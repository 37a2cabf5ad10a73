/// A pupil named on the command line (`--pupil`, `--focus`, `--apart`, `--absent`) that matches no one,
/// or more than one pupil. The command line maps it to exit code 2.
public struct PupilLookupError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was typed.
    public let written: String
    /// Whether several pupils matched (rather than none).
    public let ambiguous: Bool
    /// Up to three closest names (or codes in pseudonymised runs), to offer instead; when several pupils
    /// fit, all of them with their id (or code) and class, so the user can write the one they mean.
    public let closest: [String]

    /// What went wrong and whom to write instead, in `language`.
    public func message(_ language: Language) -> String { Strings(language).pupilNotFound(self) }

    /// The message in English.
    public var description: String { message(.en) }
}

extension ClassNetwork {
    /// The pupil a command-line name refers to, by the importer's matching ladder: id or code; then the
    /// name exactly; then ignoring case, spacing and accents; then æ/ø/å folded (`Jorgen` = `Jørgen`);
    /// then a unique first name. On each rung, more than one fitting pupil is an error, never a guess.
    ///
    /// - Parameter pseudonymised: offer codes instead of names in the error.
    /// - Throws: ``PupilLookupError`` naming up to three closest pupils when nothing or more than one matches.
    /// - Complexity: O(*n* · *L*²) for *n* pupils with names of length *L*.
    public func pupilIndex(matching text: String, pseudonymised: Bool = false) throws(PupilLookupError) -> Int {
        let wanted = NameKey.collapsed(text.precomposedStringWithCanonicalMapping)
        // Ids and codes are unique; a name need not be (two "Emma Hansen" in a grade).
        if let exact = pupils.firstIndex(where: { $0.id == wanted || $0.code == wanted }) { return exact }
        let key = NameKey.normalised(wanted)
        let rungs: [(Pupil) -> Bool] = [
            { $0.name == wanted },
            { NameKey.normalised($0.name) == key || NameKey.normalised($0.code) == key },
            { NameKey.folded($0.name) == NameKey.folded(wanted) },
            { NameKey.tokens(NameKey.normalised($0.name)).first.map(String.init) == key },
        ]
        for rung in rungs {
            let hits = pupils.indices.filter { rung(pupils[$0]) }
            if hits.count == 1 { return hits[0] }
            if hits.count > 1 {
                // Several pupils fit equally well: offer them with what tells them apart.
                let described = hits.map { i -> String in
                    let p = pupils[i]
                    let who = pseudonymised ? p.code : "\(p.name), id \(p.id)"
                    return p.className.map { "\(who) (\($0))" } ?? who
                }
                throw PupilLookupError(written: text, ambiguous: true, closest: described)
            }
        }
        let target = NameKey.folded(wanted)
        let label: (Pupil) -> String = { pseudonymised ? $0.code : $0.name }
        func distance(_ p: Pupil) -> Int {
            let first = NameKey.tokens(NameKey.normalised(p.name)).first.map { NameKey.folded(String($0)) } ?? []
            return min(
                EditDistance.osa(NameKey.folded(p.name), target, limit: 1000),
                EditDistance.osa(first, target, limit: 1000), EditDistance.osa(NameKey.folded(p.code), target, limit: 1000))
        }
        let closest = pupils.map { p in (p, distance(p)) }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : label($0.0) < label($1.0) }
            .prefix(3).map { label($0.0) }
        throw PupilLookupError(written: text, ambiguous: false, closest: closest)
    }
}
