/// The score of a seating plan, part by part (higher is better). Hard rules count as violations; a plan
/// with a violation is always worse than one without (each costs ``SeatingObjective/hardCost``).
///
/// Soft parts, in points (see `docs/seating.md`):
/// - `beside`: a pupil who sits beside (same table or next seat) someone they chose: 10 points, 20 if
///   chosen by one classmate, 30 if chosen by none — the least-chosen pupils first;
/// - `closeness`: each choice 3 / 2 / 1 points for the chosen classmate at the same table / beside /
///   in front or behind, +1 more for each of a mutual pair at one table;
/// - `support`: 6 points for a pupil chosen by at most one classmate beside a prosocial, well-liked
///   classmate (only with a prosocial question);
/// - `gender` (with `--mix-gender`): −3 per pupil a table is beyond an even mix (one more allowed);
/// - `clique`: −2 per mutual pair beyond three at one table;
/// - `repeat` (rotations): −8 per desk-mate pair already desk-mates in an earlier rotation.
public struct SeatingObjective: Sendable, Hashable, Codable {
    public var violations = 0
    public var beside = 0
    public var closeness = 0
    public var support = 0
    public var gender = 0
    public var clique = 0
    public var repeated = 0

    /// What one hard violation costs in the search.
    public static let hardCost = 10_000

    /// The soft total.
    public var soft: Int { beside + closeness + support + gender + clique + repeated }
    /// The value the search maximises.
    public var total: Int { soft - violations * Self.hardCost }

    /// Whether seats `a` and `b` are beside each other: the same table, or next to each other in a row.
    static func beside(_ a: Int, _ b: Int, _ room: Room) -> Bool {
        room.neighbours.kind(a, b).map { $0 >= .beside } ?? false
    }

    /// Scores `seatOf` (pupil → seat) in `room`.
    ///
    /// - Complexity: O(*m* · *d* + *s*²/*t*) for *m* choices, *d* neighbours per seat.
    public static func score(_ seatOf: [Int], room: Room, problem p: SeatingProblem) -> SeatingObjective {
        var o = SeatingObjective()
        var pupilAt = Array(repeating: -1, count: room.capacity)
        for (i, s) in seatOf.enumerated() { pupilAt[s] = i }
        let nb = room.neighbours
        for pair in p.apart where nb.kind(seatOf[pair.a], seatOf[pair.b]) != nil { o.violations += 1 }
        for pair in p.together where !beside(seatOf[pair.a], seatOf[pair.b], room) { o.violations += 1 }
        for (i, f) in p.fixed {
            switch f {
            case .seat(let s): if seatOf[i] != s { o.violations += 1 }
            case .front: if room.seats[seatOf[i]].row != room.seats[room.frontSeats.first ?? 0].row { o.violations += 1 }
            }
        }
        for i in 0..<p.count {
            var besideChosen = false, besideSupporter = false
            for (s, kind) in nb.of[seatOf[i]] {
                let j = pupilAt[s]
                guard j >= 0 else { continue }
                if p.choices[i].contains(j) {
                    o.closeness += kind.weight
                    if kind >= .beside { besideChosen = true }
                    if kind == .table, p.choices[j].contains(i) { o.closeness += 1 }
                }
                if kind >= .beside, p.supporters.contains(j) { besideSupporter = true }
            }
            if besideChosen { o.beside += 10 * (1 + max(0, 2 - p.received[i])) }
            if p.wantsSupporter(i), besideSupporter { o.support += 6 }
        }
        for table in room.tables {
            let pupils = table.map { pupilAt[$0] }.filter { $0 >= 0 }
            var mutualPairs = 0
            for (x, a) in pupils.enumerated() {
                for b in pupils[(x + 1)...] {
                    if p.choices[a].contains(b), p.choices[b].contains(a) { mutualPairs += 1 }
                    if let k = p.earlierDeskMates[GroupingProblem.Pair(a, b)] { o.repeated -= 8 * k }
                }
            }
            o.clique -= 2 * max(0, mutualPairs - 3)
            if p.mixGender, pupils.count >= 2 {
                let girls = pupils.filter { p.genders[$0] == .girl }.count, boys = pupils.filter { p.genders[$0] == .boy }.count
                o.gender -= 3 * max(0, abs(girls - boys) - 1)
            }
        }
        return o
    }
}
