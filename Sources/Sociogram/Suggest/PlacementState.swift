/// A grade-level assignment of pupils to classes with incrementally maintained objective terms, so
/// that moving one pupil costs O(degree) and the total score is always at hand.
struct PlacementState {
    let eval: GroupEvaluator
    let k: Int
    /// `neighbours[i]`: pupils with non-zero pair points with `i`, and those points.
    let neighbours: [[(j: Int, points: Int32)]]
    /// `coveredBy[i]`: pupils `h` for whom `i` counts as a friend (`covers[h][i]`).
    let coveredBy: [[Int]]
    /// `conflicts[i]`: pupils who must be apart from `i`.
    let conflicts: [[Int]]

    private(set) var classOf: [Int]
    /// `tie[i * k + c]`: pair points between `i` and the pupils of class `c` (excluding `i`).
    private var tie: [Int32]
    /// `friends[i * k + c]`: how many pupils in class `c` give `i` a friend.
    private var friends: [Int16]
    /// `clash[i * k + c]`: how many pupils in class `c` must be apart from `i`.
    private var clash: [Int16]
    private(set) var size: [Int]
    private var girls: [Int]
    private var boys: [Int]
    private var deviation: [Int]
    private var points: Int = 0
    private var friendless: Int = 0
    private var hard: Int = 0
    private var deviationSum: Int = 0

    /// - Complexity: O(*n*² + *n* · *k*).
    init(eval: GroupEvaluator, classes k: Int, assignment: [Int]) {
        self.eval = eval
        self.k = k
        let n = eval.n
        var nb = Array(repeating: [(j: Int, points: Int32)](), count: n)
        var cb = Array(repeating: [Int](), count: n)
        var cf = Array(repeating: [Int](), count: n)
        for i in 0..<n {
            for j in 0..<n where j != i {
                let p = eval.pairPoints[i * n + j]
                if p != 0 { nb[i].append((j, p)) }
                if eval.covers[j * n + i] { cb[i].append(j) }
                if eval.conflict[i * n + j] { cf[i].append(j) }
            }
        }
        neighbours = nb
        coveredBy = cb
        conflicts = cf
        classOf = assignment
        tie = Array(repeating: 0, count: n * k)
        friends = Array(repeating: 0, count: n * k)
        clash = Array(repeating: 0, count: n * k)
        size = Array(repeating: 0, count: k)
        girls = size
        boys = size
        deviation = size
        for i in 0..<n {
            let c = assignment[i]
            size[c] += 1
            if eval.gender[i] == 1 { girls[c] += 1 } else if eval.gender[i] == 2 { boys[c] += 1 }
            for (j, p) in nb[i] { tie[j * k + c] += p }
            for h in cb[i] { friends[h * k + c] += 1 }
            for j in cf[i] { clash[j * k + c] += 1 }
        }
        for i in 0..<n {
            let c = assignment[i]
            points += Int(tie[i * k + c])
            if friends[i * k + c] == 0 { friendless += 1 }
            hard += Int(clash[i * k + c])
        }
        points /= 2
        hard /= 2
        for c in 0..<k {
            deviation[c] = eval.genderDeviation(girls: girls[c], boys: boys[c])
            deviationSum += deviation[c]
        }
    }

    /// The current total score.
    var score: GroupScore {
        GroupScore(hard: hard, friendless: friendless, points: points - eval.weights.gender * deviationSum)
    }

    /// Pair points between `i` and class `c`.
    func tie(_ i: Int, _ c: Int) -> Int32 { tie[i * k + c] }
    /// Whether `i` has a friend in class `c` (other than itself).
    func hasFriend(_ i: Int, in c: Int) -> Bool { friends[i * k + c] > 0 }
    /// Conflict partners of `i` in class `c`.
    func clashes(_ i: Int, in c: Int) -> Int { Int(clash[i * k + c]) }

    /// Moves pupil `i` to class `to`, updating every maintained term.
    ///
    /// - Complexity: O(degree of `i`).
    mutating func move(_ i: Int, to b: Int) {
        let a = classOf[i]
        guard a != b else { return }
        points += Int(tie[i * k + b] - tie[i * k + a])
        for (j, p) in neighbours[i] {
            tie[j * k + a] -= p
            tie[j * k + b] += p
        }
        if friends[i * k + a] == 0 { friendless -= 1 }
        if friends[i * k + b] == 0 { friendless += 1 }
        for h in coveredBy[i] {
            let ch = classOf[h]
            friends[h * k + a] -= 1
            if ch == a && friends[h * k + a] == 0 { friendless += 1 }
            if ch == b && friends[h * k + b] == 0 { friendless -= 1 }
            friends[h * k + b] += 1
        }
        hard += Int(clash[i * k + b] - clash[i * k + a])
        for j in conflicts[i] {
            clash[j * k + a] -= 1
            clash[j * k + b] += 1
        }
        size[a] -= 1
        size[b] += 1
        if eval.gender[i] == 1 {
            girls[a] -= 1
            girls[b] += 1
        } else if eval.gender[i] == 2 {
            boys[a] -= 1
            boys[b] += 1
        }
        let da = eval.genderDeviation(girls: girls[a], boys: boys[a])
        let db = eval.genderDeviation(girls: girls[b], boys: boys[b])
        deviationSum += da - deviation[a] + db - deviation[b]
        deviation[a] = da
        deviation[b] = db
        classOf[i] = b
    }

    /// The classes as lists of pupils, ascending.
    var classes: [[Int]] {
        var result = Array(repeating: [Int](), count: k)
        for (i, c) in classOf.enumerated() { result[c].append(i) }
        return result
    }
}
