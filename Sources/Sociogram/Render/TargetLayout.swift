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
        a.rings == b.rings && a.ring == b.ring
            && a.position.elementsEqual(b.position) { $0.x == $1.x && $0.y == $1.y }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rings)
        hasher.combine(ring)
    }

    /// The most rings drawn; more distinct counts are grouped.
    public static let maxRings = 5

    /// - Parameters:
    ///   - received: choices received per pupil.
    ///   - genders: gender per pupil (`nil` = not given).
    ///   - widths: node width per pupil in points (to keep neighbours on a ring apart).
    /// - Complexity: O(*n* log *n*).
    public init(received: [Int], genders: [Gender?], widths: [Double]) {
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
        var radii: [Double] = []
        var position = Array(repeating: (x: 0.0, y: 0.0), count: n)
        for r in levels.indices {
            let members = (0..<n).filter { ringOf[$0] == r }
            // Radius: at least one step beyond the previous ring, and wide enough for the fullest sector.
            var needed = r == 0 ? 0 : radii[r - 1] + 56
            for g in 0..<3 {
                let inGroup = members.filter { group(genders[$0]) == g }
                guard !inGroup.isEmpty else { continue }
                let arc = sector(genders[inGroup[0]]).1
                let length = inGroup.reduce(0) { $0 + widths[$1] + 18 }
                needed = max(needed, length / max(arc, 0.1))
            }
            if r == 0 && members.count == 1 { needed = 0 }
            radii.append(needed)
            for g in 0..<3 {
                let inGroup = members.filter { group(genders[$0]) == g }
                    .sorted { received[$0] != received[$1] ? received[$0] > received[$1] : $0 < $1 }
                guard let first = inGroup.first else { continue }
                let (start, size) = sector(genders[first])
                for (k, i) in inGroup.enumerated() {
                    let angle = start + size * (Double(k) + 0.5) / Double(inGroup.count)
                    position[i] = (needed * cos(angle), needed * sin(angle))
                }
            }
        }
        self.rings = zip(levels, radii).map { Ring(low: $0.low, high: $0.high, radius: $1) }
        self.ring = ringOf
        self.position = position
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
