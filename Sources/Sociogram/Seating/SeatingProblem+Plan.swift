extension SeatingProblem {
    /// Checks the plan `seatOf` against every hard rule and wish and returns the plan with its score.
    ///
    /// - Complexity: O(*m* · *d* + *p*) for *m* choices and *p* apart pairs.
    public func plan(_ seatOf: [Int], room: Room) -> SeatingPlan {
        let nb = room.neighbours
        var unmet: [SeatingUnmet] = []
        var pupilAt = Array(repeating: -1, count: room.capacity)
        for (i, s) in seatOf.enumerated() { pupilAt[s] = i }
        for pair in apart where nb.kind(seatOf[pair.a], seatOf[pair.b]) != nil {
            unmet.append(SeatingUnmet(kind: .apart, pupils: [pair.a, pair.b], reason: .notFound))
        }
        for pair in together where !SeatingObjective.beside(seatOf[pair.a], seatOf[pair.b], room) {
            unmet.append(SeatingUnmet(kind: .together, pupils: [pair.a, pair.b], reason: .notFound))
        }
        let frontRow = room.frontSeats.first.map { room.seats[$0].row }
        let frontWanted = fixed.values.filter { $0 == .front }.count
        for i in fixed.keys.sorted() {
            guard let f = fixed[i] else { continue }
            switch f {
            case .seat(let s) where seatOf[i] != s:
                unmet.append(SeatingUnmet(kind: .fixed, pupils: [i], reason: .notFound))
            case .front where room.seats[seatOf[i]].row != frontRow:
                unmet.append(SeatingUnmet(kind: .fixed, pupils: [i], reason: frontWanted > room.frontSeats.count ? .frontRowFull : .notFound))
            default: break
            }
        }
        let apartSet = Set(apart)
        for i in 0..<count {
            let beside = nb.of[seatOf[i]].contains { s, kind in
                kind >= .beside && pupilAt[s] >= 0 && choices[i].contains(pupilAt[s])
            }
            guard !beside else { continue }
            let reason: SeatingUnmet.Reason = choices[i].isEmpty
                ? .noChoices
                : choices[i].allSatisfy { apartSet.contains(GroupingProblem.Pair(i, $0)) } ? .allChosenApart : .notFound
            unmet.append(SeatingUnmet(kind: .besideChosen, pupils: [i], reason: reason))
        }
        return SeatingPlan(seatOf: seatOf, objective: SeatingObjective.score(seatOf, room: room, problem: self), unmet: unmet)
    }
}
