/// What the teacher asks of a seating plan.
public struct SeatingRequest: Sendable, Hashable {
    public var rotations: Int
    /// Pairs (network indices) never to be neighbours.
    public var apart: [GroupingProblem.Pair]
    /// Pairs (network indices) to seat beside each other (same table, or next to each other in a row).
    public var together: [GroupingProblem.Pair]
    /// Also keep apart every pair where one named the other in a negative question.
    public var negativeApart: Bool
    /// Fixed seats by pupil (network index).
    public var fixed: [Int: SeatingProblem.Fixed]
    public var mixGender: Bool
    public var search: SeatingSearch

    public init(
        rotations: Int = 1, apart: [GroupingProblem.Pair] = [], negativeApart: Bool = false,
        fixed: [Int: SeatingProblem.Fixed] = [:], mixGender: Bool = false, search: SeatingSearch = SeatingSearch(),
        together: [GroupingProblem.Pair] = []
    ) {
        self.rotations = rotations
        self.apart = apart
        self.together = together
        self.negativeApart = negativeApart
        self.fixed = fixed
        self.mixGender = mixGender
        self.search = search
    }
}

/// The seating plans for a class: one per rotation, pupils numbered as in the network.
public struct SeatingResult: Sendable, Hashable {
    public let room: Room
    public let problem: SeatingProblem
    public let plans: [SeatingPlan]
    /// Whether some plan breaks a hard rule (the command exits with 1).
    public var needsAttention: Bool { plans.contains { $0.unmet.contains(where: \.hard) } }
}

extension SeatingProblem {
    /// The seating problem of a class survey: choices from every positive question, received counts,
    /// supporters from the prosocial question (named by ≥ 2 classmates, zSP > 0).
    public init(network: ClassNetwork, request: SeatingRequest) {
        let signals = SuggestSignals(network: network)
        var apart = request.apart
        if request.negativeApart {
            for i in 0..<network.count {
                for j in signals.negativeOut[i] where !apart.contains(GroupingProblem.Pair(i, j)) {
                    apart.append(GroupingProblem.Pair(i, j))
                }
            }
        }
        var supporters = Set<Int>()
        if let prosocial = signals.prosocialReceived {
            for i in 0..<network.count where prosocial[i] >= 2 && signals.zSP[i] > 0 { supporters.insert(i) }
        }
        self.init(
            count: network.count, choices: signals.positiveOut, received: signals.positiveReceived, apart: apart,
            fixed: request.fixed, supporters: supporters, genders: network.pupils.map(\.gender),
            mixGender: request.mixGender, together: request.together)
    }
}

extension ClassNetwork {
    /// Seating plans for this class in `room`, `request.rotations` in a row with as few repeated
    /// desk-mates as the rules allow.
    ///
    /// - Throws: ``SuggestError`` when the room has fewer seats than pupils, a fixed seat is taken twice,
    ///   a pair is both to be kept apart and together, or the rotation count is below 1.
    public func suggestSeating(in room: Room, _ request: SeatingRequest) throws(SuggestError) -> SeatingResult {
        guard count > 0 else { throw SuggestError(.noPupilsToSeat) }
        guard request.rotations >= 1 else { throw SuggestError(.noRotations) }
        guard room.capacity >= count else {
            throw SuggestError(.roomTooSmall(room: room.name, seats: room.capacity, pupils: count))
        }
        for pair in request.together where request.apart.contains(pair) {
            throw SuggestError(.togetherAndApart(pupils[pair.a].name, pupils[pair.b].name))
        }
        var taken: [Int: Int] = [:]
        for (i, f) in request.fixed.sorted(by: { $0.key < $1.key }) {
            guard case .seat(let s) = f else { continue }
            if let other = taken[s] {
                throw SuggestError(.sameFixedSeat(pupils[other].name, pupils[i].name, seat: room.seats[s].name))
            }
            taken[s] = i
        }
        var problem = SeatingProblem(network: self, request: request)
        var plans: [SeatingPlan] = []
        for r in 0..<request.rotations {
            var search = request.search
            search.seed = request.search.seed &+ UInt64(r)
            let plan = problem.plan(search.run(room: room, problem: problem), room: room)
            plans.append(plan)
            for pair in plan.neighbourPairs(in: room) where pair.kind == .table {
                problem.earlierDeskMates[GroupingProblem.Pair(pair.a, pair.b), default: 0] += 1
            }
        }
        problem.earlierDeskMates = [:]
        return SeatingResult(room: room, problem: problem, plans: plans)
    }
}
