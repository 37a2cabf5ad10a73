import Foundation

/// `sociogram-bench batch --cli PATH [--sizes …] [--jobs …] [--runs N] [--diagram png|svg|none]`: the
/// `sociogram batch` executable at PATH over the same synthetic folders as ``runBatchBench(arguments:)``,
/// so that `--jobs N` runs as a user runs it: N processes (the batch and N − 1 workers, each with its
/// own Graphviz). Prints the median wall time and classes per second, the CPU time per class of all
/// the processes, and the peak of their summed resident memory (sampled every 20 ms; shared library
/// pages are counted once per process, so this is an upper bound).
func runBatchCLIBench(executable: String, sizes: [Int], jobs: [Int], runs: Int, diagram: String) {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("sociogram-batch-cli-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: root) }
    say("`\(executable) batch --jobs N --diagram \(diagram)` (N processes) over synthetic classes of 25–30 pupils; "
        + "\(ProcessInfo.processInfo.activeProcessorCount) cores. Median of \(runs) run(s).")
    say("classes jobs  runs  median time  classes/s  CPU ms/class  peak RSS (all processes)  load avg (1 min) before each run")
    forEachBatchConfiguration(root: root, sizes: sizes, jobs: jobs) { size, input, j in
        var times: [Double] = []
        var cpu: [Double] = []
        var peak = 0.0
        var loads: [String] = []
        for run in 0..<runs {
            loads.append(loadAverage())
            let out = root.appendingPathComponent("out-\(size)-\(j)-\(run)")
            let arguments = ["batch", input.path, "--out", out.path, "--jobs", String(j), "--diagram", diagram]
            guard let result = runMeasured(executable, arguments) else {
                say("  could not start \(executable)")
                return
            }
            if result.status != 0 { say("  exit status \(result.status) for \(size) classes, \(j) jobs") }
            times.append(result.seconds)
            cpu.append(result.cpuSeconds)
            peak = max(peak, result.peakMiB)
            try? FileManager.default.removeItem(at: out)
        }
        let t = Measure.median(times)
        say(String(format: "%7d %4d  %4d  %@  %9.1f  %12.1f  %6.0f MiB                 %@", size, j, runs, Measure.format(t),
            Double(size) / t, Measure.median(cpu) / Double(size) * 1000, peak, loads.joined(separator: " ")))
    }
}

/// One measured run of an executable: wall time, CPU of it and its waited-for children, peak summed RSS.
private struct MeasuredRun {
    var status: Int32
    var seconds: Double
    var cpuSeconds: Double
    var peakMiB: Double
}

/// Runs `executable` with its output discarded; samples the resident memory of it and its children.
private func runMeasured(_ executable: String, _ arguments: [String]) -> MeasuredRun? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let cpuBefore = childrenCPUSeconds()
    let start = DispatchTime.now().uptimeNanoseconds
    guard (try? process.run()) != nil else { return nil }
    var peak = 0.0
    while process.isRunning {
        peak = max(peak, treeRSSMiB(process.processIdentifier))
        usleep(20_000)
    }
    process.waitUntilExit()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    return MeasuredRun(status: process.terminationStatus, seconds: seconds, cpuSeconds: childrenCPUSeconds() - cpuBefore, peakMiB: peak)
}

/// User + system CPU seconds of this process's finished children and their waited-for descendants.
private func childrenCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// The summed VmRSS of `pid` and its direct children (the batch's workers), in MiB.
private func treeRSSMiB(_ pid: Int32) -> Double {
    var pids = [pid]
    let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
    for task in tasks {
        let children = (try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? ""
        pids += children.split(separator: " ").compactMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }
    var kib = 0.0
    for p in Set(pids) {
        guard let status = try? String(contentsOfFile: "/proc/\(p)/status", encoding: .utf8) else { continue }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            kib += line.split(separator: " ").compactMap { Double($0) }.first ?? 0
        }
    }
    return kib / 1024
}

/// The 1-minute load average.
func loadAverage() -> String {
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first.map(String.init) ?? "?"
}
