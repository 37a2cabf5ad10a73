import Foundation
import Sociogram

/// `sociogram-bench render`: for a 28-pupil class and a 250-pupil grade (and sizes in between),
/// DOT build time, layout + PNG time (median of several runs) and peak RSS, for the plan
/// `LayoutPlan.automatic` picks and for the alternatives; then a leak check over many renders.
struct RenderBenchmark {
    var quick = false
    var leakRenders = 1000
    var sizes = [28, 40, 60, 100, 150, 250]

    init(arguments: [String]) {
        var rest = arguments[...]
        while let arg = rest.popFirst() {
            switch arg {
            case "--quick": quick = true
            case "--leak": leakRenders = rest.popFirst().flatMap { Int($0) } ?? leakRenders
            case "--sizes": sizes = (rest.popFirst() ?? "").split(separator: ",").compactMap { Int($0) }
            default: say("ignoring unknown option \(arg)")
            }
        }
    }

    func run() {
        say("Graphviz rendering benchmark (release build recommended). Times are medians.")
        say("pupils ties  plan             runs   DOT build    layout only  layout+PNG   layout+SVG   PNG bytes  peak RSS")
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
    func measure(_ network: ClassNetwork, plan: LayoutPlan, chosen: Bool, skip: Bool) -> Double? {
        let name = plan.name + (chosen ? " *" : "")
        guard !skip else {
            say(String(format: "%6d %5d  ", network.count, edgeCount(network)) + name.padding(toLength: 16, withPad: " ", startingAt: 0)
                + " skipped (too slow at a smaller size)")
            return nil
        }
        return measureView(network, name: name) { Sociograms.classDiagram(network, options: DiagramOptions(layout: plan)) }
    }

    /// The grade view (classes as clusters) on the 250-pupil grade, for the engines that draw clusters.
    func gradeViews() {
        say("\nGrade view (classes as clusters), 250 pupils:")
        let grade = network(pupils: 250)
        let automatic = Sociograms.gradeDiagram(grade)
        for plan in [LayoutPlan.fdpStraight, .fdpSplines, .sfdpStraight] where !(quick && plan == .fdpSplines) {
            let chosen = automatic.dot.contains("layout=\(plan.engine.graphvizName)") && plan == .fdpStraight
            measureView(grade, name: plan.name + (chosen ? " *" : "")) { Sociograms.gradeDiagram(grade, options: DiagramOptions(layout: plan)) }
        }
        say("\nOther views, 28-pupil class (automatic plan):")
        let net = network(pupils: 28)
        measureView(net, name: "target (pinned)") { Sociograms.targetDiagram(net) }
        measureView(net, name: "ego") { try! Sociograms.egoDiagram(net, focus: 4) }
        measureView(net, name: "negative shown") { Sociograms.classDiagram(net, options: DiagramOptions(showNegative: true)) }
        say("\nPNG resolution, 28-pupil class, neato+lines (layout+PNG, median of 5):")
        let straight = Sociograms.classDiagram(net, options: DiagramOptions(layout: .neatoStraight))
        for dpi in [72, 96, 144] {
            var times: [Double] = []
            var bytes = 0
            for _ in 0..<(quick ? 1 : 5) {
                times.append(Measure.time { bytes = (try? GraphvizRenderer.render(straight, format: .png, dpi: dpi))?.count ?? 0 })
            }
            say(String(format: "  %3d dpi: %@  %8d bytes", dpi, Measure.format(Measure.median(times)), bytes))
        }
        dump()
    }

    /// Build, layout-only, layout+PNG and layout+SVG times (medians; one run when a run exceeds 5 s)
    /// and the peak RSS of one configuration. Returns the median layout+PNG seconds.
    @discardableResult
    func measureView(_ network: ClassNetwork, name: String, _ build: () -> Diagram) -> Double {
        var diagram = build()
        var builds: [Double] = [], layouts: [Double] = [], renders: [Double] = [], svgs: [Double] = []
        var bytes = 0
        Measure.resetPeak()
        for run in 0..<(quick ? 1 : 5) {
            builds.append(Measure.time { diagram = build() })
            layouts.append(Measure.time { _ = try? GraphvizRenderer.positionedDOT(dot: diagram.dot, engine: diagram.engine) })
            let seconds = Measure.time {
                do { bytes = try GraphvizRenderer.render(diagram, format: .png).count } catch { say("error: \(error)") }
            }
            renders.append(seconds)
            if run == 0 && seconds > 5 { break }
            svgs.append(Measure.time { _ = try? GraphvizRenderer.render(diagram, format: .svg) })
        }
        let ties = diagram.dot.split(separator: "\n").filter { $0.contains(" -> ") }.count
        say(String(format: "%6d %5d  ", network.count, ties) + name.padding(toLength: 16, withPad: " ", startingAt: 0)
            + String(format: " %4d  %@  %@  %@  %@  %9d  %6.1f MiB", renders.count, Measure.format(Measure.median(builds)),
                Measure.format(Measure.median(layouts)), Measure.format(Measure.median(renders)),
                svgs.isEmpty ? "        -  " : Measure.format(Measure.median(svgs)), bytes, Measure.peakMiB()))
        return Measure.median(renders)
    }

    /// With `BENCH_DUMP=DIR`, writes every view of the 28-pupil class as DOT and PNG there.
    func dump() {
        if let dir = ProcessInfo.processInfo.environment["BENCH_DUMP"] {
            let net = network(pupils: 28)
            let grade = network(pupils: 250)
            let views: [(String, Diagram)] = [
                ("class", Sociograms.classDiagram(net)),
                ("neg", Sociograms.classDiagram(net, options: DiagramOptions(labels: .initials, language: .en, showNegative: true))),
                ("target", Sociograms.targetDiagram(net)),
                ("ego", try! Sociograms.egoDiagram(net, focus: 4)),
                ("groups", try! Sociograms.groupsDiagram(net, groups: GroupsDiagramInput(groups: stride(from: 0, to: 28, by: 4).map { Array($0..<$0 + 4) }, leaders: [0, 5, nil, 13, 16, 21, 26]))),
                ("supporters", try! Sociograms.supportersDiagram(net, focus: 9, supporters: [3, 7, 12, 20, 25])),
                ("difference", try! Sociograms.differenceDiagram(DifferenceInput(before: net, after: SyntheticSurvey.grade(classes: [28], seed: 99), beforeLabel: "høsten", afterLabel: "våren"))),
                ("grade", Sociograms.gradeDiagram(grade, options: DiagramOptions(labels: .codes))),
            ]
            for (name, diagram) in views {
                _ = FileManager.default.createFile(atPath: dir + "/\(name).dot", contents: Data(diagram.dot.utf8))
                guard ProcessInfo.processInfo.environment["BENCH_NO_PNG"] == nil else { continue }
                let png = try! GraphvizRenderer.render(diagram, format: .png)
                _ = FileManager.default.createFile(atPath: dir + "/\(name).png", contents: Data(png))
            }
        }
    }
    /// Renders the 28-pupil class as PNG many times and prints the resident memory along the way:
    /// flat memory means every graph, layout and render buffer is freed.
    func leakCheck() {
        guard leakRenders > 0 else { return }
        say("\nMemory over \(leakRenders) PNG renders of the 28-pupil class (RSS in MiB):")
        let diagram = Sociograms.classDiagram(network(pupils: 28))
        var line = ""
        let checkpoints = Set([1, 10, 100, leakRenders / 4, leakRenders / 2, 3 * leakRenders / 4, leakRenders])
        let seconds = Measure.time {
            for k in 1...leakRenders {
                _ = try? GraphvizRenderer.render(diagram, format: .png)
                if checkpoints.contains(k) { line += String(format: "  after %d: %.1f", k, Measure.rssMiB()) }
            }
        }
        say(line)
        say(String(format: "  %.1f renders per second", Double(leakRenders) / seconds))
    }
}
