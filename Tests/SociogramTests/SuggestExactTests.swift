import Foundation
import Testing
@testable import Sociogram

/// The optimiser against the exact optimum computed by `scripts/reference/exact_groups.py` (PuLP + CBC set
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

    static let names = (1...24).map { "synthetic-" + ($0 < 10 ? "0" : "") + String($0) }

    /// The search reaches the optimum (or within 1 % of its points) on every instance, and never
    /// claims more than the optimum (which would mean the two objectives differ).
    @Test(arguments: names)
    func searchReachesTheOptimum(_ name: String) throws {
        let (problem, opt) = try #require(try Self.load().first { $0.1.name == name })
        let solution = try problem.solve(limits: SearchLimits(seed: 1, iterations: 400, timeLimit: nil))
        #expect(solution.score.hard == opt.hard)
        #expect(solution.score.friendless == opt.friendless)
        #expect(solution.score.points <= opt.points, "more than the proven optimum")
        #expect(Double(solution.score.points) >= 0.99 * Double(opt.points), "\(solution.score.points) of \(opt.points)")
        #expect(solution.groups.flatMap { $0 }.sorted() == Array(0..<problem.count), "not a partition")
        #expect(solution.groups.allSatisfy { $0.count >= problem.minSize && $0.count <= problem.maxSize })
    }
}
