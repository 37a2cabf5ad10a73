/// One seating plan (one rotation): a seat per pupil, the score part by part, and what it could not meet.
public struct SeatingPlan: Sendable, Hashable {
    /// `seatOf[i]`: the seat index (into ``Room/seats``) of pupil `i` of the problem.
    public let seatOf: [Int]
    public let objective: SeatingObjective
    public let unmet: [SeatingUnmet]

    /// Pupils (problem indices) at each table, tables in order, seats in order.
    public func tables(in room: Room) -> [[Int]] {
        var pupilAt = Array(repeating: -1, count: room.capacity)
        for (i, s) in seatOf.enumerated() { pupilAt[s] = i }
        return room.tables.map { $0.map { pupilAt[$0] }.filter { $0 >= 0 } }
    }

    /// Every pair of pupils who are neighbours, with how.
    public func neighbourPairs(in room: Room) -> [(a: Int, b: Int, kind: SeatNeighbours.Kind)] {
        var pupilAt = Array(repeating: -1, count: room.capacity)
        for (i, s) in seatOf.enumerated() { pupilAt[s] = i }
        return room.neighbours.pairs.compactMap { p in
            let a = pupilAt[p.a], b = pupilAt[p.b]
            return a >= 0 && b >= 0 ? (min(a, b), max(a, b), p.kind) : nil
        }
    }
}

/// A rule or wish a seating plan does not meet, with the reason.
public struct SeatingUnmet: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A pair that must be apart sits as neighbours (hard rule).
        case apart
        /// A pupil is not at the fixed seat or in the front row as asked (hard rule).
        case fixed
        /// A pair that must sit beside each other does not (hard rule).
        case together
        /// A pupil sits beside nobody they chose.
        case besideChosen
    }

    public enum Reason: String, Sendable, Hashable, Codable {
        /// The pupil chose nobody present.
        case noChoices
        /// Everyone the pupil chose must be kept apart from them.
        case allChosenApart
        /// More pupils were asked to sit at the front than the front row has seats.
        case frontRowFull
        /// The search found no plan meeting it together with the rest; one may exist.
        case notFound
    }

    public let kind: Kind
    /// Problem indices of the pupils concerned.
    public let pupils: [Int]
    public let reason: Reason
    /// Whether the rule is hard (the plan then needs the teacher's attention, exit 1).
    public var hard: Bool { kind != .besideChosen }
}
