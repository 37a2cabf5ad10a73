/// `registrering.csv`: the entry sheet a teacher types the paper answers into. One row per pupil with
/// the name filled in, columns `question [Valg 1]` … `[Valg N]` per question, and the gender when the
/// class list has it: a form export with one column per choice, which `sociogram inspect`/`analyze`
/// read without options. An empty row is a pupil who did not answer, not one who chose nobody.
///
/// The dialect is `pupils.csv`'s (``PupilsCSV``): UTF-8 with a byte-order mark, `;`, CRLF, cells defused
/// against spreadsheet formulas, no `sep=` line (with it Excel ignores the byte-order mark).
enum KitEntrySheet {
    /// The file's name in the kit folder.
    static let fileName = KitFileName.entrySheet

    /// The header row's cells.
    static func header(_ kit: KitContext) -> [String] {
        var cells = [kit.s.kitEntryPupilHeader]
        if kit.hasGender { cells.append(kit.s.kitEntryGenderHeader) }
        for q in kit.questions {
            for n in 1...kit.choices { cells.append(kit.s.kitEntryChoiceHeader(question: q.text(kit.s), n: n)) }
        }
        return cells
    }

    /// The sheet's rows: the header, then one row per pupil with the name (and gender) filled in and
    /// the choice cells empty. The CSV and the workbook (``KitEntryWorkbook``) hold the same rows.
    ///
    /// - Complexity: O(*n* · *q* · *k*) for *n* pupils, *q* questions and *k* choices.
    static func rows(_ kit: KitContext) -> [[String]] {
        let empty = Array(repeating: "", count: kit.questions.count * kit.choices)
        return [header(kit)] + kit.pupils.map { p in
            var cells = [p.name]
            if kit.hasGender { cells.append(p.gender.map(kit.genderWord) ?? "") }
            return cells + empty
        }
    }

    /// The file's bytes.
    ///
    /// - Complexity: O(*n* · *q* · *k*) for *n* pupils, *q* questions and *k* choices.
    static func bytes(_ kit: KitContext) -> [UInt8] { csv(rows(kit)) }

    /// `rows` in the entry sheet's CSV dialect.
    static func csv(_ rows: [[String]]) -> [UInt8] {
        let dialect = PupilsCSV.Dialect.excelNordic
        let lines = rows.map { PupilsCSV.row($0, dialect) }
        return [0xEF, 0xBB, 0xBF] + Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }
}
