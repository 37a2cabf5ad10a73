import Foundation

/// Hands out one folder name per class inside the output folder: ``OutputFolder/safeName(_:)`` of the class
/// name (so `../../etc` or `7A/../../x` can never leave the folder), unique ignoring case (`7a` and `7A`
/// become `7a` and `7A-2`, which also keeps them apart on case-insensitive file systems), and never one of
/// the grade-level files (`index.html`, `grade.csv`, …).
///
/// Names are given in the order of the batch's units (files in folder order, then the classes of a
/// file in their order), whatever order the units are finished in by threads or processes: each unit
/// registers its class names once it has imported them (``register(unit:classNames:)``), and its
/// folder names are settled as soon as every earlier unit has registered. When two classes share a
/// name, the one in the earlier file keeps it, so the output is the same for any number of jobs.
/// Thread-safe.
final class FolderNames: @unchecked Sendable {
    private let condition = NSCondition()
    private var taken: Set<String>
    /// Registered class names of units that wait for an earlier unit.
    private var waiting: [Int: [String]] = [:]
    /// Folder names settled and not yet released.
    private var settled: [Int: [String]] = [:]
    /// The first unit whose names are not settled yet.
    private var nextUnit = 0

    /// - Parameter reserved: names used by the grade-level files.
    init(reserved: [String]) {
        taken = Set(reserved.map { $0.lowercased() })
    }

    /// Records the class names of `unit` (empty when its import failed; each unit exactly once).
    ///
    /// - Returns: the units whose folder names this settled, in order, with their names.
    /// - Complexity: O(names settled).
    @discardableResult
    func register(unit: Int, classNames: [String]) -> [(unit: Int, folders: [String])] {
        condition.lock()
        defer { condition.unlock() }
        guard unit >= nextUnit, waiting[unit] == nil else { return [] }
        waiting[unit] = classNames
        var done: [(unit: Int, folders: [String])] = []
        while let names = waiting.removeValue(forKey: nextUnit) {
            let folders = names.map(claim)
            settled[nextUnit] = folders
            done.append((nextUnit, folders))
            nextUnit += 1
        }
        if !done.isEmpty { condition.broadcast() }
        return done
    }

    /// Whether `unit` has registered its names.
    func isRegistered(_ unit: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        return unit < nextUnit || waiting[unit] != nil
    }

    /// The folder names of `unit`'s classes, in the order registered; waits until every earlier unit
    /// has registered.
    func folders(unit: Int) -> [String] {
        condition.lock()
        defer { condition.unlock() }
        while settled[unit] == nil && unit >= nextUnit { condition.wait() }
        return settled[unit] ?? []
    }

    /// The folder names of `unit`'s classes when they are settled and not yet released, without waiting.
    func settledFolders(unit: Int) -> [String]? {
        condition.lock()
        defer { condition.unlock() }
        return settled[unit]
    }

    /// Forgets the settled names of a finished unit (memory stays flat in the number of classes).
    func release(unit: Int) {
        condition.lock()
        settled[unit] = nil
        condition.unlock()
    }

    /// A new unique, safe folder name for `className`. Lock must be held.
    private func claim(_ className: String) -> String {
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
/// `NAME` and renames it; a killed process leaves the temporary behind, never a half `NAME`), and the
/// hidden class folders of processes that were stopped before they put them in place.
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
        // Hidden class folders of a worker that was stopped before it put them in place (``StagedOutput``).
        removed += StagedOutput.removeAbandoned(in: folder)
        for dir in folders {
            for name in (try? fm.contentsOfDirectory(atPath: dir)) ?? [] where isTemporary(name) {
                let path = (dir as NSString).appendingPathComponent(name)
                if (try? fm.removeItem(atPath: path)) != nil { removed.append(path) }
            }
        }
        return removed
    }
}
