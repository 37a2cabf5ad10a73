/// A grade placement problem contracted to its units (keep-together chains moved as one), in flat
/// tables for the tabu search: unit pair points and conflict counts (dense), unit neighbour lists,
/// and the pupil-level coverage relation ("a classmate the pupil chose") in both directions.
///
/// Immutable and `Sendable`: the portfolio's parallel runs share one model.
struct PlacementModel: Sendable {
    /// Pupils, units, classes.
    let n: Int
    let m: Int
    let k: Int
    let minSize: Int
    let maxSize: Int
    let units: GroupUnits
    /// Pupils per unit, girls and boys per unit.
    let unitSize: [Int]
    let unitGirls: [Int]
    let unitBoys: [Int]
    /// `points[u * m + v]`: pair points between the pupils of units `u` and `v` (u ≠ v); symmetric.
    /// The diagonal holds the points inside a unit (a constant of every placement).
    let points: [Int32]
    /// `conflicts[u * m + v]`: pupil pairs between `u` and `v` that must be apart.
    let conflicts: [Int16]
    /// Units with non-zero pair points with `u`: `neighbourUnit[neighbourStart[u]..<neighbourStart[u + 1]]`.
    let neighbourStart: [Int]
    let neighbourUnit: [Int]
    let neighbourPoints: [Int32]
    /// Units with a conflict with `u` (same layout), and how many conflicting pupil pairs.
    let conflictStart: [Int]
    let conflictUnit: [Int]
    let conflictCount: [Int16]
    /// Per pupil: the distinct other units holding a pupil it chose, with how many such pupils.
    let chosenStart: [Int]
    let chosenUnit: [Int]
    let chosenCount: [Int16]
    /// Per unit: pupils of other units who chose one of its members, with how many members they chose.
    let chooserStart: [Int]
    let chooserPupil: [Int]
    let chooserCount: [Int16]
    /// `coverCount[h * m + u]`: members of unit `u` whom pupil `h` chose (0 for `h`'s own unit).
    let coverCount: [UInt8]
    /// Pupils whose own unit holds someone they chose (always covered).
    let selfCovered: [Bool]
    /// The objective's lookup tables (pupil level).
    let eval: GroupEvaluator
    /// The gender rule as a table: a class with `t` girls and boys together should have between
    /// `shareLow[t]` and `shareHigh[t]` girls.
    let shareLow: [Int]
    let shareHigh: [Int]
    let genderWeight: Int
    /// Score parts no placement can change: points and conflicts inside units.
    let constantPoints: Int
    let constantHard: Int
    /// The smallest pair points between two units (≤ 0 only with repeat penalties).
    let minPairPoints: Int32

    /// - Complexity: O(*n*² + *m*²).
    init(problem: GroupingProblem, eval: GroupEvaluator, units: GroupUnits) {
        let n = eval.n, m = units.count
        self.n = n
        self.m = m
        k = problem.groupCount
        minSize = problem.minSize
        maxSize = problem.maxSize
        self.units = units
        unitSize = units.members.map(\.count)
        unitGirls = units.members.map { $0.filter { eval.gender[$0] == 1 }.count }
        unitBoys = units.members.map { $0.filter { eval.gender[$0] == 2 }.count }
        var points = Array(repeating: Int32(0), count: m * m)
        var conflicts = Array(repeating: Int16(0), count: m * m)
        var cover = Array(repeating: UInt8(0), count: n * m)
        var selfCovered = Array(repeating: false, count: n)
        var constantPoints = 0, constantHard = 0
        for i in 0..<n {
            let u = units.unitOf[i]
            for j in 0..<n where j != i {
                let v = units.unitOf[j]
                points[u * m + v] += eval.pairPoints[i * n + j]
                if eval.conflict[i * n + j] { conflicts[u * m + v] += 1 }
                if eval.covers[i * n + j] {
                    if u == v { selfCovered[i] = true } else { cover[i * m + v] += 1 }
                }
                if u == v && j > i {
                    constantPoints += Int(eval.pairPoints[i * n + j])
                    if eval.conflict[i * n + j] { constantHard += 1 }
                }
            }
        }
        var nbStart = [0], nbUnit: [Int] = [], nbPoints: [Int32] = []
        var cfStart = [0], cfUnit: [Int] = [], cfCount: [Int16] = []
        var minPair = Int32.max
        for u in 0..<m {
            for v in 0..<m where v != u {
                let p = points[u * m + v]
                minPair = min(minPair, p)
                if p != 0 {
                    nbUnit.append(v)
                    nbPoints.append(p)
                }
                if conflicts[u * m + v] != 0 {
                    cfUnit.append(v)
                    cfCount.append(conflicts[u * m + v])
                }
            }
            nbStart.append(nbUnit.count)
            cfStart.append(cfUnit.count)
        }
        var chStart = [0], chUnit: [Int] = [], chCount: [Int16] = []
        for h in 0..<n {
            for v in 0..<m where cover[h * m + v] > 0 {
                chUnit.append(v)
                chCount.append(Int16(cover[h * m + v]))
            }
            chStart.append(chUnit.count)
        }
        var byStart = [0], byPupil: [Int] = [], byCount: [Int16] = []
        for u in 0..<m {
            for h in 0..<n where cover[h * m + u] > 0 {
                byPupil.append(h)
                byCount.append(Int16(cover[h * m + u]))
            }
            byStart.append(byPupil.count)
        }
        self.points = points
        self.conflicts = conflicts
        neighbourStart = nbStart
        neighbourUnit = nbUnit
        neighbourPoints = nbPoints
        conflictStart = cfStart
        conflictUnit = cfUnit
        conflictCount = cfCount
        chosenStart = chStart
        chosenUnit = chUnit
        chosenCount = chCount
        chooserStart = byStart
        chooserPupil = byPupil
        chooserCount = byCount
        coverCount = cover
        self.selfCovered = selfCovered
        self.eval = eval
        let known = eval.girls + eval.boys
        shareLow = (0...n).map { known == 0 ? 0 : eval.girls * $0 / known }
        shareHigh = (0...n).map { known == 0 ? n : (eval.girls * $0 + known - 1) / known }
        genderWeight = eval.weights.gender
        self.constantPoints = constantPoints
        self.constantHard = constantHard
        minPairPoints = m > 1 ? minPair : 0
    }

    /// How many pupils a class with `g` girls and `b` boys is away from the grade's share of girls
    /// (``GroupEvaluator/genderDeviation(girls:boys:)`` by table lookup).
    ///
    /// - Complexity: O(1).
    @inline(__always)
    func deviation(girls g: Int, boys b: Int) -> Int {
        let lo = shareLow[g + b], hi = shareHigh[g + b]
        return g < lo ? lo - g : (g > hi ? g - hi : 0)
    }
}
