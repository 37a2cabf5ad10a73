import Foundation

/// `registrering.xlsx`: the entry sheet as a workbook, the same rows as `registrering.csv`
/// (``KitEntrySheet``), with a drop-down of the class list in every choice cell, so that a teacher
/// typing in the paper answers picks each name instead of spelling it (Excel refuses a name that is not
/// on the list, with a message saying so).
///
/// The class list the drop-downs offer is a second, hidden sheet (a list typed into the validation
/// itself is limited to 255 characters, less than a class's names); the importer reads the one visible
/// sheet, so the workbook, filled in and saved, is read back without options like the CSV.
enum KitEntryWorkbook {
    /// The file's name in the kit folder.
    static let fileName = KitFileName.entryWorkbook

    /// The workbook's bytes, for the entry sheet's `rows` (``KitEntrySheet/rows(_:)``; a test passes
    /// filled-in rows).
    ///
    /// - Throws: ``OutputError`` when the workbook cannot be written (see ``WorkbookWriter``).
    /// - Complexity: O(*n* · *q* · *k*) for *n* pupils, *q* questions and *k* choices.
    static func bytes(_ kit: KitContext, rows: [[String]]) throws(OutputError) -> [UInt8] {
        let firstChoice = kit.hasGender ? 2 : 1
        let width = KitEntrySheet.header(kit).count
        var entry = WorkbookSheet(name: kit.s.kitWorkbookEntrySheet, rows: rows)
        entry.headerRow = true
        entry.columnWidths = [28] + (kit.hasGender ? [10] : []) + Array(repeating: 24, count: width - firstChoice)
        if width > firstChoice, !kit.pupils.isEmpty {
            entry.lists = [WorkbookList(
                firstRow: 1, lastRow: kit.pupils.count, firstColumn: firstChoice, lastColumn: width - 1,
                sourceSheet: kit.s.kitWorkbookClassListSheet, sourceColumn: 0, sourceFirstRow: 0,
                sourceLastRow: kit.pupils.count - 1,
                errorTitle: kit.s.kitWorkbookNotOnListTitle, errorMessage: kit.s.kitWorkbookNotOnList)]
        }
        var classList = WorkbookSheet(name: kit.s.kitWorkbookClassListSheet, rows: kit.pupils.map { [$0.name] })
        classList.hidden = true
        return try WorkbookWriter.bytes([entry, classList], name: fileName, created: created(kit))
    }

    /// The creation time the workbook records: noon (UTC) of the survey's date when the kit has one,
    /// else 1 January 2000 — never the clock, so the same class list gives the same file.
    static func created(_ kit: KitContext) -> Int {
        guard let day = kit.options.date else { return 946_684_800 }
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC") ?? utc.timeZone
        let date = utc.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12))
        return Int(date?.timeIntervalSince1970 ?? 946_684_800)
    }
}
