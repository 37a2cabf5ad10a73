import Foundation

/// A folder the user asked the tool to write into (`--out DIR`).
///
/// Preparing it enforces the no-data-loss rules: a folder that exists and is not empty is refused
/// unless `force` is set; no output may replace an input file; names derived from the data (class
/// names) are made safe so nothing is ever written outside the folder.
public struct OutputFolder: Sendable {
    /// The folder's path as given (what messages and the returned paths name).
    public let path: String
    /// Where the bytes go: `path` itself, or the hidden staging folder of a ``StagedOutput`` that is
    /// renamed to `path` once the whole set is written.
    let root: String
    /// Canonical paths of the input files, which must never be overwritten.
    let protectedPaths: Set<String>

    init(path: String, root: String? = nil, protectedPaths: Set<String>) {
        self.path = path
        self.root = root ?? path
        self.protectedPaths = protectedPaths
    }

    /// Checks and, if needed, creates the folder (owner-only permissions).
    ///
    /// - Parameters:
    ///   - path: the folder.
    ///   - force: allow writing into a folder that already has files in it.
    ///   - inputs: the input files and folders of this run; writing over them is refused.
    public static func prepare(path: String, force: Bool, inputs: [String]) throws(OutputError) -> OutputFolder {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDir) {
            guard isDir.boolValue else {
                throw OutputError(.isAFile, path: path)
            }
            let contents = (try? fm.contentsOfDirectory(atPath: path)) ?? []
            if !contents.isEmpty && !force {
                throw OutputError(.folderNotEmpty(files: contents.count), path: path)
            }
        } else {
            do {
                try fm.createDirectory(
                    atPath: path, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: Int(AtomicFile.folderPermissions)])
            } catch {
                throw OutputError(.cannotCreateFolder(detail: error.localizedDescription), path: path)
            }
        }
        return OutputFolder(path: path, protectedPaths: Set(inputs.map(canonical)))
    }

    /// The canonical paths of `inputs`, as the folder protects them.
    static func protected(_ inputs: [String]) -> Set<String> { Set(inputs.map(canonical)) }

    /// Checks, before anything is written, that none of `relativePaths` would replace an input file, so a
    /// run that would be refused halfway is refused before its first file.
    ///
    /// - Throws: ``OutputError`` `.wouldOverwriteInput` or `.badPath`, for the first offending name.
    public func checkNoInputIsReplaced(by relativePaths: [String]) throws(OutputError) {
        for relativePath in relativePaths {
            let components = relativePath.split(separator: "/").map(String.init)
            guard !components.isEmpty, components.allSatisfy({ $0 == OutputFolder.safeName($0) }) else {
                throw OutputError(.unsafeName, path: relativePath)
            }
            try OutputFolder.refuseOverwrite(of: ([path] + components).joined(separator: "/"), protected: protectedPaths)
        }
    }

    /// Writes `bytes` atomically to `relativePath` inside the folder, creating sub-folders as needed.
    ///
    /// `relativePath` components must already be safe (see ``safeName(_:)``); a path that would leave the
    /// folder is refused. Sub-folders are made one by one below the folder, never the folder itself: a
    /// staging folder removed by an interruption is not made again by a write still under way.
    /// - Returns: the full path the file has once the output is in place (under ``path``).
    @discardableResult
    public func write(_ bytes: [UInt8], to relativePath: String) throws(OutputError) -> String {
        let components = relativePath.split(separator: "/").map(String.init)
        guard !components.isEmpty, components.allSatisfy({ $0 == OutputFolder.safeName($0) }) else {
            throw OutputError(.unsafeName, path: relativePath)
        }
        let shown = ([path] + components).joined(separator: "/")
        let full = ([root] + components).joined(separator: "/")
        var (dir, shownDir) = (root, path)
        for component in components.dropLast() {
            dir += "/" + component
            shownDir += "/" + component
            if mkdir(dir, AtomicFile.folderPermissions) != 0 && errno != EEXIST {
                let code = errno
                throw OutputError.classified(
                    .cannotCreateFolder(detail: String(cString: strerror(code))), errno: code, path: shownDir)
            }
        }
        try OutputFolder.refuseOverwrite(of: shown, protected: protectedPaths)
        do {
            try AtomicFile.write(bytes, to: full)
        } catch {
            // Messages name the file where the user will look for it, not the hidden staging folder.
            throw OutputError(error.reason, path: shown)
        }
        return shown
    }

    /// Removes the sub-folder `name` (one safe name, as ``write(_:to:)`` made it) and what is in it, if
    /// it exists: the part of a class that a stopped worker had written. Does nothing for an unsafe name.
    public func removeFolder(_ name: String) {
        guard !name.isEmpty, !name.contains("/"), name == OutputFolder.safeName(name) else { return }
        try? FileManager.default.removeItem(atPath: root + "/" + name)
    }

    /// Writes UTF-8 text; see ``write(_:to:)-([UInt8],String)``.
    @discardableResult
    public func write(_ text: String, to relativePath: String) throws(OutputError) -> String {
        try write(Array(text.utf8), to: relativePath)
    }

    /// Writes a single output file chosen by the user (`-o report.html`), refusing to replace an input.
    public static func writeFile(_ bytes: [UInt8], to path: String, inputs: [String]) throws(OutputError) {
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDir), isDir.boolValue else {
            throw OutputError(.folderMissing(parent), path: path)
        }
        try refuseOverwrite(of: path, protected: Set(inputs.map(canonical)))
        try AtomicFile.write(bytes, to: path)
    }

    /// A file or folder name made from data (a class name such as `7A`): path separators, `..`,
    /// leading dots, control characters and characters Windows forbids are replaced by `_`; empty names
    /// become `_`; at most 80 characters. The result never leaves the folder it is joined to.
    public static func safeName(_ raw: String) -> String {
        let forbidden: Set<Character> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]
        var s = String(
            raw.precomposedStringWithCanonicalMapping.map { ch -> Character in
                if forbidden.contains(ch) { return "_" }
                if ch.unicodeScalars.contains(where: { $0.properties.generalCategory == .control
                    || $0.properties.generalCategory == .format }) { return "_" }
                return ch
            }
        ).trimmingCharacters(in: .whitespaces)
        while s.hasPrefix(".") { s = "_" + s.dropFirst() }
        if s.count > 80 { s = String(s.prefix(80)) }
        return s.isEmpty ? "_" : s
    }

    static func refuseOverwrite(of target: String, protected: Set<String>) throws(OutputError) {
        if protected.contains(canonical(target)) {
            throw OutputError(.wouldOverwriteInput, path: target)
        }
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
