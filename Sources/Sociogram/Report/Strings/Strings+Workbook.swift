/// Texts for workbook (`.xlsx`) input: how a cell of a sheet is named in messages.
extension Strings {
    /// A workbook cell named as Excel does: `svar.xlsx, ark «Svar», celle C7` / `svar.xlsx, sheet “Svar”, cell C7`.
    /// Without a column the row is named (`rad 7` / `row 7`); without a row, only the sheet.
    func workbookPlace(file: String, sheet: String, row: Int?, column: Int?) -> String {
        let sheetPart = t("\(file), ark \(quote(sheet))", "\(file), sheet \(quote(sheet))")
        guard let row else { return sheetPart }
        guard let column, column > 0 else { return sheetPart + t(", rad \(row)", ", row \(row)") }
        let cell = Self.columnLetters(column) + String(row)
        return sheetPart + t(", celle \(cell)", ", cell \(cell)")
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
        t("Filen ser ut som et zip-arkiv eller en Excel-arbeidsbok, men den er skadet eller ikke lastet ned helt. "
            + "Last den ned eller lagre den på nytt, og prøv igjen.",
          "The file looks like a zip archive or an Excel workbook, but it is damaged or was not downloaded "
            + "completely. Download or save it again, then try again.")
    }

    func zipTooManyEntries(_ limit: Int) -> String {
        t("Arkivet har mer enn \(limit) filer i seg. En arbeidsbok eller en nedlasting av svar har noen få; "
            + "denne leses ikke.",
          "The archive holds more than \(limit) files. A workbook or a download of answers holds a few; "
            + "this one is not read.")
    }

    func zipBomb(entry: String, megabytes: Int) -> String {
        t("Delen \(quote(entry)) i arkivet pakkes ut til mer enn \(megabytes) MB, eller langt mer enn størrelsen "
            + "tilsier. Slik ser ingen undersøkelse ut, så filen leses ikke.",
          "The part \(quote(entry)) of the archive unpacks to more than \(megabytes) MB, or to far more than its "
            + "size suggests. No survey looks like that, so the file is not read.")
    }

    func zipEntryDamaged(entry: String) -> String {
        t("Delen \(quote(entry)) i arkivet er skadet (kontrollsummen stemmer ikke, eller den er avkortet). "
            + "Lagre filen på nytt og prøv igjen.",
          "The part \(quote(entry)) of the archive is damaged (its checksum does not match, or it is cut "
            + "short). Save the file again, then try again.")
    }

    func workbookXMLNotUTF8(part: String) -> String {
        t("Delen \(quote(part)) i arbeidsboken er ikke UTF-8-tekst, slik Excel skriver den. Åpne filen i Excel "
            + "og lagre den som «Excel-arbeidsbok (.xlsx)».",
          "The part \(quote(part)) of the workbook is not UTF-8 text, as Excel writes it. Open the file in "
            + "Excel and save it as \"Excel Workbook (.xlsx)\".")
    }

    func workbookXMLDoctype(part: String) -> String {
        t("Delen \(quote(part)) i arbeidsboken har en DOCTYPE- eller ENTITY-erklæring. Excel skriver aldri det, "
            + "og slike erklæringer kan brukes til å angripe programmer, så filen leses ikke.",
          "The part \(quote(part)) of the workbook has a DOCTYPE or ENTITY declaration. Excel never writes "
            + "one, and such declarations can be used to attack programs, so the file is not read.")
    }

    func workbookXMLInstruction(part: String) -> String {
        t("Delen \(quote(part)) i arbeidsboken har en prosesseringsinstruksjon (<?…?>). Excel skriver aldri det, "
            + "så filen er skadet eller laget av et annet program. Åpne den i Excel og lagre den som "
            + "«Excel-arbeidsbok (.xlsx)».",
          "The part \(quote(part)) of the workbook has a processing instruction (<?…?>). Excel never writes "
            + "one, so the file is damaged or was made by another program. Open it in Excel and save it as "
            + "\"Excel Workbook (.xlsx)\".")
    }

    func workbookXMLBroken(part: String, line: Int) -> String {
        t("Delen \(quote(part)) i arbeidsboken er ikke gyldig XML (linje \(line) i delen). Lagre filen på nytt "
            + "fra Excel og prøv igjen.",
          "The part \(quote(part)) of the workbook is not valid XML (line \(line) of the part). Save the "
            + "file again from Excel, then try again.")
    }

