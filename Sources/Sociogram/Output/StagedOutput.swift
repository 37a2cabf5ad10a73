import CFileExchange
import Foundation

/// An output folder that appears as a whole: the files of one run (`analyze --out DIR`, `compare`,
/// `follow`, `seating`, one class of `batch`) are written into a hidden sibling folder
/// (`.DIR.sociogram-PID-XXXXXX`, owner-only) and put in place by one `rename` once all of them are
/// written, so `DIR` holds either the complete earlier state or the complete new one.
///
/// - A missing or empty `DIR` is replaced by the finished folder in one `rename`.
/// - An existing `DIR` (with `--force`) is replaced as a whole by an atomic exchange (Linux
///   `renameat2(RENAME_EXCHANGE)`): what the old folder holds that this run does not write (the
///   teacher's own files, outputs of an earlier run under other names) is first hard-linked into the
///   new one — never copied or rewritten — and the old folder is removed after the exchange. Where the
///   file system can do neither (FAT, some network disks), the finished files are moved in one by
///   one: each file is still whole, the set is not.
/// - A failure, ``abandon()`` or the end of the value without ``commit()`` removes the hidden folder
///   (and folders created for it), so nothing is left behind. A later run removes hidden folders of
///   processes that no longer exist (a run killed with `SIGKILL`).
///
/// Thread-safe: ``abandon()`` may be called from a signal handler's queue while the writing thread
/// is still at work; once abandoned, ``commit()`` refuses, and once committed, ``abandon()`` does nothing.
public final class StagedOutput: @unchecked Sendable {
    /// Writes go here (into the hidden folder); the paths it returns and names in messages are under `DIR`.
    public let folder: OutputFolder
    private let target: String
    private let staging: String
    /// Folders made for the staging folder (missing parents of `DIR`), removed again on failure, deepest first.
    private let createdParents: [String]
    private let lock = NSLock()
    private var state = State.open

    private enum State { case open, committed, abandoned }

    /// Checks `path` the way ``OutputFolder/prepare(path:force:inputs:)`` does and makes the hidden folder.
    ///
    /// - Throws: ``OutputError`` — `.isAFile`, `.folderNotEmpty` without `force`, or the system's refusal.
    public static func prepare(path: String, force: Bool, inputs: [String]) throws(OutputError) -> StagedOutput {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let parent = target.deletingLastPathComponent().path
        let name = target.lastPathComponent
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDir) {
            guard isDir.boolValue else { throw OutputError(.isAFile, path: path) }
            let contents = (try? fm.contentsOfDirectory(atPath: path)) ?? []
            if !contents.isEmpty && !force {
                throw OutputError(.folderNotEmpty(files: contents.count), path: path)
            }
        }
        // Missing parents are made (owner-only) and remembered, so a failed run takes them away again.
        var missing: [String] = []
        var probe = URL(fileURLWithPath: parent)
        while !fm.fileExists(atPath: probe.path), probe.path != "/" {
            missing.append(probe.path)
            probe = probe.deletingLastPathComponent()
        }
        for dir in missing.reversed() where mkdir(dir, AtomicFile.folderPermissions) != 0 && errno != EEXIST {
            let code = errno
            for made in missing where made != dir { rmdir(made) }
            throw OutputError.classified(.cannotCreateFolder(detail: String(cString: strerror(code))), errno: code, path: path)
        }
        removeAbandoned(in: parent, name: name)
        var template = Array("\(parent)/.\(name).sociogram-\(getpid())-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buf -> Bool in
            guard let base = buf.baseAddress else { return false }
            return mkdtemp(base) != nil
        }
        guard made else {
            let code = errno
            for dir in missing { rmdir(dir) }
            throw OutputError.classified(.cannotCreateFolder(detail: String(cString: strerror(code))), errno: code, path: path)
        }
        let staging = template.withUnsafeBufferPointer { buf in
            String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        return StagedOutput(
            folder: OutputFolder(path: path, root: staging, protectedPaths: OutputFolder.protected(inputs)),
            target: target.path, staging: staging, createdParents: missing)
    }

    /// A staged sub-folder `name` (one safe name) of `output`, protecting the same inputs: how `batch`
    /// writes each class folder as a whole.
    public static func prepare(subfolder name: String, of output: OutputFolder) throws(OutputError) -> StagedOutput {
        guard !name.isEmpty, !name.contains("/"), name == OutputFolder.safeName(name) else {
            throw OutputError(.unsafeName, path: name)
        }
        let staged = try prepare(path: output.root + "/" + name, force: true, inputs: [])
        let shown = OutputFolder(path: output.path + "/" + name, root: staged.staging, protectedPaths: output.protectedPaths)
        return StagedOutput(folder: shown, target: staged.target, staging: staged.handOver(), createdParents: [])
    }

    /// Gives the hidden folder to another value (which then removes or commits it).
    private func handOver() -> String {
        lock.lock()
        defer { lock.unlock() }
        state = .committed
        return staging
    }

    private init(folder: OutputFolder, target: String, staging: String, createdParents: [String]) {
        self.folder = folder
        self.target = target
        self.staging = staging
        self.createdParents = createdParents
    }

    deinit { abandon() }

    /// Puts the finished folder in place of `DIR`.
    ///
    /// - Throws: ``OutputError`` — `.diskFull`, `.cannotReplaceFolder`; the hidden folder is removed
    ///   and `DIR` is as it was.
    public func commit() throws(OutputError) {
        lock.lock()
        defer { lock.unlock() }
        guard state == .open else {
            throw OutputError(.cannotReplaceFolder(detail: "interrupted"), path: folder.path)
        }
        do {
            try putInPlace()
            state = .committed
        } catch {
            removeStaging()
            state = .abandoned
            throw error
        }
    }

