import Foundation

/// The files of a grade folder, by the importer's rules: `.csv`, `.txt` and `.tsv` files directly in the
/// folder, in natural order (`7B` before `7C`, `10A` after `9A`); hidden files, sub-folders and other
/// files are ignored with a note each.
struct GradeFolderListing {
    let files: [String]
    let notes: [Diagnostic]

    init(folder: String, _ s: Strings) throws(ImportError) {
        let fm = FileManager.default
        let entries: [String]
        do {
            entries = try fm.contentsOfDirectory(atPath: folder)
        } catch {
            throw ImportError(.fileNotReadable, at: SourceLocation(file: folder), s.importFolderNotReadable)
        }
        var notes = DiagnosticCollector()
        var files: [String] = []
        // Natural order, ignoring case; names equal that way (`7a.csv`, `7A.csv`) in byte order, so the
        // order (and the folder names, given in this order) never depends on the directory listing.
        let natural = { (a: String, b: String) -> Bool in
            let order = a.compare(b, options: [.numeric, .caseInsensitive])
            return order == .orderedSame ? a < b : order == .orderedAscending
        }
        for name in entries.sorted(by: natural) {
            let path = (folder as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            _ = fm.fileExists(atPath: path, isDirectory: &isDirectory)
            if name.hasPrefix(".") {
                notes.note("ignored-file", at: SourceLocation(file: path), s.importHiddenFileIgnored)
            } else if isDirectory.boolValue {
                notes.note("ignored-file", at: SourceLocation(file: path), s.importSubfolderIgnored)
            } else if !GradeFolderImporter.extensions.contains((name as NSString).pathExtension.lowercased()) {
                notes.note("ignored-file", at: SourceLocation(file: path), s.importNotASurveyFile)
            } else {
                files.append(path)
            }
        }
        self.files = files
        self.notes = notes.diagnostics
    }
}
