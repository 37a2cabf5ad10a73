/// Texts of ``ImportError/message``: why a file cannot be read (exit code 2 in the command line). The
/// place (`file:line:column`) is added by ``ImportError/description``; ``ImportError/Kind`` is the
/// contract for programs and is not translated.
extension Strings {
    // MARK: Files and folders

    var importFileDoesNotExist: String { t("Filen finnes ikke.", "The file does not exist.") }
    var importFileOrFolderDoesNotExist: String { t("Filen eller mappen finnes ikke.", "The file or folder does not exist.") }
    var importIsAFolder: String { t("Dette er en mappe, ikke en fil.", "This is a folder, not a file.") }
    var importFolderNotReadable: String { t("Mappen kan ikke leses.", "The folder cannot be read.") }

    var importFileNotReadable: String {
        t("Filen kan ikke leses (sjekk tilgangsrettighetene).", "The file cannot be read (check its permissions).")
    }

    func importFileTooLarge(megabytes: Int) -> String {
        t("Filen er på \(megabytes) MB; svarfiler over 64 MB avvises. Er dette riktig fil?",
          "The file is \(megabytes) MB; survey files over 64 MB are refused. Is this the right file?")
    }

    var importFolderHasNoSurveys: String {
        t("Mappen har ingen svarfiler (.csv, .txt eller .tsv).", "The folder has no survey files (.csv, .txt or .tsv).")
    }

    var importNoClassColumn: String {
        t("Denne filen har ingen kolonne for klasse («klasse»/«class»), så den er én klasse: bruk `sociogram analyze`, "
            + "eller gi en mappe med én fil per klasse.",
          "This file has no class column (\"klasse\"/\"class\"), so it is one class: use `sociogram analyze`, "
            + "or give a folder with one file per class.")
    }

    // MARK: Text and CSV

    func importBinaryFile(_ kind: BinarySignature.Kind) -> String {
        let what: String
        switch kind {
        case .zip: what = t("en Excel-arbeidsbok (.xlsx) eller et annet zip-arkiv", "an Excel workbook (.xlsx) or another zip archive")
        case .oleCompound: what = t("en gammel Excel-fil (.xls) eller Word-fil (.doc)", "an old Excel (.xls) or Word (.doc) file")
        case .pdf: what = t("et PDF-dokument", "a PDF document")
        case .png: what = t("et PNG-bilde", "a PNG image")
        case .jpeg: what = t("et JPEG-bilde", "a JPEG image")
        }
        return t("Dette er \(what), ikke en tekstfil. Åpne den og lagre den som «CSV UTF-8» eller «CSV (semikolondelt)», "
                    + "og prøv igjen.",
                 "This is \(what), not a text file. Open it and save it as \"CSV UTF-8\" or "
                    + "\"CSV (semikolondelt)\", then try again.")
    }

    /// `byte` 0 is a NUL byte; others are control characters.
    func importControlCharacters(byte: UInt8) -> String {
        let what = byte == 0
            ? t("NUL-tegn (byte 0)", "NUL bytes") : t("kontrolltegn (byte \(byte))", "control characters (byte \(byte))")
        return t("Filen inneholder \(what): den er ikke en tekst-/CSV-fil (eller den er UTF-16 uten byte-rekkefølgemerke, "
                    + "BOM). Lagre den fra Excel som «CSV UTF-8» og prøv igjen.",
                 "The file contains \(what): it is not a text/CSV file (or it is UTF-16 without a "
                    + "byte-order mark). Save it from Excel as \"CSV UTF-8\" and try again.")
    }

    var importEmptyFile: String {
        t("Filen er tom (ingen rader med innhold).", "The file is empty (no rows with any content).")
    }

    var importHeaderButNoRows: String {
        t("Filen har en overskriftsrad, men ingen rader med svar.", "The file has a header but no rows of answers.")
    }

