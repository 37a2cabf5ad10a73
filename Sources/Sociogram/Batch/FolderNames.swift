import Foundation

/// Hands out one folder name per class inside the output folder: ``OutputFolder/safeName(_:)`` of the class
/// name (so `../../etc` or `7A/../../x` can never leave the folder), unique ignoring case (`7a` and `7A`
/// become `7a` and `7A-2`, which also keeps them apart on case-insensitive file systems), and never one of
/// the grade-level files (`index.html`, `grade.csv`, …).
///
/// Names are given in the order they are asked for; when two classes share a name, the one asked first
/// keeps it. Thread-safe.
final class FolderNames: @unchecked Sendable {
    private let lock = NSLock()
    private var taken: Set<String>

    /// - Parameter reserved: names used by the grade-level files.
    init(reserved: [String]) {
        taken = Set(reserved.map { $0.lowercased() })
    }

    /// A new unique, safe folder name for `className`.
    func claim(_ className: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        let base = OutputFolder.safeName(className)
        var candidate = base
        var k = 1
        while taken.contains(candidate.lowercased()) {
            k += 1
            candidate = OutputFolder.safeName(String(base.prefix(72)) + "-\(k)")
        }
        taken.insert(candidate.lowercased())
        return candidate
    }
}

/// Hidden temporaries left by an interrupted run (``AtomicFile`` writes `.NAME.tmp-XXXXXX` next to
/// `NAME` and renames it; a killed process leaves the temporary behind, never a half `NAME`).
public enum StaleTemporaries {
    /// Whether `fileName` has the exact shape of an ``AtomicFile`` temporary.
    public static func isTemporary(_ fileName: String) -> Bool {
        guard fileName.hasPrefix("."), let range = fileName.range(of: ".tmp-", options: .backwards) else { return false }
        let suffix = fileName[range.upperBound...]
        return range.lowerBound > fileName.index(after: fileName.startIndex) && suffix.count == 6
            && suffix.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    /// Removes such temporaries from `folder` and its direct sub-folders (where a batch writes), nothing else.
    ///
    /// - Returns: the paths removed.
    @discardableResult
    public static func remove(in folder: String) -> [String] {
        let fm = FileManager.default
        var removed: [String] = []
        var folders = [folder]
        for name in (try? fm.contentsOfDirectory(atPath: folder)) ?? [] {
            var isDirectory: ObjCBool = false
            let path = (folder as NSString).appendingPathComponent(name)
            if fm.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { folders.append(path) }
        }
        for dir in folders {
            for name in (try? fm.contentsOfDirectory(atPath: dir)) ?? [] where isTemporary(name) {
                let path = (dir as NSString).appendingPathComponent(name)
                if (try? fm.removeItem(atPath: path)) != nil { removed.append(path) }
            }
        }
        return removed
    }
}
