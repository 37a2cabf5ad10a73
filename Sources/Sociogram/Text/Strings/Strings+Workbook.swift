/// Texts for workbook (`.xlsx`) input: how a cell of a sheet is named in messages.
extension Strings {
    /// A workbook cell named as Excel does: `svar.xlsx, ark «Svar», celle C7` / `svar.xlsx, sheet “Svar”, cell C7`.
    /// Without a column the row is named (`rad 7` / `row 7`); without a row, only the sheet.
    func workbookPlace(file: String, sheet: String, row: Int?, column: Int?) -> String {
        let sheetPart = text(.workbookPlace, ["file": file, "sheet": quote(sheet)])
        guard let row else { return sheetPart }
        guard let column, column > 0 else { return sheetPart + text(.workbookPlace2, ["row": row]) }
        let cell = Self.columnLetters(column) + String(row)
        return sheetPart + text(.workbookPlace3, ["cell": cell])
    }

    /// The spreadsheet letters of 1-based column `column`: 1 → `A`, 27 → `AA`, 16 384 → `XFD`.
    static func columnLetters(_ column: Int) -> String {
        var n = column
        var letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(Character(UnicodeScalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }
}

/// Messages about archives and workbooks that cannot be read, and what the reader chose.
extension Strings {
    var zipDamaged: String {
        text(.zipDamaged)
    }

    func zipTooManyEntries(_ limit: Int) -> String {
        text(.zipTooManyEntries, ["limit": limit])
    }

    func zipBomb(entry: String, megabytes: Int) -> String {
        text(.zipBomb, ["entry": quote(entry), "megabytes": megabytes])
    }

    func zipEntryDamaged(entry: String) -> String {
        text(.zipEntryDamaged, ["entry": quote(entry)])
    }

    func workbookXMLNotUTF8(part: String) -> String {
        text(.workbookXMLNotUTF8, ["part": quote(part)])
    }

    func workbookXMLDoctype(part: String) -> String {
        text(.workbookXMLDoctype, ["part": quote(part)])
    }

    func workbookXMLInstruction(part: String) -> String {
        text(.workbookXMLInstruction, ["part": quote(part)])
    }

    func workbookXMLBroken(part: String, line: Int) -> String {
        text(.workbookXMLBroken, ["part": quote(part), "line": line])
    }

    func workbookBadCellReference(_ reference: String) -> String {
        text(.workbookBadCellReference, ["reference": quote(reference)])
    }

    func workbookBadSharedString(_ index: String) -> String {
        text(.workbookBadSharedString, ["index": index])
    }

    func workbookTooManyColumns(_ limit: Int) -> String {
        text(.workbookTooManyColumns, ["limit": limit])
    }

    var workbookTooManyCells: String {
        text(.workbookTooManyCells)
    }

    func workbookPartMissing(_ part: String) -> String {
        text(.workbookPartMissing, ["part": quote(part)])
    }

    func workbookSheetMissing(_ sheet: String) -> String {
        text(.workbookSheetMissing, ["sheet": quote(sheet)])
    }

    var workbookNoSheets: String {
        text(.workbookNoSheets)
    }

    func workbookValueRightOfHeader(cell: String, lastColumn: String) -> String {
        text(.workbookValueRightOfHeader, ["cell": cell, "lastColumn": lastColumn])
    }

    func archiveNothingToRead(_ entries: [String]) -> String {
        let some = entries.prefix(5).map { quote($0) }.joined(separator: ", ")
        return text(.archiveNothingToRead, ["listed": !entries.isEmpty, "some": some])
    }

    func archiveSeveralFiles(_ entries: [String]) -> String {
        let names = entries.map { quote($0) }.joined(separator: ", ")
        return text(.archiveSeveralFiles, ["names": names])
    }

    var odsNotRead: String {
        text(.odsNotRead)
    }

    var oldExcelNotRead: String {
        text(.oldExcelNotRead)
    }

    var encryptedWorkbook: String {
        text(.encryptedWorkbook)
    }

    func sheetNotFound(_ wanted: String, available: [String]) -> String {
        let names = available.map { quote($0) }.joined(separator: ", ")
        return text(.sheetNotFound, ["wanted": quote(wanted), "names": names])
    }

    func sheetsAmbiguous(_ sheets: [String]) -> String {
        let names = sheets.map { quote($0) }.joined(separator: text(.sheetsAmbiguous))
        return text(.sheetsAmbiguous2, ["names": names])
    }

    func sheetEmpty(_ sheet: String) -> String {
        text(.sheetEmpty, ["sheet": quote(sheet)])
    }

    var workbookAllSheetsEmpty: String {
        text(.workbookAllSheetsEmpty)
    }

    /// A note naming the sheet read and the sheets left out.
    func workbookSheetUsed(_ sheet: String, skipped: [String]) -> String {
        guard !skipped.isEmpty else { return text(.workbookSheetUsed, ["sheet": quote(sheet)]) }
        let names = skipped.map { quote($0) }.joined(separator: ", ")
        return text(.workbookSheetUsed2, ["sheet": quote(sheet), "names": names])
    }

    /// A note naming the file read inside a zip archive.
    func archiveEntryUsed(_ entry: String) -> String {
        text(.archiveEntryUsed, ["entry": quote(entry)])
    }

    public var inspectSheet: String { text(.inspectSheet) }
    public func inspectSkippedSheets(_ sheets: [String]) -> String {
        text(.inspectSkippedSheets) + sheets.map { quote($0) }.joined(separator: ", ")
    }
    public func inspectArchiveEntry(_ entry: String) -> String {
        text(.inspectArchiveEntry, ["entry": quote(entry)])
    }
}

extension Strings {
    func workbookNoAnswerSheet(_ sheets: [String], firstProblem: String) -> String {
        let names = sheets.map { quote($0) }.joined(separator: ", ")
        return text(.workbookNoAnswerSheet, ["names": names, "firstProblem": firstProblem])
    }

    var importWorkbookWithoutAnswersIgnored: String {
        text(.importWorkbookWithoutAnswersIgnored)
    }
}

extension Strings {
    func zipNamedWorkbookButNot(_ entries: [String]) -> String {
        let some = entries.prefix(5).map { quote($0) }.joined(separator: ", ")
        return text(.zipNamedWorkbookButNot, ["listed": !entries.isEmpty, "some": some])
    }
}