    func importRaggedRow(column: Int, headerWidth: Int) -> String {
        t("Denne raden har en verdi i kolonne \(column), men overskriftsraden har bare \(headerWidth) kolonner. Står et "
            + "skilletegn («;» eller «,») inne i et navn eller svar uten anførselstegn rundt?",
          "This row has a value in column \(column), but the header has only \(headerWidth) "
            + "columns. Is a delimiter (\";\" or \",\") inside a name or answer without quotes?")
    }

    var importUnterminatedQuote: String {
        t("Et anførselstegn (\") som åpnes her, lukkes aldri, så resten av filen ville blitt én celle. "
            + "Legg til det avsluttende anførselstegnet, eller fjern dette.",
          "A quote (\") opened here is never closed, so the rest of the file would be one cell. "
            + "Add the closing quote or remove this one.")
    }

    func importTooManyRows(_ max: Int) -> String {
        t("Mer enn \(max) rader: dette er ikke en undersøkelse for en klasse eller et trinn.",
          "More than \(max) rows: this is not a class or grade survey.")
    }

    // MARK: Layouts

    var importRosterGivenAsSurvey: String {
        t("Dette er en klasseliste (navneliste), ikke svar på en undersøkelse. Gi den med --roster sammen med svarfilen.",
          "This is a class list (roster), not survey answers. Give it with --roster together with the survey file.")
    }

    func importEdgeListMissingColumn(missingFrom: Bool) -> String {
        let missing = missingFrom
            ? t("«fra» (eller «from», «source»)", "\"from\" (or \"fra\", \"source\")")
            : t("«til» (eller «to», «target»)", "\"to\" (or \"til\", \"target\")")
        return t("Dette ser ut som en kantliste, men kolonnen \(missing) mangler. En kantliste trenger kolonnene fra;til "
                    + "og eventuelt spørsmål;rangering.",
                 "This looks like an edge list, but the column \(missing) is missing. "
                    + "An edge list needs the columns from,to and optionally question,rank.")
    }

    var importNumericHeader: String {
        t("Den første raden inneholder tall, ikke kolonnenavn, så filen har ingen overskriftsrad. En sosiomatrise trenger "
            + "elevenes navn eller id-er bortover den første raden og nedover den første kolonnen; en kantliste trenger "
            + "en overskriftsrad som «fra;til;spørsmål»; en skjemaeksport trenger raden med spørsmålene.",
          "The first row holds numbers, not column names, so the file has no header. A matrix needs the "
            + "pupils' names or ids across the first row and down the first column; an edge list needs a "
            + "header row such as \"from;to;question\"; a form export needs its question row.")
    }

    var importHeaderlessCellNotNumber: String {
        t("Den første raden inneholder bare tall, så filen ser ut til å mangle overskriftsrad, men denne cellen er ikke "
            + "et tall. Legg til en overskriftsrad som «fra;til;spørsmål;rangering».",
          "The first row holds only numbers, so the file seems to have no header, but this cell is not a "
            + "number. Add a header row such as \"from;to;question;rank\".")
    }

    var importHeaderlessNoFromTo: String {
        t("Filen har ingen overskriftsrad, og ingen to kolonner ser ut som «fra» og «til». "
            + "Legg til en overskriftsrad som «fra;til;spørsmål;rangering».",
          "The file has no header and no two columns look like \"from\" and \"to\". "
            + "Add a header row such as \"from;to;question;rank\".")
    }

    var importNoRespondentColumn: String {
        t("Ingen kolonne inneholder elevenes egne navn. Legg til et spørsmål som «Hva heter du?» eller en kolonne "
            + "«Elev» med navnet til hver elev som svarte (skjemaets kolonne «Navn» brukes bare når den har ekte navn, "
            + "ikke «anonymous»).",
          "No column holds the pupils' own names. Add a question such as \"Hva heter du?\" or a column "
            + "\"Elev\" with each respondent's name (a form's \"Navn\" column is used only when it "
            + "holds real names, not \"anonymous\").")
    }

