import Foundation

/// A seating problem with its room as JSON, the input of the exact reference model
/// (`scripts/reference/exact_seating.py`): the same objective, solved by CP-SAT on small classes.
/// Pupils are indices only — no names, ids or codes.
public struct SeatingInstance: Codable, Sendable, Hashable {
    public let seats: Int
    /// `[a, b, weight]` per neighbour pair of seats (3 table, 2 beside, 1 front/behind).
    public let neighbours: [[Int]]
    /// Table (1-based) of each seat; and the front-row seats.
    public let tables: [Int]
    public let front: [Int]
    public let pupils: Int
    public let choices: [[Int]]
    public let received: [Int]
    public let apart: [[Int]]
    /// Pairs to seat beside each other (`--together`).
    public let together: [[Int]]
    /// `[pupil, seat]`, seat −1 = front row.
    public let fixed: [[Int]]
    public let supporters: [Int]
    /// 1 girl, 2 boy, 0 other/unknown.
    public let genders: [Int]
    public let mixGender: Bool
    /// The score our search found (soft total of the first plan) and its seat per pupil.
    public let ourScore: Int
    public let ourSeats: [Int]

    public init(_ result: SeatingResult) {
        let room = result.room, p = result.problem
        seats = room.capacity
        neighbours = room.neighbours.pairs.map { [$0.a, $0.b, $0.kind.weight] }
        tables = room.seats.map(\.table)
        front = room.frontSeats
        pupils = p.count
        choices = p.choices
        received = p.received
        apart = p.apart.map { [$0.a, $0.b] }
        together = p.together.map { [$0.a, $0.b] }
        fixed = p.fixed.sorted { $0.key < $1.key }.map { i, f in
            switch f {
            case .seat(let s): [i, s]
            case .front: [i, -1]
            }
        }
        supporters = p.supporters.sorted()
        genders = p.genders.map { $0 == .girl ? 1 : $0 == .boy ? 2 : 0 }
        mixGender = p.mixGender
        ourScore = result.plans.first?.objective.total ?? 0
        ourSeats = result.plans.first?.seatOf ?? []
    }

    public func jsonData() throws -> Data { try DocumentJSON.data(self) }
}
