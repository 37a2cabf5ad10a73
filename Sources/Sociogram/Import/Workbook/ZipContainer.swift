import Foundation
import ZIPFoundation

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
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
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