    func workbookBadCellReference(_ reference: String) -> String {
        t("Cellereferansen \(quote(reference)) finnes ikke i et regneark. Lagre filen på nytt fra Excel og prøv igjen.",
          "The cell reference \(quote(reference)) does not exist in a spreadsheet. Save the file again from "
            + "Excel, then try again.")
    }

    func workbookBadSharedString(_ index: String) -> String {
        t("Cellen viser til tekst nummer \(index), som arbeidsboken ikke har. Lagre filen på nytt fra Excel.",
          "The cell refers to text number \(index), which the workbook does not have. Save the file again "
            + "from Excel.")
    }

    func workbookTooManyColumns(_ limit: Int) -> String {
        t("Arket har verdier i mer enn \(limit) kolonner. En klasseundersøkelse har noen titalls; "
            + "arket leses ikke.",
          "The sheet has values in more than \(limit) columns. A class survey has a few dozen; the sheet "
            + "is not read.")
    }

    var workbookTooManyCells: String {
        t("Arbeidsboken har flere celler med verdier enn en undersøkelse kan ha, og leses ikke.",
          "The workbook has more cells with values than a survey can have, and is not read.")
    }

    func workbookPartMissing(_ part: String) -> String {
        t("Arbeidsboken mangler delen \(quote(part)). Lagre filen på nytt fra Excel og prøv igjen.",
          "The workbook lacks its part \(quote(part)). Save the file again from Excel, then try again.")
    }

    func workbookSheetMissing(_ sheet: String) -> String {
        t("Arket \(quote(sheet)) er oppført i arbeidsboken, men innholdet mangler. Lagre filen på nytt fra Excel.",
          "The sheet \(quote(sheet)) is listed in the workbook, but its content is missing. Save the file "
            + "again from Excel.")
    }

    var workbookNoSheets: String {
        t("Arbeidsboken har ingen ark.", "The workbook has no sheets.")
    }

    func workbookValueRightOfHeader(cell: String, lastColumn: String) -> String {
        t("Cellen \(cell) har en verdi, men overskriftsraden slutter i kolonne \(lastColumn). Gi kolonnen en "
            + "overskrift, eller fjern verdien.",
          "Cell \(cell) has a value, but the header row ends at column \(lastColumn). Give the column a "
            + "heading, or remove the value.")
    }

    func archiveNothingToRead(_ entries: [String]) -> String {
        let some = entries.prefix(5).map { quote($0) }.joined(separator: ", ")
        return t("Zip-arkivet har verken en Excel-arbeidsbok eller en CSV-fil i seg"
                    + (entries.isEmpty ? "." : " (det har \(some)).")
                    + " Pakk ut filen med svarene og bruk den.",
                 "The zip archive holds neither an Excel workbook nor a CSV file"
                    + (entries.isEmpty ? "." : " (it holds \(some)).")
                    + " Unpack the file with the answers and use that.")
    }

    func archiveSeveralFiles(_ entries: [String]) -> String {
        let names = entries.map { quote($0) }.joined(separator: ", ")
        return t("Zip-arkivet har flere CSV-filer i seg (\(names)). Her trengs én klasse: pakk ut den du vil bruke. "
                    + "For et helt trinn, gi arkivet til «sociogram batch».",
                 "The zip archive holds several CSV files (\(names)). One class is needed here: unpack the one "
                    + "you want. For a whole grade, give the archive to \"sociogram batch\".")
    }

    var odsNotRead: String {
        t("Dette er et OpenDocument-regneark (.ods). Åpne det i LibreOffice eller Excel og lagre det som "
            + "«Excel 2007-365 (.xlsx)» eller som CSV, og prøv igjen.",
          "This is an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel and save it as "
            + "\"Excel 2007-365 (.xlsx)\" or as CSV, then try again.")
    }

    var oldExcelNotRead: String {
        t("Dette er en gammel Excel-fil (.xls) eller Word-fil (.doc). Åpne den i Excel og lagre den som "
            + "«Excel-arbeidsbok (.xlsx)» eller «CSV UTF-8», og prøv igjen.",
          "This is an old Excel (.xls) or Word (.doc) file. Open it in Excel and save it as \"Excel Workbook "
            + "(.xlsx)\" or \"CSV UTF-8\", then try again.")
    }

