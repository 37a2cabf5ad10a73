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
        for name in entries.sorted(by: Self.natural) {
            let path = (folder as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            _ = fm.fileExists(atPath: path, isDirectory: &isDirectory)
            if let reason = Self.leftOut(name, isDirectory: isDirectory.boolValue, s) {
                notes.note("ignored-file", at: SourceLocation(file: path), reason)
            } else {
                files.append(path)
            }
        }
        self.files = files
        self.notes = notes.diagnostics
    }

    /// Natural order, ignoring case; names equal that way (`7a.csv`, `7A.csv`) in byte order, so the
    /// order (and the folder names, given in this order) never depends on the directory listing.
    static func natural(_ a: String, _ b: String) -> Bool {
        let order = a.compare(b, options: [.numeric, .caseInsensitive])
        return order == .orderedSame ? a < b : order == .orderedAscending
    }

    /// Why a file of a grade is left out (a hidden file, a sub-folder, a file that is not a survey), or
    /// `nil` when it is read.
    static func leftOut(_ name: String, isDirectory: Bool, _ s: Strings) -> String? {
        if name.hasPrefix(".") { return s.importHiddenFileIgnored }
        if isDirectory { return s.importSubfolderIgnored }
        if !GradeFolderImporter.extensions.contains((name as NSString).pathExtension.lowercased()) { return s.importNotASurveyFile }
        return nil
    }
}

/// The files of a grade handed over in memory (the web app's upload of several class files), by the
/// same rules as ``GradeFolderListing``: natural order, hidden files and files that are not surveys
/// ignored with a note each, and a second file of the same name ignored with a note.
struct GradeUploadListing {
    let files: [InMemoryFile]
    let notes: [Diagnostic]

    init(_ uploads: [InMemoryFile], _ s: Strings) {
        var notes = DiagnosticCollector()
        var files: [InMemoryFile] = []
        var seen = Set<String>()
        for file in uploads.sorted(by: { GradeFolderListing.natural($0.name, $1.name) }) {
            if let reason = GradeFolderListing.leftOut(file.name, isDirectory: false, s) {
                notes.note("ignored-file", at: SourceLocation(file: file.name), reason)
            } else if !seen.insert(file.name).inserted {
                notes.note("ignored-file", at: SourceLocation(file: file.name), s.importSecondFileOfSameNameIgnored)
            } else {
                files.append(file)
            }
        }
        self.files = files
        self.notes = notes.diagnostics
    }
}
