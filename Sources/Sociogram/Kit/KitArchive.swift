import Foundation
import ZIPFoundation

extension SurveyKit {
    /// The kit's `files` as one zip archive, each under `folder/`, for the web app's download: the
    /// same folder `sociogram kit --out` writes, unpacked where the teacher saves it.
    ///
    /// Made in memory (nothing on disk); every entry carries the same fixed time, so the same kit gives
    /// the same bytes.
    ///
    /// - Throws: ``KitError/output(_:)`` with the archive's own reason if it cannot be made (it is
    ///   made in memory, so only when memory runs out).
    /// - Complexity: O(total size of the files).
    public static func archive(_ files: [KitFile], folder: String) throws(KitError) -> [UInt8] {
        let fixedTime = Date(timeIntervalSince1970: 946_684_800)
        do {
            let archive = try Archive(accessMode: .create)
            for file in files {
                let data = Data(file.bytes)
                try archive.addEntry(
                    with: folder + "/" + file.name, type: .file, uncompressedSize: Int64(data.count),
                    modificationDate: fixedTime, permissions: 0o644, compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let bytes = archive.data else {
                throw OutputError(.cannotEncode(detail: "zip"), path: folder + ".zip")
            }
            return [UInt8](bytes)
        } catch let error as OutputError {
            throw .output(error)
        } catch {
            throw .output(OutputError(.cannotEncode(detail: String(describing: error)), path: folder + ".zip"))
        }
    }

    /// The folder (and archive) name for `klass`'s kit in `language`: «undersokelsessett-7B»; letters,
    /// digits and `-` only, so that every system and mail program keeps it.
    public static func folderName(_ klass: KitClass, language: Language) -> String {
        let s = Strings(language)
        guard let name = klass.name else { return s.kitFolderName }
        let safe = String(name.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) && $0.isASCII ? Character($0) : "-" })
            .split(separator: "-").joined(separator: "-")
        return safe.isEmpty ? s.kitFolderName : s.kitFolderName + "-" + safe
    }
}
