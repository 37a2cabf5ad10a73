import Foundation

/// Positions of a target sociogram (målskive): concentric rings by positive choices received, the most
/// chosen in the centre; girls on the left half and boys on the right where gender is known, others
/// and pupils whose gender is not given in a sector at the bottom. Computed in Swift and pinned, so the
/// picture is exactly reproducible.
public struct TargetLayout: Sendable, Hashable {
    /// One ring: which choice counts it holds and its radius in points.
    public struct Ring: Sendable, Hashable {
        /// Fewest and most choices received by a pupil on this ring.
        public let low: Int, high: Int
        /// Radius in points.
        public let radius: Double
    }

    /// Rings from the centre outwards (ring 0 is innermost).
    public let rings: [Ring]
    /// `ring[i]`: the ring of pupil `i`.
    public let ring: [Int]
    /// `position[i]`: pupil `i`'s centre in points, origin at the middle of the target, y up.
    public let position: [(x: Double, y: Double)]

    public static func == (a: TargetLayout, b: TargetLayout) -> Bool {
        a.rings == b.rings && a.ring == b.ring && a.outerRadius == b.outerRadius
            && a.position.elementsEqual(b.position) { $0.x == $1.x && $0.y == $1.y }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rings)
        hasher.combine(ring)
    }

    /// The outer circle's radius in points: a ring step beyond the last ring, and no pupil's shape or name
    /// further left or right.
    public let outerRadius: Double

    /// What a pupil takes up around their centre, in points: half the width, and the height above and
    /// below the centre (the shape, and the name where it is written under the shape).
    public struct Extent: Sendable, Hashable {
        public let halfWidth: Double, above: Double, below: Double

        public init(halfWidth: Double, above: Double, below: Double) {
            (self.halfWidth, self.above, self.below) = (halfWidth, above, below)
        }
    }

    /// The most rings drawn; more distinct counts are grouped.
    public static let maxRings = 5
    /// Least distance between two rings, and the free space kept between two pupils' extents, in points.
    static let ringStep = 20.0, margin = 1.0
    /// Shifts of a ring's pupils along their sector tried at each radius, in steps between neighbours.
    static let phases = [0.0, 0.1, -0.1, 0.2, -0.2, 0.3, -0.3, 0.4, -0.4, 0.48, -0.48]

    /// - Parameters:
    ///   - received: choices received per pupil.
    ///   - genders: gender per pupil (`nil` = not given).
    ///   - extents: what each pupil's shape and name take up.
    ///
    /// Each ring gets the smallest radius (at least ``ringStep`` beyond the ring inside it) at which no
    /// pupil's extent meets another's, on this ring or an inner one; the pupils are spread evenly over
    /// their sector, shifted along it when that lets the ring sit closer.
    /// - Complexity: O(*n*² · *s*) for *n* pupils and *s* radii tried per ring (a few hundred at most).
    public init(received: [Int], genders: [Gender?], extents: [Extent]) {
        let n = received.count
        let levels = Self.levels(received)
        var ringOf = Array(repeating: 0, count: n)
        for i in 0..<n { ringOf[i] = levels.firstIndex { received[i] >= $0.low && received[i] <= $0.high } ?? 0 }
        // Angular sectors: girls left, boys right, others/unknown at the bottom (share by head count).
        let known = genders.contains { $0 == .girl || $0 == .boy }
        let othersShare = known ? Double(genders.filter { $0 != .girl && $0 != .boy }.count) / Double(max(n, 1)) : 0
        let bottom = 2 * Double.pi * othersShare
        let half = (2 * Double.pi - bottom) / 2
        // Sector of each group: (start angle, size), angles counter-clockwise from +x.
        func sector(_ g: Gender?) -> (Double, Double) {
            guard known else { return (Double.pi / 2, 2 * Double.pi) }
            switch g {
            case .girl: return (Double.pi / 2, half)
            case .boy: return (Double.pi / 2 + half + bottom, half)
            default: return (Double.pi / 2 + half, bottom)
            }
        }
        func group(_ g: Gender?) -> Int { known ? (g == .girl ? 0 : g == .boy ? 1 : 2) : 0 }
        func meet(_ i: Int, _ a: (x: Double, y: Double), _ j: Int, _ b: (x: Double, y: Double)) -> Bool {
            let (p, q) = (extents[i], extents[j])
            return abs(a.x - b.x) < p.halfWidth + q.halfWidth + Self.margin
                && a.y + p.above + Self.margin > b.y - q.below && b.y + q.above + Self.margin > a.y - p.below
        }
        // Ring by ring, outwards; tried with one shift for all groups of a ring and with a shift per
        // group, keeping the narrower picture.
        func arrange(together: Bool) -> (radii: [Double], position: [(x: Double, y: Double)], outer: Double) {
            var radii: [Double] = []
            var position = Array(repeating: (x: 0.0, y: 0.0), count: n)
            var placed: [Int] = []
            for r in levels.indices {
                let groups = (0..<3).map { g in
                    (0..<n).filter { ringOf[$0] == r && group(genders[$0]) == g }
                        .sorted { received[$0] != received[$1] ? received[$0] > received[$1] : $0 < $1 }
                }
                // One group's positions on a circle of `radius`, spread evenly over its sector, shifted by
                // `phase` steps.
                func positions(_ inGroup: [Int], _ radius: Double, _ phase: Double) -> [(x: Double, y: Double)] {
                    guard let first = inGroup.first else { return [] }
                    let (start, size) = sector(genders[first])
                    return inGroup.indices.map { k in
                        let angle = start + size * (Double(k) + 0.5 + phase) / Double(inGroup.count)
                        return (radius * cos(angle), radius * sin(angle))
                    }
                }
                func fits(_ inGroup: [Int], _ at: [(x: Double, y: Double)], among others: [Int]) -> Bool {
                    for (k, i) in inGroup.enumerated() {
                        for l in (k + 1)..<inGroup.count where meet(i, at[k], inGroup[l], at[l]) { return false }
                        for j in others where meet(i, at[k], j, position[j]) { return false }
                    }
                    return true
                }
                let members = groups.flatMap { $0 }
                // The groups at `radius`: each with a shift that meets nobody placed, either one shift for
                // all (`together`) or each group in turn its own; `nil` when there is none.
                func place(_ radius: Double, together: Bool) -> [(x: Double, y: Double)]? {
                    let saved = position
                    defer { position = saved }
                    var others = placed
                    for phase in together ? Self.phases : [0] {
                        others = placed
                        var ok = true
                        for inGroup in groups where !inGroup.isEmpty {
                            let shift = together ? phase : Self.phases.first { fits(inGroup, positions(inGroup, radius, $0), among: others) }
                            guard let shift, fits(inGroup, positions(inGroup, radius, shift), among: others) else { ok = false; break }
                            for (k, at) in positions(inGroup, radius, shift).enumerated() { position[inGroup[k]] = at }
                            others += inGroup
                        }
                        if ok { return members.map { position[$0] } }
                    }
                    return nil
                }
                let least = r == 0 ? (members.count == 1 ? 0 : Self.ringStep / 2) : radii[r - 1] + Self.ringStep
                var radius = least, chosen: [(x: Double, y: Double)]? = nil
                // The smallest radius (in steps of 2 pt) that fits; past 4000 pt, an even spread.
                while chosen == nil && radius < least + 4000 {
                    chosen = place(radius, together: together)
                    if chosen == nil { radius += 1 }
                }
                let at = chosen ?? groups.flatMap { positions($0, radius, 0) }
                for (k, i) in members.enumerated() { position[i] = at[k] }
                radii.append(radius)
                placed += members
            }
            // Wide enough that no pupil reaches past it on the left or right (the picture's width); a
            // name at the top or bottom may cross the faint outer circle.
            var outer = (radii.last ?? 0) + Self.ringStep
            for i in 0..<n { outer = max(outer, abs(position[i].x) + extents[i].halfWidth + Self.margin) }
            return (radii, position, outer)
        }
        let one = arrange(together: true), each = arrange(together: false)
        let best = each.outer < one.outer ? each : one
        let (radii, position, outer) = (best.radii, best.position, best.outer)
        self.rings = zip(levels, radii).map { Ring(low: $0.low, high: $0.high, radius: $1) }
        self.ring = ringOf
        self.position = position
        self.outerRadius = outer
    }

    /// Choice-count ranges per ring, most chosen first: each distinct count its own ring when there are
    /// at most ``maxRings``; otherwise counts are grouped into rings of about equal head count, with 0
    /// (isolated) always a ring of its own.
    static func levels(_ received: [Int]) -> [(low: Int, high: Int)] {
        let distinct = Array(Set(received)).sorted(by: >)
        if distinct.count <= maxRings { return distinct.map { ($0, $0) } }
        let positive = distinct.filter { $0 > 0 }
        let ringsForPositive = maxRings - (distinct.contains(0) ? 1 : 0)
        let total = received.filter { $0 > 0 }.count
        var out: [(low: Int, high: Int)] = []
        var start = 0, accumulated = 0
        for (k, value) in positive.enumerated() {
            accumulated += received.filter { $0 == value }.count
            let remainingValues = positive.count - k - 1
            let remainingRings = ringsForPositive - out.count - 1
            let target = Double(total) * Double(out.count + 1) / Double(ringsForPositive)
            let mustClose = remainingValues == remainingRings
            if remainingRings > 0 && (mustClose || (Double(accumulated) >= target && remainingValues >= remainingRings)) {
                out.append((value, positive[start]))
                start = k + 1
            }
        }
        if start < positive.count, let last = positive.last { out.append((last, positive[start])) }
        if distinct.contains(0) { out.append((0, 0)) }
        return out
    }
}
