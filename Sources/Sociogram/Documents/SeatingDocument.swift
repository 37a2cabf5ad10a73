import Foundation

/// `seating.json` (documented in `docs/seating.md`): for each rotation the seats as `{table, row,
/// column, seat, pupil}`, the neighbour pairs, the objective's parts and the unmet wishes with reasons.
/// In a pseudonymised run (`--labels codes`) every `name` and text carries codes only.
public struct SeatingDocument: Codable, Sendable, Hashable {
    public struct Pupil: Codable, Sendable, Hashable {
        public let id: String
        public let code: String
        /// The name, or the code in a pseudonymised document.
        public let name: String
    }
    public struct SeatEntry: Codable, Sendable, Hashable {
        public let table: Int
        public let row: Int
        public let column: Int
        /// The seat's name (`A3`: row letter, position in the row).
        public let seat: String
        /// `null` for an empty seat.
        public let pupil: Pupil?

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(table, forKey: .table)
            try c.encode(row, forKey: .row)
            try c.encode(column, forKey: .column)
            try c.encode(seat, forKey: .seat)
            try c.encode(pupil, forKey: .pupil)
        }
    }
    public struct NeighbourEntry: Codable, Sendable, Hashable {
        public let a: Pupil
        public let b: Pupil
        /// `table`, `beside` or `frontBehind`.
        public let kind: SeatNeighbours.Kind
    }
    public struct UnmetEntry: Codable, Sendable, Hashable {
        public let kind: SeatingUnmet.Kind
        public let reason: SeatingUnmet.Reason
        public let hard: Bool
        public let pupils: [Pupil]
        public let text: String
    }
    public struct Rotation: Codable, Sendable, Hashable {
        public let number: Int
        public let seats: [SeatEntry]
        public let neighbours: [NeighbourEntry]
        public let objective: SeatingObjective
        public let total: Int
        public let unmet: [UnmetEntry]
    }

    public let schemaVersion: Int
    public let tool: AnalysisDocument.Tool
    public let language: Language
    public let pseudonymised: Bool
    public let className: String
    public let room: String
    public let caveat: String
    public let rotations: [Rotation]

    public init(_ result: SeatingResult, context: SuggestionContext) {
        let strings = Strings(context.language)
        let network = context.network
        func pupil(_ i: Int) -> Pupil {
            let p = network.pupils[i]
            return Pupil(id: p.id, code: p.code, name: context.pseudonymised ? p.code : p.name)
        }
        schemaVersion = 1
        tool = AnalysisDocument.Tool(name: "sociogram", version: SociogramVersion.string)
        language = context.language
        pseudonymised = context.pseudonymised
        className = network.name
        room = result.room.name
        caveat = strings.seatingCaveat
        let room = result.room
        rotations = result.plans.enumerated().map { r, plan in
            var pupilAt = Array(repeating: -1, count: room.capacity)
            for (i, s) in plan.seatOf.enumerated() { pupilAt[s] = i }
            let seats = room.seats.enumerated().map { s, seat in
                SeatEntry(table: seat.table, row: seat.row, column: seat.column, seat: seat.name, pupil: pupilAt[s] >= 0 ? pupil(pupilAt[s]) : nil)
            }
            let neighbours = plan.neighbourPairs(in: room).map { NeighbourEntry(a: pupil($0.a), b: pupil($0.b), kind: $0.kind) }
            let unmet = plan.unmet.map {
                UnmetEntry(kind: $0.kind, reason: $0.reason, hard: $0.hard, pupils: $0.pupils.map(pupil),
                           text: strings.seatingUnmet($0, who: $0.pupils.map { context.labels[$0] }))
            }
            return Rotation(number: r + 1, seats: seats, neighbours: neighbours, objective: plan.objective, total: plan.objective.total, unmet: unmet)
        }
    }

    /// The document as UTF-8 JSON: sorted keys, two-space indentation, a final newline.
    public func jsonData() throws -> Data { try DocumentJSON.data(self) }
}
