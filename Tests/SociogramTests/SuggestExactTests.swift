import Foundation
import Testing
@testable import Sociogram

/// The optimiser against the exact optimum computed by `scripts/exact_groups.py` (PuLP + CBC set
/// partitioning over the same objective) for 24 seeded synthetic classes of 20–30 pupils.
@Suite struct SuggestExactTests {
    struct Optimum: Decodable {
        let name: String
        let hard: Int
        let friendless: Int
        let points: Int
        let groups: [[Int]]
    }

    struct OptimumFile: Decodable { let results: [Optimum] }

    static func folder() throws -> URL {
        let resources = try #require(Bundle.module.url(forResource: "Resources", withExtension: nil))
        return resources.appendingPathComponent("exact-groups")
    }

    static func load() throws -> [(GroupingProblem, Optimum)] {
        let dir = try folder()
        let optima = try JSONDecoder().decode(
            OptimumFile.self, from: Data(contentsOf: dir.appendingPathComponent("optimum.json"))).results
        return try optima.map { opt in
            let url = dir.appendingPathComponent("instances").appendingPathComponent(opt.name + ".json")
            return (try JSONDecoder().decode(GroupingProblem.self, from: Data(contentsOf: url)), opt)
        }
    }

    @Test func thereAreAtLeastTwentyInstances() throws {
        #expect(try Self.load().count >= 20)
    }

    /// Both implementations of the objective agree: Swift scores the exact solver's partition exactly
    /// as Python did.
    @Test func swiftScoresTheOptimalPartitionAsPythonDid() throws {
        for (problem, opt) in try Self.load() {
            let score = problem.score(of: opt.groups)
            #expect(score == GroupScore(hard: opt.hard, friendless: opt.friendless, points: opt.points), "\(opt.name)")
        }
    }

    /// The search reaches the optimum (or within 1 % of its points) on every instance, and never
    /// claims more than the optimum (which would mean the two objectives differ).
    @Test func searchReachesTheOptimum() throws {
        for (problem, opt) in try Self.load() {
            let solution = try problem.solve(limits: SearchLimits(seed: 1, iterations: 400, timeLimit: nil))
            #expect(solution.score.hard == opt.hard, "\(opt.name)")
            #expect(solution.score.friendless == opt.friendless, "\(opt.name)")
            #expect(solution.score.points <= opt.points, "\(opt.name): more than the proven optimum")
            #expect(Double(solution.score.points) >= 0.99 * Double(opt.points), "\(opt.name): \(solution.score.points) of \(opt.points)")
            let everyone = solution.groups.flatMap { $0 }.sorted()
            #expect(everyone == Array(0..<problem.count), "\(opt.name): not a partition")
            #expect(solution.groups.allSatisfy { $0.count >= problem.minSize && $0.count <= problem.maxSize })
        }
    }
}
