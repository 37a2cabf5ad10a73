import Foundation
import Sociogram

/// The suggest part of the benchmark: the group optimiser against the exact optima in
/// `Tests/SociogramTests/Resources/exact-groups` (median time per class, share solved to the optimum,
/// worst gap), and grade placement for 150 and 250 pupils against the CP-SAT reference.
///
/// Run from the package root: `swift run -c release sociogram-bench`. An extra folder of instances with
/// an `optimum.json` (e.g. the real classes written by `scripts/reference/exact_groups.py real`) can be given
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

/// `sociogram-bench placement [--only a,b] [--iterations 8,16] [--seeds N] [--time-limit T]`: the
/// placement search on the grades in `Tests/SociogramTests/Resources/exact-groups/placement` against
/// the CP-SAT reference (`reference.json`, written by `scripts/reference/exact_groups.py placement`).
func runPlacementBench(arguments: [String], root: String = FileManager.default.currentDirectoryPath) {
    func value(_ flag: String) -> String? {
        arguments.firstIndex(of: flag).flatMap { arguments.index(after: $0) < arguments.endIndex ? arguments[$0 + 1] : nil }
    }
    let folder = URL(fileURLWithPath: root).appendingPathComponent("Tests/SociogramTests/Resources/exact-groups/placement")
    let iterations = value("--iterations").map { $0.split(separator: ",").compactMap { Int($0) } }
        ?? [PlacementRequest(classes: 1).limits.iterations]
    benchPlacement(
        folder: folder, only: value("--only").map { Set($0.split(separator: ",").map(String.init)) },
        iterations: iterations, seeds: value("--seeds").flatMap { Int($0) } ?? 3,
        timeLimit: value("--time-limit").flatMap { Double($0) })
}

private func benchPlacement(
    folder: URL, only: Set<String>? = ["grade150-s1", "grade250-s1", "grade-150", "grade-250"],
    iterations: [Int] = [PlacementRequest(classes: 1).limits.iterations], seeds: Int = 3, timeLimit: Double? = nil
) {
    print("== placement: optimiser vs OR-Tools CP-SAT (compact model, 60 s on 2 workers)")
    guard let data = try? Data(contentsOf: folder.appendingPathComponent("reference.json")),
        let reference = try? JSONDecoder().decode(OptimumFile.self, from: data)
    else {
        print("  (no reference.json in \(folder.path))")
        return
    }
    for ref in reference.results where only?.contains(ref.name) ?? true {
        guard let pdata = try? Data(contentsOf: folder.appendingPathComponent("instances/\(ref.name).json")),
            let problem = try? JSONDecoder().decode(GroupingProblem.self, from: pdata)
        else { continue }
        for budget in iterations {
            var times: [Double] = [], scores: [GroupScore] = []
            for seed in 1...max(1, seeds) {
                var score = GroupScore(hard: .max)
                times.append(Measure.time {
                    score = (try? problem.place(limits: SearchLimits(seed: UInt64(seed), iterations: budget, timeLimit: timeLimit)))?.score ?? score
                })
                scores.append(score)
            }
            let reached = scores.filter { s in
                s.hard <= (ref.hard ?? 0) && (s.friendless < (ref.friendless ?? 0)
                    || (s.friendless == (ref.friendless ?? 0) && s.points >= (ref.points ?? 0)))
            }.count
            let points = scores.map { Double($0.points) }
            print(String(
                format: "  %@ (%d pupils, %d classes), %d iterations: CP-SAT %d/%d; ours (hard/friendless/points) %@; median %.0f points, median %.2f s (max %.2f s); %d/%d seeds ≥ CP-SAT",
                ref.name, problem.count, problem.groupCount, budget, ref.friendless ?? -1, ref.points ?? 0,
                scores.map { "\($0.hard)/\($0.friendless)/\($0.points)" }.joined(separator: " "),
                Measure.median(points), Measure.median(times), times.max() ?? 0, reached, scores.count))
        }
    }
}
