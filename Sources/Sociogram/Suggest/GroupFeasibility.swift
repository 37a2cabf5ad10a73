extension GroupSearch {
    /// The pupils (problem indices) who cannot have a friend in their group in any grouping, and why:
    /// no tie to anyone present, or every tie partner must be kept apart from them (a negative or
    /// `apart` pair with the partner or with someone kept together with either of them), or the two
    /// keep-together units are too large to share a group.
    ///
    /// - Complexity: O(*n*² · *t*²) for units of at most *t* pupils.
    func provenFriendless() -> [Int: UnmetConstraint.Detail] {
        let n = eval.n
        var result: [Int: UnmetConstraint.Detail] = [:]
        for i in 0..<n {
            let partners = (0..<n).filter { $0 != i && eval.covers[i * n + $0] }
            guard !partners.isEmpty else {
                result[i] = .noTieToAnyonePresent
                continue
            }
            let mine = units.members[units.unitOf[i]]
            let possible = partners.contains { j in
                let uj = units.unitOf[j]
                if uj == units.unitOf[i] { return true }
                let theirs = units.members[uj]
                guard mine.count + theirs.count <= problem.maxSize else { return false }
                return !mine.contains { a in theirs.contains { b in eval.conflict[a * n + b] } }
            }
            if !possible { result[i] = .allTiesKeptApart }
        }
        return result
    }

    /// Whether `a` and `b` are in the same keep-together unit.
    func sameUnit(_ a: Int, _ b: Int) -> Bool { units.unitOf[a] == units.unitOf[b] }
}
