import Foundation
import Sociogram

/// The suggest part of the benchmark: the group optimiser against the exact optima in
/// `Tests/SociogramTests/Resources/exact-groups` (median time per class, share solved to the optimum,
/// worst gap), and grade placement for 150 and 250 pupils against the CP-SAT reference.
///
/// Run from the package root: `swift run -c release sociogram-bench`. An extra folder of instances with
/// an `optimum.json` (e.g. the real classes written by `scripts/exact_groups.py real`) can be given
/// in the environment variable `SOCIOGRAM_EXACT_EXTRA`.
func runGroupsBench(root: String = FileManager.default.currentDirectoryPath) {
    let base = URL(fileURLWithPath: root).appendingPathComponent("Tests/SociogramTests/Resources/exact-groups")
    print("== groups: optimiser vs exact optimum (PuLP + CBC)")
    for iterations in [100, 400] {
        benchClasses(folder: base, label: "synthetic", iterations: iterations)
    }
    if let extra = ProcessInfo.processInfo.environment["SOCIOGRAM_EXACT_EXTRA"] {
        benchClasses(folder: URL(fileURLWithPath: extra), label: "extra", iterations: 400)
    }
    benchPlacement(folder: base.appendingPathComponent("placement"))
}

private struct Optimum: Decodable {
    let name: String
    let hard: Int?
    let friendless: Int?
    let points: Int?
}

private struct OptimumFile: Decodable { let results: [Optimum] }


private func benchClasses(folder: URL, label: String, iterations: Int) {
    guard let data = try? Data(contentsOf: folder.appendingPathComponent("optimum.json")),
        let optima = try? JSONDecoder().decode(OptimumFile.self, from: data)
    else {
        print("  (no optimum.json in \(folder.path))")
        return
    }
    var times: [Double] = [], optimal = 0, worstGap = 0.0, solved = 0
    for opt in optima.results {
        guard let points = opt.points, let friendless = opt.friendless,
            let pdata = try? Data(contentsOf: folder.appendingPathComponent("instances/\(opt.name).json")),
            let problem = try? JSONDecoder().decode(GroupingProblem.self, from: pdata)
        else { continue }
        var score = GroupScore()
        let t = Measure.time {
            score = (try? problem.solve(limits: SearchLimits(seed: 1, iterations: iterations, timeLimit: nil)))?.score
                ?? GroupScore(hard: .max)
        }
        times.append(t)
        solved += 1
        let gap = score.hard > (opt.hard ?? 0) || score.friendless > friendless
            ? 1.0 : Double(points - score.points) / Double(max(1, abs(points)))
        if gap <= 0 { optimal += 1 }
        worstGap = max(worstGap, gap)
        if gap > 0 { print("  \(opt.name): \(score) vs optimum \(friendless) / \(points)") }
    }
    print(String(
        format: "  %@, %d iterations: %d/%d optimal, worst gap %.2f %%, median %.3f s, max %.3f s",
        label, iterations, optimal, solved, worstGap * 100, Measure.median(times), times.max() ?? 0))
}

private func benchPlacement(folder: URL) {
    print("== placement: optimiser vs OR-Tools CP-SAT (compact model, 60 s)")
    guard let data = try? Data(contentsOf: folder.appendingPathComponent("optimum.json")),
        let reference = try? JSONDecoder().decode(OptimumFile.self, from: data)
    else {
        print("  (no optimum.json in \(folder.path))")
        return
    }
    for ref in reference.results {
        guard let pdata = try? Data(contentsOf: folder.appendingPathComponent("instances/\(ref.name).json")),
            let problem = try? JSONDecoder().decode(GroupingProblem.self, from: pdata)
        else { continue }
        for iterations in [1000, 5000] {
            var times: [Double] = [], scores: [GroupScore] = []
            for seed in 1...5 {
                var score = GroupScore(hard: .max)
                times.append(Measure.time {
                    score = (try? problem.place(limits: SearchLimits(seed: UInt64(seed), iterations: iterations, timeLimit: nil)))?.score ?? score
                })
                scores.append(score)
            }
            let worst = scores.min { $1.isBetter(than: $0) } ?? GroupScore(hard: .max)
            let refText = "CP-SAT: \(ref.friendless ?? -1) without friend, \(ref.points ?? 0) points"
            let reached = scores.filter { s in
                s.hard <= (ref.hard ?? 0) && (s.friendless < (ref.friendless ?? 0)
                    || (s.friendless == (ref.friendless ?? 0) && s.points >= (ref.points ?? 0)))
            }.count
            print(String(
                format: "  %@ (%d pupils), %d iterations, seeds 1-5: median %.2f s; points %@; worst %d without friend, %d points (%@); %d/5 seeds ≥ reference",
                ref.name, problem.count, iterations, Measure.median(times), scores.map { "\($0.friendless)/\($0.points)" }.joined(separator: " "),
                worst.friendless, worst.points, refText, reached))
        }
    }
}
