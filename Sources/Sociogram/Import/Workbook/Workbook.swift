/// An Office Open XML workbook (`.xlsx`, as Excel, Microsoft Forms' "Åpne i Excel", Google Sheets and
/// LibreOffice write it), read into memory: the sheets in tab order, each as its non-empty cells.
///
/// The ZIP is read by ZIPFoundation (through ``ZipContainer``'s limits) and each XML part by Foundation's
/// streaming `XMLParser` (through ``WorkbookXML``, which refuses `DOCTYPE`s). Only the parts a table needs
/// are read: the workbook, its relationships, shared strings, styles and worksheets; pictures, charts,
/// comments, macros and document properties are never opened.
struct Workbook {
    /// One sheet: its name as on the tab, whether it is hidden, and its cells.
    struct Sheet {
        let name: String
        let hidden: Bool
        let cells: [WorksheetHandler.Cell]
        let merges: [(first: CellReference, last: CellReference)]
    }

    let file: String
    let sheets: [Sheet]

    /// The main part of the workbook in `zip`, or `nil` when the archive is not a workbook.
    static func mainPart(_ zip: ZipContainer, _ s: Strings) throws(ImportError) -> String? {
        if let rels = try zip.read("_rels/.rels") {
            let handler = RelationshipsHandler()
            try WorkbookXML.parse(rels, part: "_rels/.rels", file: zip.file, handler: handler, s)
            if let target = handler.officeDocument {
                // The package's relationships are relative to its root.
                let part = PartName.resolve(target, from: "")
                if zip.contains(part) { return part }
            }
        }
        return zip.contains("xl/workbook.xml") ? "xl/workbook.xml" : nil
    }

    /// Reads every sheet of the workbook whose main part is `main`. Cell places in messages are written
    /// in `language`.
    ///
    /// - Throws: ``ImportError`` `.badWorkbook` (a missing or broken part, a `DOCTYPE`), `.tooLarge`
    ///   (a limit of ``ZipContainer`` or ``WorksheetHandler``).
    /// - Complexity: O(size of the parts read).
    init(zip: ZipContainer, main: String, language: Language) throws(ImportError) {
        let s = Strings(language)
        let file = zip.file
        self.file = file
        let list = SheetListHandler()
        guard let workbookXML = try zip.read(main) else {
            throw ImportError(.badWorkbook, at: SourceLocation(file: file), s.workbookPartMissing(main))
        }
        try WorkbookXML.parse(workbookXML, part: main, file: file, handler: list, s)
        let rels = RelationshipsHandler()
        let relsPart = PartName.relationships(of: main)
        if let bytes = try zip.read(relsPart) {
            try WorkbookXML.parse(bytes, part: relsPart, file: file, handler: rels, s)
        }
        var shared: [String] = []
        if let part = Self.part(named: "sharedStrings", in: zip, from: main),
            let bytes = try zip.read(part)
        {
            let handler = SharedStringsHandler(
                maxStrings: CSVReader.maxRows * 4,
                limitError: ImportError(.tooLarge, at: SourceLocation(file: file), s.workbookTooManyCells))
            try WorkbookXML.parse(bytes, part: part, file: file, handler: handler, s)
            shared = handler.strings
        }
        var dateStyles: [Bool] = []
        if let part = Self.part(named: "styles", in: zip, from: main), let bytes = try zip.read(part) {
            let handler = CellStylesHandler()
            try WorkbookXML.parse(bytes, part: part, file: file, handler: handler, s)
            dateStyles = handler.isDate
        }
        var sheets: [Sheet] = []
        for entry in list.sheets {
            let part = rels.targets[entry.relationship].map { PartName.resolve($0, from: main) }
            guard let part, let bytes = try zip.read(part) else {
                throw ImportError(.badWorkbook, at: SourceLocation(file: file), s.workbookSheetMissing(entry.name))
            }
            let name = entry.name
            let handler = WorksheetHandler(sharedStrings: shared, dateStyles: dateStyles, place: { row, column in
                SourceLocation(file: file, line: row, column: column, sheet: name, language: language)
            }, s)
            try WorkbookXML.parse(bytes, part: part, file: file, handler: handler, s)
            sheets.append(Sheet(name: name, hidden: entry.hidden, cells: handler.cells, merges: handler.merges))
        }
        guard !sheets.isEmpty else {
            throw ImportError(.emptyFile, at: SourceLocation(file: file), s.workbookNoSheets)
        }
        self.sheets = sheets
    }

    /// The index of the sheet `wanted` names (`--sheet`, `--roster-sheet`): a sheet name, or else a
    /// 1-based number.
    ///
    /// - Throws: ``ImportError`` `.sheetChoice` listing the sheets when none matches.
    func sheetIndex(_ wanted: String, _ s: Strings) throws(ImportError) -> Int {
        let names = sheets.map(\.name)
        guard let i = names.firstIndex(of: wanted) ?? Int(wanted).map({ $0 - 1 }), names.indices.contains(i) else {
            throw ImportError(.sheetChoice, at: SourceLocation(file: file), s.sheetNotFound(wanted, available: names))
        }
        return i
    }

    /// The part `xl/<name>.xml`, as the workbook's relationships or the usual place name it.
    private static func part(named name: String, in zip: ZipContainer, from main: String) -> String? {
        let usual = PartName.resolve("\(name).xml", from: main)
        return zip.contains(usual) ? usual : zip.names.first { $0.hasSuffix("/\(name).xml") }
    }
}
