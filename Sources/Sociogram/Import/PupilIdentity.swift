/// Stable ids and pseudonym codes for the pupils of a network.
enum PupilIdentity {
    /// Ids: the roster's `id`, otherwise `p1`, `p2`, … in order of appearance (skipping any id the
    /// roster already uses). Codes: the roster's `code`, otherwise `E01`, `E02`, … (zero-padded to the
    /// width of the pupil count, at least 2 digits) in Norwegian alphabetical order of the names (a–z,
    /// then æ, ø, å), so codes do not reveal the order of answers.
    ///
    /// - Complexity: O(*n* log *n*) for *n* pupils.
    static func assign(_ records: [NameResolver.Record], roster: Roster?) -> [Pupil] {
        let n = records.count
        let entries = roster?.entries ?? []
        var ids: [String?] = records.map { r in r.rosterIndex.flatMap { entries[$0].id } }
        var codes: [String?] = records.map { r in r.rosterIndex.flatMap { entries[$0].code } }
        let usedIDs = Set(ids.compactMap { $0 })
        var k = 0
        for i in 0..<n where ids[i] == nil {
            repeat { k += 1 } while usedIDs.contains("p\(k)")
            ids[i] = "p\(k)"
        }
        let usedCodes = Set(codes.compactMap { $0 })
        let width = max(2, String(n).count)
        let keys = records.map { NameKey.collation($0.name) }
        let uncoded = (0..<n).filter { codes[$0] == nil }.sorted { a, b in
            if keys[a] != keys[b] { return keys[a].lexicographicallyPrecedes(keys[b]) }
            let x = records[a], y = records[b]
            if x.name != y.name { return x.name < y.name }
            return (x.className ?? "") < (y.className ?? "")
        }
        var c = 0
        for i in uncoded {
            var code: String
            repeat {
                c += 1
                let digits = String(c)
                code = "E" + String(repeating: "0", count: max(0, width - digits.count)) + digits
            } while usedCodes.contains(code)
            codes[i] = code
        }
        return records.indices.map { i in
            let r = records[i]
            return Pupil(
                id: ids[i] ?? "p\(i + 1)", name: r.name, code: codes[i] ?? "E\(i + 1)", gender: r.gender,
                className: r.className, responded: r.responded)
        }
    }
}