    func importNoNameColumns(ignored: [String]) -> String {
        t("Ingen kolonne inneholder navn på klassekamerater, så det finnes ingen spørsmål å lese. Kolonner som ikke "
            + "brukes: \(importList(ignored)).",
          "No column holds names of classmates, so there are no questions to read. Ignored columns: "
            + "\(importList(ignored)).")
    }

    func importNobodyAnswered(_ question: String, column: Int) -> String {
        t("Ingen elever svarte på spørsmålet \(importQuote(question)) (kolonne \(column)). Fjern kolonnen, eller sjekk "
            + "at eksporten er komplett.",
          "Nobody answered the question \"\(question)\" (column \(column)). Remove the column, or check "
            + "that the export is complete.")
    }

    func importBadRank(_ text: String) -> String {
        t("Rangeringen \(importQuote(text)) er ikke et helt tall på 1 eller mer (1 = førstevalg).",
          "The rank \"\(text)\" is not a whole number of 1 or more (1 = first choice).")
    }

    var importEdgeListEmpty: String { t("Kantlisten har ingen rader med navn.", "The edge list has no rows with names.") }

    // MARK: Names and rosters

    /// `otherFile` is the file of the first answer when it is not the file of the second.
    func importAnsweredTwice(_ name: String, lines first: Int, _ second: Int, otherFile: String?) -> String {
        t("\(name) svarte to ganger: linje \(first)\(otherFile.map { " i \($0)" } ?? "") og \(second). Slett svaret "
            + "som ikke skal telle (skjemaer kan tillate flere svar per person), og kjør på nytt.",
          "\(name) answered twice: lines \(first) and \(second)\(otherFile.map { " of \($0)" } ?? ""). "
            + "Delete the answer that should not count (forms may allow several answers per person) and run again.")
    }

    func importWrongRoster(unknown: Int, of total: Int) -> String {
        t("\(unknown) av de \(total) navnene som er skrevet i denne filen, står ikke i navnelisten. Er dette riktig "
            + "navneliste for denne klassen? (Det første ukjente navnet står her.)",
          "\(unknown) of the \(total) names written in this file are not on the roster. Is this the right "
            + "roster for this class? (The first unknown name is here.)")
    }

    func importRosterNeedsNameColumn(columns: [String]) -> String {
        t("Navnelisten trenger en kolonne «navn» (eller «name», eller «fornavn» og «etternavn») eller «id»; "
            + "kolonnene i den er \(importList(columns)).",
          "The roster needs a column \"name\" (or \"navn\", or \"fornavn\" and \"etternavn\") or \"id\"; "
            + "its columns are \(importList(columns)).")
    }

    var importRosterEmpty: String { t("Navnelisten har ingen elever.", "The roster has no pupils.") }

    /// What a roster lists twice: a name (in a class), an id or a code.
    enum RosterValue: Sendable {
        case name(String, className: String?)
        case id(String)
        case code(String)
    }

    func importRosterDuplicate(_ value: RosterValue, lines first: Int, _ second: Int) -> String {
        let what: String
        switch value {
        case .name(let name, let cls):
            what = t("navnet \(importQuote(name))", "the name \"\(name)\"") + (cls.map { t(" i klasse \($0)", " in class \($0)") } ?? "")
        case .id(let id): what = t("id-en \(importQuote(id))", "the id \"\(id)\"")
        case .code(let code): what = t("koden \(importQuote(code))", "the code \"\(code)\"")
        }
        return t("Navnelisten har \(what) to ganger (linje \(first) og \(second)). Navn, id-er og koder må være unike; "
                    + "legg til en initial eller et tall for å skille dem.",
                 "The roster lists \(what) twice (lines \(first) and \(second)). "
                    + "Names, ids and codes must be unique; add an initial or a number to tell them apart.")
    }

    // MARK: Matrices

