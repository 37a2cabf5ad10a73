/// What a file given as a survey or a class list holds, told by its content rather than its name: text
/// (CSV, TSV, a plain edge list), an Excel workbook, or a zip archive of text files (Google Forms'
/// "Last ned svar" gives `Skjema.csv.zip`).
///
/// Files in formats not read are refused here with a message that says how to save them: old Excel
/// (`.xls`), password-protected workbooks, OpenDocument (`.ods`).
enum InputDocument {
    /// Text bytes; `entry` names the file inside a zip archive they came from.
    case text([UInt8], entry: String?)
    case workbook(Workbook)
    /// A zip archive of several text files (a zipped grade folder), in archive order.
    case textFiles([(name: String, bytes: [UInt8])])

    /// Extensions of text files inside a zip archive.
    static let textExtensions: Set<String> = ["csv", "txt", "tsv"]

    /// Opens `bytes` of file `file`; cell places are named in `language`.
    ///
    /// - Throws: ``ImportError`` `.badWorkbook` (damaged, encrypted, `.xls`, `.ods`, an archive with
    ///   nothing to read), `.tooLarge` (an archive's limits).
    /// - Complexity: O(size of the parts read).
    static func open(_ bytes: [UInt8], file: String, language: Language) throws(ImportError) -> InputDocument {
        let s = Strings(language)
        if isZip(bytes) { return try openZip(bytes, file: file, language: language) }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // An encrypted .xlsx is an OLE compound file with an `EncryptedPackage` stream (MS-OFFCRYPTO).
            let marker = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            let encrypted = bytes.count < 4 << 20 && bytes.indices.dropLast(marker.count).contains {
                bytes[$0] == marker[0] && bytes[$0..<($0 + marker.count)].elementsEqual(marker)
            }
            throw ImportError(.badWorkbook, at: SourceLocation(file: file), encrypted ? s.encryptedWorkbook : s.oldExcelNotRead)
        }
        return .text(bytes, entry: nil)
    }

    /// A local file header, an empty archive's end record, or a spanned archive's marker.
    private static func isZip(_ b: [UInt8]) -> Bool {
        b.count >= 4 && b[0] == 0x50 && b[1] == 0x4B && [(3, 4), (5, 6), (7, 8)].contains { b[2] == $0.0 && b[3] == $0.1 }
    }

    private static func openZip(_ bytes: [UInt8], file: String, language: Language) throws(ImportError) -> InputDocument {
        let s = Strings(language)
        let zip = try ZipContainer(bytes: bytes, file: file, s)
        if let main = try Workbook.mainPart(zip, s) {
            return .workbook(try Workbook(zip: zip, main: main, language: language))
        }
        let ext = file.split(separator: ".").last.map { $0.lowercased() } ?? ""
        if ["xlsx", "xlsm"].contains(ext) {
            throw ImportError(.badWorkbook, at: SourceLocation(file: file), s.zipNamedWorkbookButNot(zip.names))
        }
        if let mime = try zip.read("mimetype"), String(decoding: mime, as: UTF8.self).hasPrefix("application/vnd.oasis.opendocument") {
            throw ImportError(.badWorkbook, at: SourceLocation(file: file), s.odsNotRead)
        }
        let texts = zip.names.filter { name in
            let last = name.split(separator: "/").last.map(String.init) ?? name
            let ext = last.split(separator: ".").last.map { $0.lowercased() } ?? ""
            return !name.hasPrefix("__MACOSX/") && !last.hasPrefix(".") && last.contains(".") && textExtensions.contains(ext)
        }
        switch texts.count {
        case 0:
            throw ImportError(.badWorkbook, at: SourceLocation(file: file), s.archiveNothingToRead(zip.names))
        case 1:
            return .text(try zip.read(texts[0]) ?? [], entry: texts[0])
        default:
            var files: [(name: String, bytes: [UInt8])] = []
            for name in texts { files.append((name, try zip.read(name) ?? [])) }
            return .textFiles(files)
        }
    }
}
