import Foundation
import Sociogram

/// `sociogram-bench batch [--sizes 10,100,1000] [--jobs 1,2] [--runs N] [--diagram png|svg|none] [--layout auto|lines] [--probe] [--cli PATH]`:
/// the whole batch (import from files, analysis, JSON, CSV, diagram, atomic writes, grade summary) over
/// folders of synthetic classes of 25–30 pupils. Prints classes per second (median of the runs) and the
/// peak resident memory of each configuration. In this process `--jobs` are threads sharing one
/// Graphviz; with `--cli PATH` the `sociogram` executable at PATH runs instead, where `--jobs` are
/// processes (``runBatchCLIBench(executable:sizes:jobs:runs:diagram:)``).
func runBatchBench(arguments: [String]) {
    var sizes = [10, 100, 1000]
    var jobs = [1, 2]
    var runs = 3
    var diagram: DiagramFormat? = .png
    var straight = true
    var dpi: Int? = 72
    var trace = false
    var executable: String?
    var rest = arguments[...]
    while let arg = rest.popFirst() {
        let value = arg == "--probe" || arg == "--trace" ? "" : rest.popFirst() ?? ""
        switch arg {
        case "--sizes": sizes = value.split(separator: ",").compactMap { Int($0) }
        case "--jobs": jobs = value.split(separator: ",").compactMap { Int($0) }
        case "--runs": runs = Int(value) ?? runs
        case "--diagram": diagram = value == "none" ? nil : DiagramFormat(fileExtension: value)
        case "--layout": straight = value != "curved"
        case "--dpi": dpi = Int(value).flatMap { $0 > 0 ? $0 : nil }
        case "--trace": trace = true
        case "--cli": executable = value
        case "--write-input":
            // Only write the synthetic class files (for timing the `sociogram` executable itself).
            for size in sizes { writeSyntheticGrade(classes: size, to: URL(fileURLWithPath: value).appendingPathComponent("in-\(size)")) }
            return
        case "--probe":
            runBatchProbe()
            return
        default: say("ignoring unknown option \(arg)")
        }
    }
    if let executable {
        runBatchCLIBench(executable: executable, sizes: sizes, jobs: jobs, runs: runs, diagram: diagram?.rawValue ?? "none")
        return
    }
    let tracing = trace
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("sociogram-batch-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: root) }
    say("Batch benchmark: synthetic classes of 25–30 pupils as edge-list files; diagram \(diagram?.rawValue ?? "none"), "
        + "\(straight ? "straight edges" : "automatic plan (curved edges)"), \(dpi.map { "\($0) dpi" } ?? "96 dpi"); \(ProcessInfo.processInfo.activeProcessorCount) cores. Median of \(runs) run(s).")
    say("classes jobs  runs  median time  classes/s  CPU ms/class  peak RSS  (RSS before)  load avg")
    forEachBatchConfiguration(root: root, sizes: sizes, jobs: jobs) { size, input, j in
        var times: [Double] = []
        var cpu: [Double] = []
        var peak = 0.0
        let load = loadAverage()
        let before = Measure.rssMiB()
        for run in 0..<runs {
            let out = root.appendingPathComponent("out-\(size)-\(j)-\(run)")
            Measure.resetPeak()
            let cpuBefore = cpuSeconds()
            let seconds = Measure.time {
                do {
                    let source = try BatchSource.open(path: input.path)
                    let folder = try OutputFolder.prepare(path: out.path, force: false, inputs: [input.path])
                    let summary = try BatchRunner.run(
                        source, into: folder,
                        options: BatchOptions(pipeline: .init(diagram: diagram, dpi: dpi, straightEdges: straight), jobs: j),
                        progress: { p in
                            // --trace: resident memory after every tenth of the classes (flat = no growth per class)
                            if tracing, p.done % max(1, p.total / 10) == 0 {
                                say(String(format: "    after %5d classes: RSS %5.1f MiB", p.done, Measure.rssMiB()))
                            }
                        })
                    if summary.classes.count != size || summary.needsAttention { say("  unexpected: \(summary.classes.count) classes, \(summary.failed.count) failed") }
                } catch {
                    say("  error: \(error)")
                }
            }
            peak = max(peak, Measure.peakMiB())
            times.append(seconds)
            cpu.append(cpuSeconds() - cpuBefore)
            try? FileManager.default.removeItem(at: out)
        }
        let t = Measure.median(times)
        say(String(format: "%7d %4d  %4d  %@  %9.1f  %12.1f  %5.0f MiB  (%3.0f MiB)     %@", size, j, runs, Measure.format(t),
            Double(size) / t, Measure.median(cpu) / Double(size) * 1000, peak, before, load))
    }
}

/// For each size, writes a folder of that many synthetic classes under `root` and calls `body` with
/// it for each number of jobs, then removes it.
func forEachBatchConfiguration(root: URL, sizes: [Int], jobs: [Int], _ body: (_ size: Int, _ input: URL, _ jobs: Int) -> Void) {
    for size in sizes {
        let input = root.appendingPathComponent("in-\(size)")
        writeSyntheticGrade(classes: size, to: input)
        for j in jobs { body(size, input, j) }
        try? FileManager.default.removeItem(at: input)
    }
}

/// User + system CPU seconds of this process so far, all threads (load on the machine does not inflate it).
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// Writes `classes` class files (`K0001.csv`, …) of 25–30 pupils each: edge lists with a positive, a
/// prosocial and a negative question, from ``SyntheticSurvey``.
func writeSyntheticGrade(classes: Int, to folder: URL) {
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for c in 0..<classes {
        let size = 25 + c % 6
        let network = SyntheticSurvey.grade(classes: [size], seed: UInt64(1000 + c))
        var rows = ["fra;til;spørsmål;rangering"]
        for nom in network.nominations {
            let q = network.questions[nom.question].text
            rows.append("\(network.pupils[nom.from].name);\(network.pupils[nom.to].name);\(q);\(nom.rank.map(String.init) ?? "")")
        }
        let name = String(format: "K%04d.csv", c)
        try? (rows.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
}

/// `sociogram-bench batch --probe`: where one class diagram's time goes, on a 28-pupil class: the part
/// inside the Graphviz lock (layout; layout + drawing the pixels) and the part outside it (PNG encoding),
/// for each layout plan and resolution. Median of 15.
func runBatchProbe() {
    let network = SyntheticSurvey.grade(classes: [28], seed: 28)
    say("28 pupils; median of 15. 'layout' = parse + layout (+ -Tdot); 'draw' = layout + cairo drawing, inside the lock;")
    say("'encode' = PNG compression outside the lock; 'PNG' = the whole render; 'SVG' = layout + SVG.")
    say("plan            dpi   layout     draw       encode     PNG        SVG        pixels       PNG bytes")
    func median(_ body: () -> Void) -> Double { Measure.median((0..<15).map { _ in Measure.time(body) }) }
    // (`splines=curved` would be cheap, but Graphviz 2.42 crashes on it with these diagrams.)
    for plan in [LayoutPlan.neatoSplines, .neatoStraight] {
        let d = Sociograms.classDiagram(network, options: DiagramOptions(layout: plan))
        for dpi in [96, 72, 60] {
            var image: RasterImage?
            var png: [UInt8] = []
            let layout = median { _ = try? GraphvizRenderer.positionedDOT(dot: d.dot, engine: d.engine) }
            let draw = median { image = try? GraphvizRenderer.raster(dot: d.dot, engine: d.engine, dpi: dpi) }
            let encode = image.map { i in median { png = (try? PNGEncoder.encode(i)) ?? [] } } ?? .nan
            let whole = median { _ = try? GraphvizRenderer.render(d, format: .png, dpi: dpi) }
            let svg = median { _ = try? GraphvizRenderer.render(d, format: .svg) }
            let pixels = image.map { "\($0.width)×\($0.height)" } ?? "-"
            say("\(plan.name.padding(toLength: 15, withPad: " ", startingAt: 0)) \(String(format: "%3d", dpi))  \(Measure.format(layout))  \(Measure.format(draw))  \(Measure.format(encode))  \(Measure.format(whole))  \(Measure.format(svg))  \(pixels.padding(toLength: 11, withPad: " ", startingAt: 0))  \(String(format: "%8d", png.count))")
        }
    }
    if let image = try? GraphvizRenderer.raster(dot: Sociograms.classDiagram(network, options: DiagramOptions(layout: .neatoStraight)).dot, engine: .neato, dpi: 72) {
        say("zlib level for the 72 dpi straight-edge class (encode time, bytes):")
        for level in [Int32(1), 2, 3, 6, 9] {
            var png: [UInt8] = []
            let t = median { png = (try? PNGEncoder.encode(image, level: level)) ?? [] }
            say("  level \(level): \(Measure.format(t))  \(png.count) bytes")
        }
    }
}