    func importMatrixNotSquare(across: Int, rows: Int) -> String {
        t("Matrisen er ikke kvadratisk: \(across) navn bortover øverst, men \(rows) rader. Hver elev trenger både en rad "
            + "og en kolonne.",
          "The matrix is not square: \(across) names across the top but \(rows) rows. "
            + "Every pupil needs both a row and a column.")
    }

    var importMatrixColumnWithoutName: String { t("Denne kolonnen i matrisen har ikke noe navn.", "This matrix column has no name.") }
    var importMatrixRowWithoutName: String { t("Denne raden i matrisen har ikke noe navn.", "This matrix row has no name.") }

    func importMatrixTwoRows(_ name: String, lines first: Int, _ second: Int) -> String {
        t("\(importQuote(name)) har to rader i matrisen (linje \(first) og \(second)).",
          "\"\(name)\" has two rows in the matrix (lines \(first) and \(second)).")
    }

    func importMatrixBadCell(_ value: String) -> String {
        t("Cellen \(importQuote(value)) i matrisen er ikke et tall. Bruk tom eller 0 (ikke valgt), 1 (valgt), 2, 3, … "
            + "(rangering) eller NA (svarte ikke).",
          "The matrix cell \"\(value)\" is not a number. Use empty or 0 (not chosen), 1 (chosen), "
            + "2, 3, … (rank) or NA (did not answer).")
    }

    func importMatrixColumnWithoutRow(_ name: String) -> String {
        t("Kolonnen \(importQuote(name)) har ingen rad med samme navn, så matrisen er ikke kvadratisk (navnene bortover "
            + "øverst og nedover siden må være de samme elevene).",
          "The column \"\(name)\" has no row with the same name, so the matrix is not square "
            + "(the names across the top and down the side must be the same pupils).")
    }

    func importMatrixColumnsShareRow(_ first: String, _ second: String, row: String) -> String {
        t("Kolonnene \(importQuote(first)) og \(importQuote(second)) passer begge med raden \(importQuote(row)).",
          "The columns \"\(first)\" and \"\(second)\" both match the row \"\(row)\".")
    }

    // MARK: --question

    func importQuestionOptionSyntax(_ argument: String) -> String {
        t("--question venter TEXT-OR-ID=kind, for eksempel \"q2=negative\"; fikk \(importQuote(argument))",
          "--question expects TEXT-OR-ID=kind, e.g. \"q2=negative\"; got \"\(argument)\"")
    }

    func importQuestionOptionNoQuestion(_ argument: String) -> String {
        t("--question \(importQuote(argument)): spørsmålet mangler foran '='",
          "--question \"\(argument)\": the question is missing before '='")
    }

    func importQuestionOptionUnknownKind(_ argument: String, kind: String) -> String {
        let kinds = QuestionKind.allCases.map(\.rawValue).joined(separator: ", ")
        return t("--question \(importQuote(argument)): ukjent type \(importQuote(kind)); bruk en av \(kinds)",
                 "--question \"\(argument)\": unknown kind \"\(kind)\"; use one of \(kinds)")
    }

    /// `questions` are `(id, text)` of every question; `hits` how many the selector matched (0 or more than 1).
    func importQuestionOptionNotOne(
        _ selector: String, _ kind: QuestionKind, hits: Int, questions: [(id: String, text: String)]
    ) -> String {
        let listed = questions.map { "\($0.id) \(importQuote($0.text))" }.joined(separator: "; ")
        let problem = hits == 0
            ? t("passer ikke med noe spørsmål", "matches no question") : t("passer med \(hits) spørsmål", "matches \(hits) questions")
        return t("--question \"\(selector)=\(kind.rawValue)\" \(problem). Bruk en spørsmåls-id eller en del av teksten "
                    + "som bare ett spørsmål har. Spørsmålene er: \(listed).",
                 "--question \"\(selector)=\(kind.rawValue)\" \(problem). Use a question id or a "
                    + "part of the text that only one question has. The questions are: \(listed).")
    }
}
