/// A placement of units in classes with every objective term maintained incrementally, so that a
/// unit move costs O(degree) and the score change of any swap or move is known in O(1) (plus the
/// few pupils whose only chosen classmate is involved).
///
/// Maintained per unit *u* and class *c*: pair points between *u* and *c* (`tie`), conflict pairs
/// (`clash`); per pupil *h* and class *c*: how many pupils *h* chose are in *c* (`chosenIn`). For the
/// "a chosen classmate" tier, per pupil: the single unit that covers it in its class (`sole`, or −1
/// without a chosen classmate, −2 with two or more), per unit how many pupils depend on it alone
/// (`dependents`), and per unit and class how many pupils without a chosen classmate it would cover
/// (`rescues`).
///
/// A class (not a struct) over manually managed buffers: the search's inner loop runs millions of
/// delta evaluations, and one state belongs to one thread.
final class PlacementState {
    let model: PlacementModel
    let k: Int
    let m: Int
    private(set) var classOf: UnsafeMutablePointer<Int>
    /// Units of each class: `classUnits[c * m ..< c * m + classCount[c]]`; `position[u]` is u's index there.
    private(set) var classUnits: UnsafeMutablePointer<Int>
    private(set) var classCount: UnsafeMutablePointer<Int>
    private var position: UnsafeMutablePointer<Int>
    private(set) var size: UnsafeMutablePointer<Int>
    private var girls: UnsafeMutablePointer<Int>
    private var boys: UnsafeMutablePointer<Int>
    private var deviation: UnsafeMutablePointer<Int>
    private(set) var tie: UnsafeMutablePointer<Int32>
    private var clash: UnsafeMutablePointer<Int32>
    private var chosenIn: UnsafeMutablePointer<Int32>
    private var sole: UnsafeMutablePointer<Int>
    private var lonely: UnsafeMutablePointer<Bool>
    private var lonelyClass: UnsafeMutablePointer<Int>
    private(set) var dependents: UnsafeMutablePointer<Int32>
    private var rescues: UnsafeMutablePointer<Int32>

    /// Pair points between classmates (without the constant points inside units).
    private(set) var points = 0
    /// Conflict pairs in the same class (without those inside units).
    private(set) var hard = 0
    /// Pupils without a chosen classmate.
    private(set) var friendless = 0
    /// Σ over classes of the gender deviation.
    private(set) var deviationSum = 0

    /// - Complexity: O(*m* · *k* + *n* · *k* + arcs).
    init(model: PlacementModel, assignment: [Int]) {
        self.model = model
        k = model.k
        m = model.m
        func buffer<T>(_ count: Int, _ value: T) -> UnsafeMutablePointer<T> {
            let p = UnsafeMutablePointer<T>.allocate(capacity: max(1, count))
            p.initialize(repeating: value, count: max(1, count))
            return p
        }
        classOf = buffer(m, 0)
        classUnits = buffer(m * k, 0)
        classCount = buffer(k, 0)
        position = buffer(m, 0)
        size = buffer(k, 0)
        girls = buffer(k, 0)
        boys = buffer(k, 0)
        deviation = buffer(k, 0)
        tie = buffer(m * k, Int32(0))
        clash = buffer(m * k, Int32(0))
        chosenIn = buffer(model.n * k, Int32(0))
        sole = buffer(model.n, -2)
        lonely = buffer(model.n, false)
        lonelyClass = buffer(model.n, 0)
        dependents = buffer(m, Int32(0))
        rescues = buffer(m * k, Int32(0))
        for u in 0..<m {
            let c = assignment[u]
            classOf[u] = c
            position[u] = classCount[c]
            classUnits[c * m + classCount[c]] = u
            classCount[c] += 1
            size[c] += model.unitSize[u]
            girls[c] += model.unitGirls[u]
            boys[c] += model.unitBoys[u]
        }
        for u in 0..<m {
            let c = classOf[u]
            for e in model.neighbourStart[u]..<model.neighbourStart[u + 1] {
                tie[model.neighbourUnit[e] * k + c] += model.neighbourPoints[e]
            }
            for e in model.conflictStart[u]..<model.conflictStart[u + 1] {
                clash[model.conflictUnit[e] * k + c] += Int32(model.conflictCount[e])
            }
            for e in model.chooserStart[u]..<model.chooserStart[u + 1] {
                chosenIn[model.chooserPupil[e] * k + c] += Int32(model.chooserCount[e])
            }
        }
        for u in 0..<m {
            points += Int(tie[u * k + classOf[u]])
            hard += Int(clash[u * k + classOf[u]])
        }
        points /= 2
        hard /= 2
        for c in 0..<k {
            deviation[c] = model.deviation(girls: girls[c], boys: boys[c])
            deviationSum += deviation[c]
        }
        for h in 0..<model.n { refresh(h) }
    }

