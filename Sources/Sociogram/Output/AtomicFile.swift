import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that a reader never sees half a file: the bytes go to a temporary file in the same
/// folder (created with owner-only permissions), are flushed to disk, and then renamed over the target.
///
/// An interrupted run leaves either the old file or the new one, plus at most a hidden
/// `.name.tmp-…` file, never a truncated output.
public enum AtomicFile {
    /// Permissions for every file the tool writes: readable and writable by the owner only (0600).
    public static let filePermissions: mode_t = 0o600
    /// Permissions for folders the tool creates: owner only (0700).
    public static let folderPermissions: mode_t = 0o700

    /// Writes `bytes` to `path` atomically with owner-only permissions.
    public static func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        var template = Array("\(folder)/.\(name).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buf -> Int32 in
            guard let base = buf.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard fd >= 0 else {
            let code = errno
            throw OutputError.classified(.cannotCreateFile(detail: errnoText()), errno: code, path: path)
        }
        let tempPath = template.withUnsafeBufferPointer { buf in
            String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        var ok = fchmod(fd, filePermissions) == 0
        var written = 0
        while ok && written < bytes.count {
            let n = bytes.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return -1 }
                return systemWrite(fd, base + written, bytes.count - written)
            }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { ok = false } else { written += n }
        }
        if ok { ok = fsync(fd) == 0 }
        var failure: (code: Int32, text: String) = ok ? (0, "") : (errno, errnoText())
        // close can report a delayed write error (NFS, some FUSE file systems): it counts as a failed write.
        if close(fd) != 0, ok {
            ok = false
            failure = (errno, errnoText())
        }
        if ok, rename(tempPath, path) != 0 {
            ok = false
            failure = (errno, errnoText())
        }
        guard ok else {
            unlink(tempPath)
            throw OutputError.classified(.cannotWrite(detail: failure.text), errno: failure.code, path: path)
        }
    }

    /// Writes UTF-8 text atomically.
    public static func write(_ text: String, to path: String) throws(OutputError) {
        try write(Array(text.utf8), to: path)
    }

    private static func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
            return Glibc.write(fd, buffer, count)
        #elseif canImport(Musl)
            return Musl.write(fd, buffer, count)
        #else
            return Darwin.write(fd, buffer, count)
        #endif
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }
}
