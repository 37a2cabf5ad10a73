import Foundation

/// When the optimiser stops. The iteration budget is the stop rule, so a given seed and budget give
/// the same result on any machine; `timeLimit` is only an upper bound for slow machines or huge inputs
/// (when it cuts a search short, the result can depend on the machine's speed, and the result says so).
public struct SearchLimits: Sendable, Hashable, Codable {
    /// The seed of the pseudo-random choices.
    public var seed: UInt64
    /// How many improvement rounds the search runs: for work groups, kicks of the iterated local
    /// search per grouping round; for a placement, annealing runs of the memetic search
    /// (``SearchLimits/placement``).
    public var iterations: Int
    /// Wall-clock upper bound in seconds, or `nil` for none.
    public var timeLimit: Double?

    public init(seed: UInt64 = 1, iterations: Int = 400, timeLimit: Double? = 10) {
        self.seed = seed
        self.iterations = iterations
        self.timeLimit = timeLimit
    }
}

/// A monotonic deadline for anytime searches.
struct Deadline {
    private let end: UInt64?

    init(seconds: Double?) {
        if let seconds { end = DispatchTime.now().uptimeNanoseconds &+ UInt64(max(0, seconds) * 1e9) } else { end = nil }
    }

    var passed: Bool {
        guard let end else { return false }
        return DispatchTime.now().uptimeNanoseconds >= end
    }
}
