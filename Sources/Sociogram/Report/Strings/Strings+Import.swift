/// Texts of the importer's warnings and notes (``Diagnostic/message``); the errors are in
/// `Strings+ImportErrors.swift`. The codes (``Diagnostic/code``) are not translated: they are the
/// contract for programs.
///
/// Bokmål terms: navneliste (roster), elev som svarte (respondent), kolonne, rad/linje, skilletegn,
/// tegnkoding. The English texts quote with plain `"…"` as they always have (tests and scripts match
/// them); bokmål quotes with «…».
extension Strings {
    // MARK: Helpers

    /// A written value in quotes: «Kari» in bokmål, "Kari" in English.
    func importQuote(_ text: String) -> String { t("«\(text)»", "\"\(text)\"") }

    /// `"a", "b" and "c"` / `«a», «b» og «c»`; an empty list gives an empty string.
    func importList(_ items: [String], quoted: Bool = true) -> String {
        let q = items.map { quoted ? importQuote($0) : $0 }
        guard q.count > 1 else { return q.first ?? "" }
        return q.dropLast().joined(separator: ", ") + t(" og ", " and ") + (q.last ?? "")
    }

    /// How a written name was matched, in running text.
    func importMatchWords(_ method: MatchMethod) -> String {
        switch method {
        case .exact: t("nøyaktig", "exact")
        case .normalised: t("uten hensyn til store/små bokstaver, mellomrom og aksenter", "ignoring case, spaces and accents")
        case .firstName: t("den eneste eleven med dette fornavnet", "the only pupil with this first name")
        case .closeSpelling: t("nesten lik stavemåte", "close spelling")
        }
    }

    // MARK: Names (`added-pupil`, `unmatched-name`, `fuzzy-match`, `class-not-on-roster`)

    func importAddedPupil(_ written: String, times n: Int) -> String {
        t("\(importQuote(written)) er ikke navnet på noen elev som svarte, så \(written) ble lagt til som en elev som "
            + "ikke svarte (skrevet \(n) \(n == 1 ? "gang" : "ganger"), første gang her). Hvis navnet er feilstavet, "
            + "rett det, eller gi en navneliste (--roster).",
          "\"\(written)\" is not the name of anyone who answered, so \(written) was added as a pupil who did "
            + "not answer (written \(n) time\(n == 1 ? "" : "s"), first here). If it is a misspelling, "
            + "correct it or give a roster (--roster).")
    }

    func importClassNotOnRoster(_ className: String) -> String {
        t("Klassen \(importQuote(className)) står ikke i navnelisten; navnene i den sammenlignes med hele navnelisten.",
          "The class \"\(className)\" is not on the roster; its names are matched against the whole roster.")
    }

    /// What happens to an unmatched name: the respondent's whole row, or one choice.
    func importNameConsequence(respondent: Bool) -> String {
        respondent
            ? t("svarene på denne raden brukes ikke.", "the answers in this row are not used.")
            : t("dette valget brukes ikke.", "this choice is not used.")
    }

    func importAmbiguousName(_ written: String, candidates: [String], respondent: Bool) -> String {
        let consequence = importNameConsequence(respondent: respondent)
        return t("\(importQuote(written)) kan være \(importList(candidates, quoted: false)); \(consequence) Skriv hele navnet.",
                 "\"\(written)\" could be \(importList(candidates, quoted: false)); \(consequence) Write the full name.")
    }

    func importNotOnRoster(_ written: String, respondent: Bool) -> String {
        let consequence = importNameConsequence(respondent: respondent)
        return t("\(importQuote(written)) passer ikke med noen i navnelisten; \(consequence)",
                 "\"\(written)\" does not match anyone on the roster; \(consequence)")
    }

    func importNotARespondent(_ written: String) -> String {
        t("\(importQuote(written)) passer ikke med noen elev som svarte.", "\"\(written)\" does not match anyone who answered.")
    }

