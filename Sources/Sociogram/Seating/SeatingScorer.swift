/// The objective split into local terms, so the search can price a swap by re-scoring only the pupils
/// and tables it touches. Its sum always equals ``SeatingObjective/score(_:room:problem:)``'s total
/// (a test checks it).
struct SeatingScorer: Sendable {
    let room: Room
    let problem: SeatingProblem
    let n: Int
    /// `chose[i * n + j]`: pupil `i` chose `j`.
    let chose: [Bool]
    /// `apartOf[i]`: pupils `i` must not be neighbours of.
    let apartOf: [[Int]]
    /// `togetherOf[i]`: pupils `i` must sit beside.
    let togetherOf: [[Int]]
    let frontRow: Int
    let wantsSupporter: [Bool]
    /// Seats per table (the room's tables, computed once).
    let tables: [[Int]]

    init(room: Room, problem: SeatingProblem) {
        self.room = room
        self.problem = problem
        n = problem.count
        var chose = Array(repeating: false, count: n * n)
        for (i, list) in problem.choices.enumerated() { for j in list where j >= 0 && j < n { chose[i * n + j] = true } }
        self.chose = chose
        var apartOf = Array(repeating: [Int](), count: n)
        for p in problem.apart { apartOf[p.a].append(p.b); apartOf[p.b].append(p.a) }
        self.apartOf = apartOf
        var togetherOf = Array(repeating: [Int](), count: n)
        for p in problem.together { togetherOf[p.a].append(p.b); togetherOf[p.b].append(p.a) }
        self.togetherOf = togetherOf
        frontRow = room.frontSeats.first.map { room.seats[$0].row } ?? 1
        wantsSupporter = (0..<n).map(problem.wantsSupporter)
        tables = room.tables
    }

    /// The terms of pupil `i`: its wish, its closeness, its support, its fixed seat, and half of each
    /// apart or together pair it is in (each pair is counted from both ends, as `hardCost / 2`).
    func pupilTerm(_ i: Int, _ seatOf: [Int], _ pupilAt: [Int]) -> Int {
        var score = 0
        var besideChosen = false, besideSupporter = false
        for (s, kind) in room.neighbours.of[seatOf[i]] {
            let j = pupilAt[s]
            guard j >= 0 else { continue }
            if chose[i * n + j] {
                score += kind.weight
                if kind >= .beside { besideChosen = true }
                if kind == .table, chose[j * n + i] { score += 1 }
            }
            if kind >= .beside, problem.supporters.contains(j) { besideSupporter = true }
        }
        if besideChosen { score += 10 * (1 + max(0, 2 - problem.received[i])) }
        if wantsSupporter[i], besideSupporter { score += 6 }
        for j in apartOf[i] where room.neighbours.kind(seatOf[i], seatOf[j]) != nil { score -= SeatingObjective.hardCost / 2 }
        for j in togetherOf[i] where !SeatingObjective.beside(seatOf[i], seatOf[j], room) { score -= SeatingObjective.hardCost / 2 }
        switch problem.fixed[i] {
        case .seat(let s)?: if seatOf[i] != s { score -= SeatingObjective.hardCost }
        case .front?: if room.seats[seatOf[i]].row != frontRow { score -= SeatingObjective.hardCost }
        case nil: break
        }
        return score
    }

    /// The terms of table `t` (0-based): clique, gender mix, repeated desk-mates.
    func tableTerm(_ t: Int, _ pupilAt: [Int]) -> Int {
        let pupils = tables[t].map { pupilAt[$0] }.filter { $0 >= 0 }
        guard pupils.count >= 2 else { return 0 }
        var score = 0, mutualPairs = 0
        for (x, a) in pupils.enumerated() {
            for b in pupils[(x + 1)...] {
                if chose[a * n + b], chose[b * n + a] { mutualPairs += 1 }
                if let k = problem.earlierDeskMates[GroupingProblem.Pair(a, b)] { score -= 8 * k }
            }
        }
        score -= 2 * max(0, mutualPairs - 3)
        if problem.mixGender {
            let girls = pupils.filter { problem.genders[$0] == .girl }.count, boys = pupils.filter { problem.genders[$0] == .boy }.count
            score -= 3 * max(0, abs(girls - boys) - 1)
        }
        return score
    }

    /// The whole objective.
    func total(_ seatOf: [Int], _ pupilAt: [Int]) -> Int {
        (0..<n).reduce(0) { $0 + pupilTerm($1, seatOf, pupilAt) }
            + tables.indices.reduce(0) { $0 + tableTerm($1, pupilAt) }
    }

    /// The pupils and tables whose terms a swap of seats `x` and `y` can change.
    func touched(_ x: Int, _ y: Int, _ seatOf: [Int], _ pupilAt: [Int]) -> (pupils: [Int], tables: [Int]) {
        var pupils = Set<Int>()
        for s in [x, y] {
            if pupilAt[s] >= 0 { pupils.insert(pupilAt[s]) }
            for (t, _) in room.neighbours.of[s] where pupilAt[t] >= 0 { pupils.insert(pupilAt[t]) }
        }
        for i in Array(pupils) where pupilAt[x] == i || pupilAt[y] == i { for j in apartOf[i] + togetherOf[i] { pupils.insert(j) } }
        let tables = Set([room.seats[x].table - 1, room.seats[y].table - 1])
        return (Array(pupils), Array(tables))
    }

    /// The local score of `pupils` and `tables`.
    func local(_ touched: (pupils: [Int], tables: [Int]), _ seatOf: [Int], _ pupilAt: [Int]) -> Int {
        touched.pupils.reduce(0) { $0 + pupilTerm($1, seatOf, pupilAt) } + touched.tables.reduce(0) { $0 + tableTerm($1, pupilAt) }
    }
}
