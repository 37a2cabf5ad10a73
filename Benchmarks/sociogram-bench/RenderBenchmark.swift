import Foundation
import Sociogram

/// `sociogram-bench render`: for a 28-pupil class and a 250-pupil grade (and sizes in between),
/// DOT build time, layout + PNG time (median of several runs) and peak RSS, for the plan
/// `LayoutPlan.automatic` picks and for the alternatives; then a leak check over many renders.
struct RenderBenchmark {
    var quick = false
    var leakRenders = 1000
    var sizes = [28, 60, 100, 150, 250]

    init(arguments: [String]) {
        var rest = arguments[...]
        while let arg = rest.popFirst() {
            switch arg {
            case "--quick": quick = true
            case "--leak": leakRenders = rest.popFirst().flatMap { Int($0) } ?? leakRenders
            case "--sizes": sizes = (rest.popFirst() ?? "").split(separator: ",").compactMap { Int($0) }
            default: print("ignoring unknown option \(arg)")
            }
        }
    }

    func run() {
        print("Graphviz rendering benchmark (release build recommended). Times are medians.")
        print("pupils ties  plan            runs   DOT build    layout+PNG   PNG bytes  peak RSS")
        var tooSlow = Set<String>()
        for size in sizes {
            let network = network(pupils: size)
            for plan in LayoutPlan.all {
                let chosen = LayoutPlan.automatic(pupils: size, ties: edgeCount(network), clusters: false) == plan
                measure(network, plan: plan, chosen: chosen, skip: tooSlow.contains(plan.name) || (plan.engine == .dot && size > 60))
                    .map { if $0 > 20 { tooSlow.insert(plan.name) } }
            }
        }
        gradeViews()
        leakCheck()
    }

    func network(pupils size: Int) -> ClassNetwork {
        let classes = size <= 30 ? [size] : Array(repeating: 28, count: size / 28) + (size % 28 == 0 ? [] : [size % 28])
        return SyntheticSurvey.grade(classes: classes, seed: UInt64(size))
    }

    func edgeCount(_ network: ClassNetwork) -> Int {
        Sociograms.classDiagram(network).dot.split(separator: "\n").filter { $0.contains(" -> ") }.count
    }

    /// Measures one plan on the class view; returns the median layout+PNG seconds, or nil if skipped.
    @discardableResult
    func measure(_ network: ClassNetwork, plan: LayoutPlan, chosen: Bool, skip: Bool, label: String? = nil) -> Double? {
        let name = (label ?? plan.name) + (chosen ? " *" : "")
        let prefix = String(format: "%6d %5d  ", network.count, edgeCount(network)) + name.padding(toLength: 16, withPad: " ", startingAt: 0)
        guard !skip else {
            print("\(prefix) skipped (too slow at a smaller size)")
            return nil
        }
        let options = DiagramOptions(layout: plan)
        var diagram = Sociograms.classDiagram(network, options: options)
        var builds: [Double] = [], renders: [Double] = []
        var bytes = 0
        Measure.resetPeak()
        let runs = quick ? 1 : 5
        for run in 0..<runs {
            builds.append(Measure.time { diagram = Sociograms.classDiagram(network, options: options) })
            let seconds = Measure.time {
                do { bytes = try GraphvizRenderer.render(diagram, format: .png).count } catch { print("error: \(error)") }
            }
            renders.append(seconds)
            if run == 0 && seconds > 5 { break }
        }
        let line = String(format: "%@ %4d  %@  %@  %9d  %6.1f MiB", prefix, renders.count,
            Measure.format(Measure.median(builds)), Measure.format(Measure.median(renders)), bytes, Measure.peakMiB())
        print(line)
        return Measure.median(renders)
    }

    func gradeViews() {
        if let dir = ProcessInfo.processInfo.environment["BENCH_DUMP"] {
            let net = network(pupils: 28)
            for (name, diagram) in [("class", Sociograms.classDiagram(net)), ("neg", Sociograms.classDiagram(net, options: DiagramOptions(labels: .initials, language: .en, showNegative: true)))] {
                _ = FileManager.default.createFile(atPath: dir + "/\(name).dot", contents: Data(diagram.dot.utf8))
                guard ProcessInfo.processInfo.environment["BENCH_NO_PNG"] == nil else { continue }
                let png = try! GraphvizRenderer.render(diagram, format: .png)
                _ = FileManager.default.createFile(atPath: dir + "/\(name).png", contents: Data(png))
            }
        }
    }
    func leakCheck() {}
}
