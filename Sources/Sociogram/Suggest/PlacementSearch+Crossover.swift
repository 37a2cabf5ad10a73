extension PlacementSearch {
    /// A child of two placements that inherits whole classes: alternately from each parent, the class
    /// whose not yet placed units hold the most pair points among themselves (a greedy partition
    /// crossover, as in Galinier & Hao's hybrid algorithm for graph colouring). Units left over go,
    /// one by one, to the class with room they have most ties with; classes below the minimum size
    /// are filled first.
    ///
    /// - Complexity: O(*k*² · *s*² + *m* · *k* + arcs) for classes of *s* units.
    func crossover(_ first: [Int], _ second: [Int], _ rng: inout SuggestRandom) -> [Int] {
        let k = model.k, m = model.m
        let parents = [first, second]
        var members = [Array(repeating: [Int](), count: k), Array(repeating: [Int](), count: k)]
        for p in 0..<2 { for u in 0..<m { members[p][parents[p][u]].append(u) } }
        var used = [Array(repeating: false, count: k), Array(repeating: false, count: k)]
        var child = Array(repeating: -1, count: m)
        var size = Array(repeating: 0, count: k)
        let startParent = rng.below(2)
        for c in 0..<k {
            let p = (c + startParent) % 2
            var best = -1, bestValue = Int.min
            for x in 0..<k where !used[p][x] {
                let free = members[p][x].filter { child[$0] < 0 }
                var value = 0
                for (i, u) in free.enumerated() {
                    for v in free[(i + 1)...] { value += Int(model.points[u * m + v]) }
                }
                if value > bestValue || (value == bestValue && rng.below(2) == 0) {
                    best = x
                    bestValue = value
                }
            }
            guard best >= 0 else { continue }
            used[p][best] = true
            for u in members[p][best] where child[u] < 0 {
                child[u] = c
                size[c] += model.unitSize[u]
            }
        }
        fill(&child, size: &size, &rng)
        return child
    }

    /// Places the units with `assignment[u] < 0`: each, in random order (largest first), into the
    /// class with room that it has most pair points with, classes below the minimum first.
    ///
    /// - Complexity: O(*m* · *k* + units' degrees).
    func fill(_ assignment: inout [Int], size: inout [Int], _ rng: inout SuggestRandom) {
        let k = model.k, m = model.m
        var tie = Array(repeating: 0, count: m * k)
        for u in 0..<m where assignment[u] >= 0 {
            for e in model.neighbourStart[u]..<model.neighbourStart[u + 1] {
                tie[model.neighbourUnit[e] * k + assignment[u]] += Int(model.neighbourPoints[e])
            }
        }
        var open = (0..<m).filter { assignment[$0] < 0 }
        open.shuffle(using: &rng)
        open.sort { model.unitSize[$0] > model.unitSize[$1] }
        var missing = (0..<k).reduce(0) { $0 + max(0, model.minSize - size[$1]) }
        var remaining = open.reduce(0) { $0 + model.unitSize[$1] }
        for u in open {
            let s = model.unitSize[u]
            // Only classes below the minimum while the pupils left are just enough to fill them.
            let mustFill = remaining - s < missing
            var best = -1, bestKey = (Int.min, Int.min)
            for c in 0..<k where size[c] + s <= model.maxSize {
                if mustFill && size[c] >= model.minSize { continue }
                let key = (tie[u * k + c], -size[c])
                if best < 0 || key > bestKey {
                    best = c
                    bestKey = key
                }
            }
            if best < 0 { best = (0..<k).min { size[$0] < size[$1] } ?? 0 }
            missing -= max(0, min(s, model.minSize - size[best]))
            remaining -= s
            assignment[u] = best
            size[best] += s
            for e in model.neighbourStart[u]..<model.neighbourStart[u + 1] {
                tie[model.neighbourUnit[e] * k + best] += Int(model.neighbourPoints[e])
            }
        }
    }

    /// A random start: units, largest first, each into the class with the most room left below its
    /// target size (targets: the smallest sizes that add up to the grade, within the allowed range).
    ///
    /// - Complexity: O(*m* · *k*).
    func randomStart(_ rng: inout SuggestRandom) -> [Int] {
        let k = model.k
        var target = Array(repeating: model.minSize, count: k)
        var rest = model.n - model.minSize * k
        for c in 0..<k where rest > 0 {
            let add = min(rest, model.maxSize - model.minSize)
            target[c] += add
            rest -= add
        }
        var order = Array(0..<model.m)
        order.shuffle(using: &rng)
        order.sort { model.unitSize[$0] > model.unitSize[$1] }
        var size = Array(repeating: 0, count: k)
        var assignment = Array(repeating: 0, count: model.m)
        for u in order {
            var best = 0
            for c in 1..<max(1, k) where target[c] - size[c] > target[best] - size[best] { best = c }
            assignment[u] = best
            size[best] += model.unitSize[u]
        }
        return assignment
    }
}