    deinit {
        for p in [classOf, classUnits, classCount, position, size, girls, boys, deviation, sole, lonelyClass] {
            p.deallocate()
        }
        for p in [tie, clash, chosenIn, dependents, rescues] { p.deallocate() }
        lonely.deallocate()
    }

    /// The assignment unit → class.
    var assignment: [Int] { (0..<m).map { classOf[$0] } }

    /// The lexicographic score, including the constant parts inside units.
    var score: GroupScore {
        GroupScore(
            hard: hard + model.constantHard, friendless: friendless,
            points: points + model.constantPoints - model.genderWeight * deviationSum)
    }

    /// Whether pupil `h` has no chosen classmate.
    func isLonely(_ h: Int) -> Bool { lonely[h] }

    /// The gender deviation of class `c`.
    @inline(__always) func deviation(_ c: Int) -> Int { deviation[c] }
    /// Pupils without a chosen classmate in class `c` who chose a member of unit `u`.
    @inline(__always) func rescueCount(_ u: Int, _ c: Int) -> Int32 { rescues[u * k + c] }
    /// The unit that alone gives pupil `h` a chosen classmate (−1: none, −2: several or its own unit).
    @inline(__always) func soleCover(_ h: Int) -> Int { sole[h] }
    /// Pupils that `h` chose in class `c` (outside `h`'s unit).
    @inline(__always) func chosen(_ h: Int, in c: Int) -> Int32 { chosenIn[h * k + c] }
    /// Conflict pairs between unit `u` and class `c`.
    @inline(__always) func clashes(_ u: Int, _ c: Int) -> Int32 { clash[u * k + c] }

    // MARK: Moves

    /// Moves unit `u` to class `b`, updating every maintained term.
    ///
    /// - Complexity: O(degree of `u`'s pupils, in units and chosen pupils).
    func move(_ u: Int, to b: Int) {
        let a = classOf[u]
        guard a != b else { return }
        let model = self.model
        points += Int(tie[u * k + b] - tie[u * k + a])
        hard += Int(clash[u * k + b] - clash[u * k + a])
        for e in model.neighbourStart[u]..<model.neighbourStart[u + 1] {
            let v = model.neighbourUnit[e], p = model.neighbourPoints[e]
            tie[v * k + a] -= p
            tie[v * k + b] += p
        }
        for e in model.conflictStart[u]..<model.conflictStart[u + 1] {
            let v = model.conflictUnit[e], c = Int32(model.conflictCount[e])
            clash[v * k + a] -= c
            clash[v * k + b] += c
        }
        // Class lists, sizes, gender.
        let last = classUnits[a * m + classCount[a] - 1]
        classUnits[a * m + position[u]] = last
        position[last] = position[u]
        classCount[a] -= 1
        position[u] = classCount[b]
        classUnits[b * m + classCount[b]] = u
        classCount[b] += 1
        classOf[u] = b
        size[a] -= model.unitSize[u]
        size[b] += model.unitSize[u]
        girls[a] -= model.unitGirls[u]
        girls[b] += model.unitGirls[u]
        boys[a] -= model.unitBoys[u]
        boys[b] += model.unitBoys[u]
        let da = model.deviation(girls: girls[a], boys: boys[a])
        let db = model.deviation(girls: girls[b], boys: boys[b])
        deviationSum += da - deviation[a] + db - deviation[b]
        deviation[a] = da
        deviation[b] = db
        // Coverage: counts first, then the pupils whose dependency may have changed.
        let choosers = model.chooserStart[u]..<model.chooserStart[u + 1]
        for e in choosers {
            let h = model.chooserPupil[e], c = Int32(model.chooserCount[e])
            chosenIn[h * k + a] -= c
            chosenIn[h * k + b] += c
        }
        for e in choosers {
            let h = model.chooserPupil[e]
            let ch = classOf[model.units.unitOf[h]]
            if ch == a || ch == b { refresh(h) }
        }
        for i in model.units.members[u] { refresh(i) }
    }