    /// Removes the hidden folder unless the output is already in place. Idempotent.
    ///
    /// - Returns: `true` when this call stopped the output (`DIR` stays as it was), `false` when it
    ///   was in place or stopped already.
    @discardableResult
    public func abandon() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard state == .open else { return false }
        state = .abandoned
        removeStaging()
        return true
    }

    private func putInPlace() throws(OutputError) {
        let fm = FileManager.default
        let contents = (try? fm.contentsOfDirectory(atPath: target)) ?? []
        if !fm.fileExists(atPath: target) || contents.isEmpty {
            // rename(2) replaces a missing or empty folder in one step.
            guard rename(staging, target) == 0 else { throw failure(errno) }
            return
        }
        // Kept by a link, an input or a teacher's own file in DIR stays the very same file.
        switch carryOver(from: target, into: staging) {
        case .failed(let error):
            throw error
        case .done:
            if sociogram_exchange_paths(staging, target) == 0 {
                // `staging` now names the earlier folder: all of it that was kept is linked in the new one.
                try? fm.removeItem(atPath: staging)
                return
            }
            let code = errno
            guard code == EINVAL || code == ENOSYS || code == ENOTSUP || code == EXDEV else { throw failure(code) }
        case .linksUnsupported:
            break
        }
        // No hard links or no atomic exchange here: the finished files are moved in one by one (each
        // whole); what DIR holds besides them stays where it is.
        try moveIn(from: staging, to: target)
        try? fm.removeItem(atPath: staging)
    }

    private enum CarryOver {
        case done
        /// The file system has no hard links (FAT, some network disks).
        case linksUnsupported
        case failed(OutputError)
    }

    /// Hard-links what `old` holds and `new` does not into `new`, recursively.
    private func carryOver(from old: String, into new: String) -> CarryOver {
        let fm = FileManager.default
        for entry in (try? fm.contentsOfDirectory(atPath: old)) ?? [] {
            let source = old + "/" + entry, destination = new + "/" + entry
            var sourceInfo = stat(), destinationInfo = stat()
            guard lstat(source, &sourceInfo) == 0 else { continue }
            let isFolder = (sourceInfo.st_mode & S_IFMT) == S_IFDIR
            var result = CarryOver.done
            if lstat(destination, &destinationInfo) == 0 {
                // This run writes that name: its new file wins; a folder of both is merged.
                if isFolder, (destinationInfo.st_mode & S_IFMT) == S_IFDIR { result = carryOver(from: source, into: destination) }
            } else if isFolder {
                guard mkdir(destination, sourceInfo.st_mode & 0o7777) == 0 else { return .failed(failure(errno)) }
                result = carryOver(from: source, into: destination)
            } else if link(source, destination) != 0 {
                let code = errno
                if code == EPERM || code == ENOTSUP || code == EXDEV || code == EMLINK || code == EOPNOTSUPP { return .linksUnsupported }
                return .failed(failure(code))
            }
            if case .done = result { continue }
            return result
        }
        return .done
    }

    /// Moves every file of `source` into `destination` (sub-folders merged), each with one `rename`.
    private func moveIn(from source: String, to destination: String) throws(OutputError) {
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: source)) ?? [] {
            let from = source + "/" + entry, to = destination + "/" + entry
            var info = stat(), existing = stat()
            guard lstat(from, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR, lstat(to, &existing) == 0, (existing.st_mode & S_IFMT) == S_IFDIR {
                try moveIn(from: from, to: to)
            } else if rename(from, to) != 0 {
                throw failure(errno)
            }
        }
    }

    private func failure(_ code: Int32) -> OutputError {
        OutputError.classified(.cannotReplaceFolder(detail: String(cString: strerror(code))), errno: code, path: folder.path)
    }

    /// Removes the hidden folder and the parents made for it. A file a writing thread adds meanwhile is
    /// caught by the second pass (the thread cannot make the folder itself again).
    private func removeStaging() {
        for _ in 0..<3 where FileManager.default.fileExists(atPath: staging) {
            try? FileManager.default.removeItem(atPath: staging)
        }
        for dir in createdParents { rmdir(dir) }
    }

    /// Removes hidden folders `.NAME.sociogram-PID-…` in `parent` (for every `NAME`, or only `name`)
    /// whose process no longer runs.
    ///
    /// - Returns: the paths removed.
    @discardableResult
    public static func removeAbandoned(in parent: String, name: String? = nil) -> [String] {
        var removed: [String] = []
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where entry.hasPrefix(".") {
            guard let marker = entry.range(of: ".sociogram-", options: .backwards),
                name.map({ entry == ".\($0)" + entry[marker.lowerBound...] }) ?? true
            else { continue }
            let rest = entry[marker.upperBound...]
            guard let dash = rest.firstIndex(of: "-"), let pid = Int32(rest[..<dash]), pid > 0 else { continue }
            if !isRunning(pid), (try? FileManager.default.removeItem(atPath: parent + "/" + entry)) != nil {
                removed.append(parent + "/" + entry)
            }
        }
        return removed
    }

    /// Whether process `pid` still runs. A zombie (ended, not yet reaped: the worker of a killed batch
    /// waits for init to reap it, which in a container can take long) no longer writes, so it does not count.
    private static func isRunning(_ pid: Int32) -> Bool {
        if kill(pid, 0) != 0 && errno == ESRCH { return false }
        #if os(Linux)
            // /proc/PID/stat is "PID (COMMAND) STATE …"; the command may itself hold ") ".
            if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                let close = stat.range(of: ") ", options: .backwards)
            {
                return stat[close.upperBound...].first != "Z"
            }
        #endif
        return true
    }
}