    var encryptedWorkbook: String {
        t("Arbeidsboken er beskyttet med passord, så den kan ikke leses. Åpne den i Excel, fjern passordet "
            + "(Fil → Info → Beskytt arbeidsbok) og lagre den, eller lagre en kopi uten passord.",
          "The workbook is protected with a password, so it cannot be read. Open it in Excel, remove the "
            + "password (File → Info → Protect Workbook) and save it, or save a copy without a password.")
    }

    func sheetNotFound(_ wanted: String, available: [String]) -> String {
        let names = available.map { quote($0) }.joined(separator: ", ")
        return t("Arbeidsboken har ikke noe ark \(quote(wanted)). Arkene er: \(names). Velg med --sheet NAVN "
                    + "eller --sheet NUMMER (1 er det første).",
                 "The workbook has no sheet \(quote(wanted)). Its sheets are: \(names). Pick one with --sheet "
                    + "NAME or --sheet NUMBER (1 is the first).")
    }

    func sheetsAmbiguous(_ sheets: [String]) -> String {
        let names = sheets.map { quote($0) }.joined(separator: t(" og ", " and "))
        return t("Flere ark ser ut som svar på en undersøkelse: \(names). Velg det som skal leses med "
                    + "--sheet NAVN.",
                 "Several sheets look like survey answers: \(names). Pick the one to read with --sheet NAME.")
    }

    func sheetEmpty(_ sheet: String) -> String {
        t("Arket \(quote(sheet)) er tomt.", "The sheet \(quote(sheet)) is empty.")
    }

    var workbookAllSheetsEmpty: String {
        t("Alle arkene i arbeidsboken er tomme.", "Every sheet of the workbook is empty.")
    }

    /// A note naming the sheet read and the sheets left out.
    func workbookSheetUsed(_ sheet: String, skipped: [String]) -> String {
        guard !skipped.isEmpty else { return t("Leste arket \(quote(sheet)).", "Read the sheet \(quote(sheet)).") }
        let names = skipped.map { quote($0) }.joined(separator: ", ")
        return t("Leste arket \(quote(sheet)); hoppet over \(names), som ikke ser ut som svar "
                    + "(velg et annet med --sheet).",
                 "Read the sheet \(quote(sheet)); skipped \(names), which do not look like answers "
                    + "(pick another with --sheet).")
    }

    /// A note naming the file read inside a zip archive.
    func archiveEntryUsed(_ entry: String) -> String {
        t("Leste \(quote(entry)) inne i zip-arkivet.", "Read \(quote(entry)) inside the zip archive.")
    }

    public var inspectSheet: String { t("ark", "sheet") }
    public func inspectSkippedSheets(_ sheets: [String]) -> String {
        t("hoppet over: ", "skipped: ") + sheets.map { quote($0) }.joined(separator: ", ")
    }
    public func inspectArchiveEntry(_ entry: String) -> String {
        t("fil i arkivet: \(quote(entry))", "file in the archive: \(quote(entry))")
    }
}

extension Strings {
    func workbookNoAnswerSheet(_ sheets: [String], firstProblem: String) -> String {
        let names = sheets.map { quote($0) }.joined(separator: ", ")
        return t("Ingen av arkene (\(names)) ser ut som svar på en undersøkelse. Det første som ikke passet: "
                    + "\(firstProblem). Velg arket med svarene med --sheet NAVN for å se hva som er galt med det.",
                 "None of the sheets (\(names)) looks like survey answers. The first thing that did not fit: "
                    + "\(firstProblem). Pick the sheet with the answers with --sheet NAME to see what is wrong with it.")
    }

    var importWorkbookWithoutAnswersIgnored: String {
        t("Hoppet over: arbeidsboken har ingen ark med svar.", "Skipped: the workbook has no sheet with answers.")
    }
}

extension Strings {
    func zipNamedWorkbookButNot(_ entries: [String]) -> String {
        let some = entries.prefix(5).map { quote($0) }.joined(separator: ", ")
        return t("Filen heter .xlsx, men den er ikke en Excel-arbeidsbok"
                    + (entries.isEmpty ? "" : " (den har \(some) i seg)") + ". Åpne den i Excel og lagre den som "
                    + "«Excel-arbeidsbok (.xlsx)».",
                 "The file is named .xlsx, but it is not an Excel workbook"
                    + (entries.isEmpty ? "" : " (it holds \(some))") + ". Open it in Excel and save it as "
                    + "\"Excel Workbook (.xlsx)\".")
    }
}
