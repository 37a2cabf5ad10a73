import Foundation
import ZIPFoundation
#if os(Linux)
import CMemoryFile
#endif

/// A zip archive (an `.xlsx` workbook or a zipped CSV download) read from memory, with limits against
/// hostile files: children's answers are sent around by e-mail, so every archive is untrusted.
///
/// ZIPFoundation does the ZIP format and inflating; this type only adds the limits. No path from the
/// archive is ever used on disk: entries are read into memory by name and nothing is extracted.
final class ZipContainer {
    /// More entries than this are refused (a workbook has a dozen or two; a zipped grade a few files).
    static let maxEntries = 1_000
    /// The uncompressed bytes of all entries read, together, may not exceed the importer's file limit.
    static let maxTotalBytes = TextDecoder.maxBytes
    /// An entry that inflates more than this many times its compressed size is a zip bomb (spreadsheet
    /// XML compresses 5–30 times; a sheet of 100,000 empty rows about 100 times)...
    static let maxRatio: UInt64 = 400
    /// ...unless it stays small: ratios are only checked above this inflated size.
    static let ratioFreeBytes: UInt64 = 4 << 20

    let file: String
    /// The file entries, in archive order.
    let names: [String]
    private let archive: Archive
    private let entries: [String: Entry]
    private let strings: Strings
    private var remaining: Int = ZipContainer.maxTotalBytes

    /// Opens the archive in `bytes` (already known to start with a zip signature).
    ///
    /// - Throws: ``ImportError`` `.badWorkbook` for a damaged or truncated archive, `.tooLarge` for too
    ///   many entries.
    init(bytes: [UInt8], file: String, _ s: Strings) throws(ImportError) {
        self.file = file
        strings = s
        guard let archive = Self.openArchive(bytes) else {
            throw ImportError(.badWorkbook, at: SourceLocation(file: file), s.zipDamaged)
        }
        var names: [String] = []
        var entries: [String: Entry] = [:]
        var count = 0
        for entry in archive {
            count += 1
            if count > Self.maxEntries {
                throw ImportError(.tooLarge, at: SourceLocation(file: file), s.zipTooManyEntries(Self.maxEntries))
            }
            guard entry.type == .file, entries[entry.path] == nil else { continue }
            names.append(entry.path)
            entries[entry.path] = entry
        }
        self.archive = archive
        self.names = names
        self.entries = entries
    }

    /// Opens `bytes` as a read-only archive, or `nil` when ZIPFoundation cannot.
    ///
    /// On Linux through an anonymous in-memory file (`memfd_create`: in RAM, never on disk, gone when
    /// closed) rather than `Archive(data:)`: ZIPFoundation 0.9.20's memory-backed reader traps when a
    /// damaged archive points past its end (found by `scripts/fuzz/fuzz.sh workbook`; upstream
    /// weichsel/ZIPFoundation pull request #394), while its file-backed reader returns end-of-file
    /// there as it should. Elsewhere, and if the anonymous file cannot be made, `Archive(data:)`.
    private static func openArchive(_ bytes: [UInt8]) -> Archive? {
        #if os(Linux)
        let fd = sociogram_memory_file("sociogram-archive")
        if fd >= 0 {
            defer { close(fd) }
            var written = 0
            while written < bytes.count {
                let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { break }
                written += n
            }
            if written == bytes.count {
                return try? Archive(url: URL(fileURLWithPath: "/proc/self/fd/\(fd)"), accessMode: .read)
            }
        }
        #endif
        return try? Archive(data: Data(bytes), accessMode: .read)
    }

    /// Whether the archive has a file entry `name`.
    func contains(_ name: String) -> Bool { entries[name] != nil }

    /// The inflated bytes of entry `name`, or `nil` when there is none.
    ///
    /// - Throws: `.tooLarge` when the entry (or all entries read so far) would exceed
    ///   ``maxTotalBytes`` or it inflates more than ``maxRatio`` times, checked against the sizes the
    ///   archive declares *and* while inflating (declared sizes can lie); `.badWorkbook` when the entry is
    ///   damaged (checksum, truncated data).
    /// - Complexity: O(inflated size).
    func read(_ name: String) throws(ImportError) -> [UInt8]? {
        guard let entry = entries[name] else { return nil }
        let declared = entry.uncompressedSize
        let here = SourceLocation(file: file)
        let bomb = ImportError(.tooLarge, at: here, strings.zipBomb(entry: name, megabytes: Self.maxTotalBytes >> 20))
        if declared > UInt64(remaining) { throw bomb }
        if declared > Self.ratioFreeBytes, declared / max(1, entry.compressedSize) > Self.maxRatio { throw bomb }
        var out: [UInt8] = []
        out.reserveCapacity(Int(declared))
        let limit = min(Int(declared), remaining)
        do {
            _ = try archive.extract(entry, skipCRC32: false) { (chunk: Data) in
                guard out.count + chunk.count <= limit else { throw Overflow() }
                out.append(contentsOf: chunk)
            }
        } catch is Overflow {
            throw bomb
        } catch {
            throw ImportError(.badWorkbook, at: here, strings.zipEntryDamaged(entry: name))
        }
        remaining -= out.count
        return out
    }

    private struct Overflow: Error {}
}