    /// Recomputes pupil `h`'s coverage status and its contributions to `dependents` and `rescues`.
    ///
    /// - Complexity: O(units `h` chose).
    private func refresh(_ h: Int) {
        let model = self.model
        let chosen = model.chosenStart[h]..<model.chosenStart[h + 1]
        if lonely[h] {
            friendless -= 1
            for e in chosen { rescues[model.chosenUnit[e] * k + lonelyClass[h]] -= 1 }
        }
        if sole[h] >= 0 { dependents[sole[h]] -= 1 }
        let c = classOf[model.units.unitOf[h]]
        var newSole = -2
        var isLonely = false
        if !model.selfCovered[h] {
            if chosenIn[h * k + c] == 0 {
                newSole = -1
                isLonely = true
            } else {
                var found = -1
                for e in chosen where classOf[model.chosenUnit[e]] == c {
                    if found >= 0 {
                        found = -2
                        break
                    }
                    found = model.chosenUnit[e]
                }
                newSole = found
            }
        }
        sole[h] = newSole
        lonely[h] = isLonely
        if isLonely {
            friendless += 1
            lonelyClass[h] = c
            for e in chosen { rescues[model.chosenUnit[e] * k + c] += 1 }
        }
        if newSole >= 0 { dependents[newSole] += 1 }
    }

    // MARK: Deltas

    /// The score change of swapping unit `u` (class a) with unit `v` (class b ≠ a), as
    /// (points incl. gender, hard, friendless). Sizes are not checked.
    ///
    /// - Complexity: O(1) plus the pupils depending on `u` or `v` alone and their members.
    @inline(__always)
    func swapDelta(_ u: Int, _ v: Int) -> (points: Int, hard: Int, friendless: Int) {
        let d = swapPointsDelta(u, v)
        return (d.points, d.hard, friendlessDelta(u, from: classOf[u], to: classOf[v], v))
    }