    func importLooseMatch(_ written: String, as pupil: String, _ method: MatchMethod) -> String {
        t("\(importQuote(written)) ble tolket som \(pupil) (\(importMatchWords(method))).",
          "\"\(written)\" was read as \(pupil) (\(importMatchWords(method))).")
    }

    /// Appended to a loose match in a warning.
    var importCheckThis: String { t(" Sjekk at dette stemmer.", " Check that this is right.") }

    /// Appended to a loose match in a `--strict` error.
    var importStrictOnlyExact: String {
        t(" Med --strict godtas bare nøyaktige navn.", " With --strict only exact names are accepted.")
    }

    // MARK: Form exports

    func importRespondentFromFormName(_ header: String) -> String {
        t("Ingen spørsmål ba om elevens navn, så skjemaets egen kolonne \(importQuote(header)) (kontoen eleven var "
            + "logget inn med) brukes som navnet til eleven som svarte.",
          "No question asked for the pupil's name, so the form's own column \"\(header)\" "
            + "(the signed-in account) is used as the respondent's name.")
    }

    func importFreeTextColumn(_ column: Int, _ header: String) -> String {
        t("Kolonne \(column) \(importQuote(header)) inneholder fritekst (ikke navn på elever) og leses aldri inn.",
          "Column \(column) \"\(header)\" holds free text (not names of pupils) and is never imported.")
    }

    func importMetadataColumns(_ headers: [String]) -> String {
        t("Metadata fra skjemaet som ikke leses inn: \(importList(headers)).",
          "Form metadata not imported: \(importList(headers)).")
    }

    func importMissingRespondentName(_ header: String) -> String {
        t("Dette svaret har ikke noe navn i kolonnen \(importQuote(header)), så det kan ikke brukes.",
          "This answer has no name in the column \"\(header)\", so it cannot be used.")
    }

    func importRowWithoutAnswers(_ name: String) -> String {
        t("\(name) har en rad, men ingen svar: regnes som ikke svart (mangler), ikke som «valgte ingen».",
          "\(name) has a row but no answers: counted as not answered (missing), not as \"chose nobody\".")
    }

    func importEveryoneAnswer(_ written: String) -> String {
        t("\(importQuote(written)) (alle) kan ikke leses som navn på klassekamerater; dette svaret brukes ikke.",
          "\"\(written)\" (everyone) cannot be read as names of classmates; this answer is not used.")
    }

    func importNoOneAnswers(_ n: Int) -> String {
        t("\(n) svar som «Ingen» eller «Vet ikke» ble lest som «valgte ingen» (første her).",
          "\(n) answer\(n == 1 ? "" : "s") such as \"Ingen\" or \"Vet ikke\" \(n == 1 ? "was" : "were") read "
            + "as \"chose nobody\" (first here).")
    }

    func importUnknownGenderAnswer(_ raw: String) -> String {
        t("Svaret \(importQuote(raw)) på spørsmålet om kjønn blir ikke gjenkjent; kjønn er satt som ukjent.",
          "The gender answer \"\(raw)\" is not recognised; left unknown.")
    }

    // MARK: Files and folders (`title-line`, `invalid-bytes`, `mixed-encoding`, `ignored-file`, `roster-in-folder`)

    func importTitleLine(_ line: Int, _ text: String) -> String {
        t("Linje \(line) (\(importQuote(text))) ser ut som en tittel over overskriftsraden og ble hoppet over.",
          "Line \(line) (\"\(text)\") looks like a title above the header and was skipped.")
    }

    func importInvalidBytes(_ n: Int, encoding: TextEncodingName) -> String {
        t("\(n) \(n == 1 ? "ugyldig bytesekvens" : "ugyldige bytesekvenser") i denne filen med tegnkodingen "
            + "\(encoding.rawValue) ble erstattet med \u{FFFD}; sjekk navnene i nærheten.",
          "\(n) invalid byte sequence(s) in this \(encoding.rawValue) file were "
            + "replaced by \u{FFFD}; check the names near them.")
    }

