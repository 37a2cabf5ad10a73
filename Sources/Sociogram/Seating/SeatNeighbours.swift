/// Which seats of a room are neighbours, and how strongly.
///
/// - `table` (3 points): the same table — desk-mates at a double desk, everyone at an island.
/// - `beside` (2 points): seats at different tables next to each other in a row, with no walkway
///   between (grid cells side by side).
/// - `frontBehind` (1 point): one seat directly in front of the other, no walkway between (grid cells
///   above each other).
///
/// Diagonal seats and seats across a walkway are not neighbours. Every kind counts for keeping a pair
/// apart; "beside someone they chose" means `table` or `beside`.
public struct SeatNeighbours: Sendable, Hashable, Codable {
    /// How two seats are neighbours.
    public enum Kind: String, Sendable, Hashable, Codable, Comparable {
        case frontBehind, beside, table

        /// The objective points of a chosen classmate at this distance.
        public var weight: Int {
            switch self {
            case .table: 3
            case .beside: 2
            case .frontBehind: 1
            }
        }

        public static func < (a: Kind, b: Kind) -> Bool { a.weight < b.weight }
    }

    /// One neighbour pair of seats (`a` < `b`).
    public struct Pair: Sendable, Hashable, Codable {
        public let a: Int
        public let b: Int
        public let kind: Kind
    }

    /// Every neighbour pair once.
    public let pairs: [Pair]
    /// `of[s]`: the neighbours of seat `s` with the kind.
    public let of: [[(seat: Int, kind: Kind)]]

    /// The neighbours of seats on a grid: same table, then side by side, then front/behind.
    ///
    /// - Complexity: O(*s*²) for *s* seats (tables), O(*s*) for the grid edges.
    init(gridSeats seats: [Room.Seat]) {
        var at: [Int: Int] = [:]
        func key(_ r: Int, _ c: Int) -> Int { r * 10_000 + c }
        for (i, s) in seats.enumerated() { at[key(s.row, s.column)] = i }
        var kinds: [Int: Kind] = [:]
        func add(_ x: Int, _ y: Int, _ kind: Kind) {
            let k = min(x, y) * 100_000 + max(x, y)
            if let old = kinds[k], old >= kind { return }
            kinds[k] = kind
        }
        for (i, s) in seats.enumerated() {
            if let j = at[key(s.row, s.column + 1)] { add(i, j, seats[i].table == seats[j].table ? .table : .beside) }
            if let j = at[key(s.row + 1, s.column)] { add(i, j, seats[i].table == seats[j].table ? .table : .frontBehind) }
            for j in (i + 1)..<seats.count where seats[j].table == s.table { add(i, j, .table) }
        }
        self.init(count: seats.count, pairs: kinds.map { Pair(a: $0.key / 100_000, b: $0.key % 100_000, kind: $0.value) })
    }

    /// Neighbours from an explicit list of pairs.
    init(count: Int, pairs: [Pair]) {
        let sorted = pairs.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
        var of = Array(repeating: [(seat: Int, kind: Kind)](), count: count)
        for p in sorted {
            of[p.a].append((p.b, p.kind))
            of[p.b].append((p.a, p.kind))
        }
        self.pairs = sorted
        self.of = of
    }

    /// How seats `x` and `y` are neighbours, or `nil`.
    public func kind(_ x: Int, _ y: Int) -> Kind? { of[x].first { $0.seat == y }?.kind }

    public static func == (l: SeatNeighbours, r: SeatNeighbours) -> Bool { l.pairs == r.pairs }
    public func hash(into h: inout Hasher) { h.combine(pairs) }
    enum CodingKeys: CodingKey { case pairs }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let pairs = try c.decode([Pair].self, forKey: .pairs)
        self.init(count: (pairs.map { max($0.a, $0.b) }.max() ?? -1) + 1, pairs: pairs)
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(pairs, forKey: .pairs)
    }
}