    /// The change in points (with gender) and conflicts of swapping `u` and `v`.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    func swapPointsDelta(_ u: Int, _ v: Int) -> (points: Int, hard: Int) {
        let model = self.model, m = self.m
        let a = classOf[u], b = classOf[v]
        var dp = Int(tie[u * k + b] - tie[u * k + a] + tie[v * k + a] - tie[v * k + b] - 2 * model.points[u * m + v])
        let dh = Int(clash[u * k + b] - clash[u * k + a] + clash[v * k + a] - clash[v * k + b])
            - 2 * Int(model.conflicts[u * m + v])
        let dg = model.unitGirls[v] - model.unitGirls[u], db = model.unitBoys[v] - model.unitBoys[u]
        if dg != 0 || db != 0 {
            let da = model.deviation(girls: girls[a] + dg, boys: boys[a] + db)
            let dbb = model.deviation(girls: girls[b] - dg, boys: boys[b] - db)
            dp -= model.genderWeight * (da + dbb - deviation[a] - deviation[b])
        }
        return (dp, dh)
    }

    /// The score change of moving unit `u` to class `b` (sizes not checked).
    ///
    /// - Complexity: O(1) plus the pupils depending on `u` alone.
    func moveDelta(_ u: Int, to b: Int) -> (points: Int, hard: Int, friendless: Int) {
        let d = movePointsDelta(u, to: b)
        return (d.points, d.hard, friendlessDelta(u, from: classOf[u], to: b, nil))
    }

    /// The change in points (with gender) and conflicts of moving `u` to class `b`.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    func movePointsDelta(_ u: Int, to b: Int) -> (points: Int, hard: Int) {
        let model = self.model
        let a = classOf[u]
        var dp = Int(tie[u * k + b] - tie[u * k + a])
        let dh = Int(clash[u * k + b] - clash[u * k + a])
        let g = model.unitGirls[u], bo = model.unitBoys[u]
        if g != 0 || bo != 0 {
            let da = model.deviation(girls: girls[a] - g, boys: boys[a] - bo)
            let dbb = model.deviation(girls: girls[b] + g, boys: boys[b] + bo)
            dp -= model.genderWeight * (da + dbb - deviation[a] - deviation[b])
        }
        return (dp, dh)
    }

    /// An upper bound on how many fewer pupils lack a chosen classmate after `u` goes to `b` (and `v`
    /// to u's class): the lonely pupils they could help and their own lonely members.
    ///
    /// - Complexity: O(members).
    @inline(__always)
    func friendlessGainBound(_ u: Int, to b: Int, _ v: Int) -> Int {
        var bound = Int(rescues[u * k + b])
        for i in model.units.members[u] where lonely[i] { bound += 1 }
        if v >= 0 {
            bound += Int(rescues[v * k + classOf[u]])
            for j in model.units.members[v] where lonely[j] { bound += 1 }
        }
        return bound
    }

    /// The change in pupils without a chosen classmate when `u` goes from `a` to `b` and (for a
    /// swap) `v` from `b` to `a`.
    @inline(__always)
    func friendlessDelta(_ u: Int, from a: Int, to b: Int, _ v: Int?) -> Int {
        let model = self.model, m = self.m
        var df = 0
        // Pupils whose only chosen classmates are in u lose them, unless v brings one.
        if dependents[u] > 0 {
            for e in model.chooserStart[u]..<model.chooserStart[u + 1] {
                let h = model.chooserPupil[e]
                if sole[h] == u && (v.map { model.coverCount[h * m + $0] == 0 } ?? true) { df += 1 }
            }
        }
        // Pupils without a chosen classmate in b whom u covers.
        df -= Int(rescues[u * k + b])
        for i in model.units.members[u] {
            let inB = Int(chosenIn[i * k + b]) - (v.map { Int(model.coverCount[i * m + $0]) } ?? 0)
            let after = model.selfCovered[i] || inB > 0
            df += (after ? 0 : 1) - (lonely[i] ? 1 : 0)
            // i leaves a: if v would have rescued it there, that rescue does not count.
            if let v, lonely[i], model.coverCount[i * m + v] > 0 { df += 1 }
        }
        guard let v else { return df }
        if dependents[v] > 0 {
            for e in model.chooserStart[v]..<model.chooserStart[v + 1] {
                let h = model.chooserPupil[e]
                if sole[h] == v && model.coverCount[h * m + u] == 0 { df += 1 }
            }
        }
        df -= Int(rescues[v * k + a])
        for j in model.units.members[v] {
            let inA = Int(chosenIn[j * k + a]) - Int(model.coverCount[j * m + u])
            let after = model.selfCovered[j] || inA > 0
            df += (after ? 0 : 1) - (lonely[j] ? 1 : 0)
            if lonely[j], model.coverCount[j * m + u] > 0 { df += 1 }
        }
        return df
    }
}