    func importMixedEncoding(_ bytes: Int, firstLine line: Int) -> String {
        t("Denne UTF-8-filen har også \(bytes) byte i tegnkodingen Windows-1252 (rader limt inn fra en eldre "
            + "Excel-fil?), første gang på linje \(line); de ble lest som Windows-1252 (æ, ø, å). Sjekk navnene på "
            + "den linjen.",
          "This UTF-8 file also has \(bytes) byte(s) in the Windows-1252 encoding (rows pasted "
            + "from an older Excel file?), first on line \(line); they were read as "
            + "Windows-1252 (æ, ø, å). Check the names on that line.")
    }

    var importHiddenFileIgnored: String { t("Skjult fil; hoppet over.", "Hidden file ignored.") }

    var importSubfolderIgnored: String {
        t("Undermappe hoppet over (bare filene rett i mappen leses).",
          "Sub-folder ignored (only the files directly in the folder are read).")
    }

    var importNotASurveyFile: String {
        t("Ikke en svarfil (.csv, .txt, .tsv, .xlsx eller .zip); hoppet over.",
          "Not a survey file (.csv, .txt, .tsv, .xlsx or .zip); ignored.")
    }

    var importRosterInFolder: String {
        t("Denne filen er en klasseliste og brukes som navneliste.", "This file is a class list and is used as the roster.")
    }

    var importSecondRosterIgnored: String {
        t("Mappen har mer enn én navneliste; denne brukes ikke.", "A second roster in the folder is ignored.")
    }

    func importPupilsWithoutClass(_ n: Int) -> String {
        t("\(n) \(n == 1 ? "elev" : "elever") har ingen klasse og er utelatt fra klassemappene; gi "
            + "\(n == 1 ? "eleven" : "dem") en klasse i filen eller i navnelisten.",
          "\(n) \(n == 1 ? "pupil has" : "pupils have") no class and \(n == 1 ? "is" : "are") left out of the class folders; give "
            + "\(n == 1 ? "the pupil" : "them") a class in the file or the roster.")
    }

    // MARK: Choices and questions

    func importSelfNomination(_ chooser: String, question: String) -> String {
        t("\(chooser) valgte seg selv på \(importQuote(question)); dette valget brukes ikke.",
          "\(chooser) named themself for \"\(question)\"; this choice is not used.")
    }

    func importDuplicateNomination(_ chooser: String, chose pupil: String, question: String) -> String {
        t("\(chooser) valgte \(pupil) mer enn én gang på \(importQuote(question)); bare det første valget brukes.",
          "\(chooser) named \(pupil) more than once for \"\(question)\"; only the first is used.")
    }

    func importNonRespondents(_ names: [String]) -> String {
        let n = names.count
        return t("\(n) \(n == 1 ? "elev" : "elever") svarte ikke (mangler, ikke «valgte ingen»): \(names.joined(separator: ", ")).",
                 "\(n) pupil\(n == 1 ? "" : "s") did not answer (missing, not \"chose nobody\"): "
                    + "\(names.joined(separator: ", ")).")
    }

    /// `items` are `"id text"` of each negative question left out.
    func importNegativeDropped(_ items: [String]) -> String {
        let n = items.count
        return t("\(n == 1 ? "Negativt spørsmål" : "Negative spørsmål") utelatt (--drop-negative): \(importList(items)).",
                 "Negative question\(n == 1 ? "" : "s") left out (--drop-negative): \(importList(items)).")
    }

    func importKindDefaulted(_ id: String, _ text: String) -> String {
        t("Typen til spørsmål \(id) \(importQuote(text)) kunne ikke gjettes ut fra teksten; det behandles som positivt. "
            + "Sett typen med --question \"\(id)=kind\" (kind er positive, negative, prosocial, influence eller other) "
            + "hvis det er feil.",
          "The kind of question \(id) \"\(text)\" could not be guessed from its text; it is treated as "
            + "positive. Set it with --question \"\(id)=kind\" if that is wrong.")
    }

