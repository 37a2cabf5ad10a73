/// A pupil named on the command line (`--pupil`, `--focus`, `--apart`, `--absent`) that matches no one,
/// or more than one pupil. The command line maps it to exit code 2.
public struct PupilLookupError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was typed.
    public let written: String
    /// Whether several pupils matched (rather than none).
    public let ambiguous: Bool
    /// Up to three closest names (or codes in pseudonymised runs), to offer instead.
    public let closest: [String]

    public var description: String {
        (ambiguous ? "“\(written)” matches more than one pupil." : "No pupil is called “\(written)”.")
            + (closest.isEmpty ? "" : " Closest: \(closest.joined(separator: ", ")).")
    }
}

extension ClassNetwork {
    /// The pupil a command-line name refers to, by the importer's matching ladder: id, code or name
    /// exactly; then ignoring case, spacing and accents; then æ/ø/å folded (`Jorgen` = `Jørgen`); then
    /// a unique first name.
    ///
    /// - Parameter pseudonymised: offer codes instead of names in the error.
    /// - Throws: ``PupilLookupError`` naming up to three closest pupils when nothing or more than one matches.
    /// - Complexity: O(*n* · *L*²) for *n* pupils with names of length *L*.
    public func pupilIndex(matching text: String, pseudonymised: Bool = false) throws(PupilLookupError) -> Int {
        let wanted = NameKey.collapsed(text.precomposedStringWithCanonicalMapping)
        if let exact = pupils.firstIndex(where: { $0.id == wanted || $0.code == wanted || $0.name == wanted }) {
            return exact
        }
        let key = NameKey.normalised(wanted)
        let rungs: [(Pupil) -> Bool] = [
            { NameKey.normalised($0.name) == key || NameKey.normalised($0.code) == key },
            { NameKey.folded($0.name) == NameKey.folded(wanted) },
            { NameKey.tokens(NameKey.normalised($0.name)).first.map(String.init) == key },
        ]
        var ambiguous = false
        for rung in rungs {
            let hits = pupils.indices.filter { rung(pupils[$0]) }
            if hits.count == 1 && !ambiguous { return hits[0] }
            if hits.count > 1 { ambiguous = true }
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
        throw PupilLookupError(written: text, ambiguous: ambiguous, closest: closest)
    }
}
