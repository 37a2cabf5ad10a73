import Foundation

/// Wall-clock timing and memory readings for the benchmarks.
enum Measure {
    /// Seconds taken by `body`.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    /// Current resident set size in MiB (Linux `/proc/self/status` VmRSS).
    static func rssMiB() -> Double { statusField("VmRSS") }

    /// Peak resident set size since the last ``resetPeak()``, in MiB (VmHWM).
    static func peakMiB() -> Double { statusField("VmHWM") }

    /// Resets the kernel's peak-RSS mark (`echo 5 > /proc/self/clear_refs`), so each configuration's
    /// peak is its own. Returns false where the kernel does not allow it.
    @discardableResult
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        return (try? handle.write(contentsOf: Data("5".utf8))) != nil
    }

    private static func statusField(_ name: String) -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return .nan }
        for line in text.split(separator: "\n") where line.hasPrefix(name + ":") {
            let digits = line.split(separator: " ").compactMap { Double($0) }
            if let kib = digits.first { return kib / 1024 }
        }
        return .nan
    }

    static func format(_ seconds: Double) -> String {
        seconds < 1 ? String(format: "%7.1f ms", seconds * 1000) : String(format: "%7.2f s ", seconds)
    }
}

/// Prints a line at once (unbuffered), so progress shows when the output goes to a file.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