    func importKindSet(_ id: String, _ text: String, _ kind: QuestionKind) -> String {
        t("Spørsmål \(id) \(importQuote(text)) er satt til \(inspectKind(kind)) (\(kind.rawValue)).",
          "Question \(id) \"\(text)\" set to \(kind.rawValue).")
    }

    // MARK: Edge lists, rosters, matrices

    var importOneQuestion: String {
        t("Kantlisten har ingen kolonne for spørsmål: alle radene hører til ett spørsmål, som får navn etter filen.",
          "The edge list has no question column: all rows belong to one question, named after the file.")
    }

    func importEdgeColumnIgnored(_ column: Int, _ header: String) -> String {
        t("Kolonne \(column) \(importQuote(header)) brukes ikke (en kantliste bruker fra, til, spørsmål, rangering, klasse).",
          "Column \(column) \"\(header)\" is not used (an edge list uses from, to, question, rank, class).")
    }

    func importMissingFrom(_ header: String) -> String {
        t("Denne raden har ikke noe navn i kolonnen \(importQuote(header)) og brukes ikke.",
          "This row has no name in the \"\(header)\" column and is not used.")
    }

    var importMissingQuestion: String {
        t("Denne raden har ikke noe spørsmål og brukes ikke.", "This row has no question and is not used.")
    }

    /// `columns` describes each column of a headerless edge list in order.
    func importHeaderlessEdgeList(_ columns: [HeaderlessEdgeList.Role]) -> String {
        let described = columns.enumerated().map { j, role -> String in
            let what: String
            switch role {
            case .from: what = t("fra", "from")
            case .to: what = t("til", "to")
            case .question: what = t("spørsmål", "question")
            case .unused(let always?): what = t("brukes ikke (alltid \(always))", "not used (always \(always))")
            case .unused(nil): what = t("brukes ikke", "not used")
            }
            return t("kolonne \(j + 1) = \(what)", "column \(j + 1) = \(what)")
        }.joined(separator: ", ")
        return t("Filen har ingen overskriftsrad; den ble lest som en kantliste: \(described). Legg til en "
                    + "overskriftsrad (fra;til;spørsmål) hvis det er feil.",
                 "The file has no header; it was read as an edge list: \(described). Add a header row "
                    + "(from;to;question) if that is wrong.")
    }

    func importRosterColumnIgnored(_ header: String) -> String {
        t("Kolonnen \(importQuote(header)) i navnelisten brukes ikke.", "Roster column \"\(header)\" is not used.")
    }

    var importRosterRowWithoutName: String {
        t("Denne raden i navnelisten har verken navn eller id og hoppes over.",
          "This roster row has no name or id and is skipped.")
    }

    func importUnknownGenderValue(_ raw: String) -> String {
        t("Kjønnsverdien \(importQuote(raw)) blir ikke gjenkjent (bruk jente/gutt, J/G, girl/boy); kjønn er satt som ukjent.",
          "The gender value \"\(raw)\" is not recognised (use jente/gutt, J/G, girl/boy); left unknown.")
    }

    func importMatrixColumnMatch(_ column: String, row: String, _ method: MatchMethod) -> String {
        t("Kolonnen \(importQuote(column)) ble lest som raden \(importQuote(row)) (\(importMatchWords(method))).",
          "Column \"\(column)\" was read as the row \"\(row)\" (\(method.rawValue) match).")
    }

    /// The message of a diagnostic in pseudonymised output, where the real message may quote a name.
    public func diagnosticHidden(_ code: String) -> String {
        t("(\(code); detaljene er skjult med --labels codes — kjør uten for å se dem)",
          "(\(code); details hidden in pseudonymised mode — run without --labels codes to see them)")
    }
}
