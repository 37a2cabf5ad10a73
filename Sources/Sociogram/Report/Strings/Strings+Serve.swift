/// The local web app (`sociogram serve`): the terminal lines of the command and every text of the page.
///
/// The page's script has no texts of its own: it asks the server for ``serveTexts`` (`GET /api/texts`)
/// and shows them by key, so the page is translated here, beside the rest of the table.
extension Strings {
    /// The first line `sociogram serve` prints: where the app runs (the address holds the access token).
    public func serveRunning(_ url: String) -> String {
        t("Sosiogram kjører på \(url)", "Sociogram is running at \(url)")
    }

    /// How to stop the app, printed under the address.
    public var serveHowToStop: String {
        t(
            "Åpne adressen i nettleseren på denne maskinen. Trykk Ctrl-C her for å stoppe; da glemmes alt som ble lastet opp.",
            "Open the address in a browser on this machine. Press Ctrl-C here to stop; everything uploaded is then forgotten.")
    }

    /// Said when no browser could be opened (no display, or `xdg-open` missing).
    public var serveNoBrowser: String {
        t("Fant ingen nettleser å åpne; åpne adressen over selv.", "No browser could be opened; open the address above yourself.")
    }

    /// Printed when the app stops.
    public var serveStopped: String {
        t("Sosiogram er stoppet. Ingenting ble lagret.", "Sociogram has stopped. Nothing was saved.")
    }

    /// The server's answer to a request without the access token (or with a wrong one).
    public var serveForbidden: String {
        t(
            "Ingen tilgang: åpne adressen som `sociogram serve` skrev i terminalen (den har en tilgangsnøkkel).",
            "No access: open the address `sociogram serve` printed in the terminal (it holds an access key).")
    }

    /// The server's answer to a request for another host name (DNS rebinding) or from another site.
    public var serveWrongHost: String {
        t(
            "Ingen tilgang: forespørselen kom ikke fra Sosiogram-siden på denne maskinen.",
            "No access: the request did not come from the Sociogram page on this machine.")
    }

    /// A survey or class list over the upload limit.
    public func serveTooLarge(megabytes: Int) -> String {
        t(
            "Filen er for stor: høyst \(megabytes) MB kan lastes opp.",
            "The file is too large: at most \(megabytes) MB can be uploaded.")
    }

    /// An upload without a survey file.
    public var serveNoSurvey: String {
        t("Velg svarfilen fra undersøkelsen først.", "Choose the survey's answer file first.")
    }

    /// A request the page did not make (bad form, bad JSON, unknown option value).
    public func serveBadRequest(_ detail: String) -> String {
        t("Forespørselen kunne ikke leses: \(detail)", "The request could not be read: \(detail)")
    }

    /// A session that was cleared or dropped.
    public var serveSessionGone: String {
        t(
            "Denne undersøkelsen er ikke lenger lastet inn (slettet, eller serveren ble startet på nytt). Last inn filen igjen.",
            "This survey is no longer loaded (cleared, or the server was restarted). Load the file again.")
    }

    /// How a question's kind was decided, on the page (`inspect`'s words, but a kind the teacher chose
    /// was set on the page, not with `--question`).
    public func serveKindSource(_ source: KindSource) -> String {
        source == .userSet ? t("valgt av deg her", "chosen by you here") : inspectKindSource(source)
    }

    /// A pupil id that is not in the class.
    public var serveUnknownPupil: String { t("Eleven finnes ikke i klassen.", "The pupil is not in the class.") }

    /// A diagram or report that could not be drawn (Graphviz failed or its worker process stopped).
    public func serveDrawFailed(_ detail: String) -> String {
        t(
            "Diagrammet kunne ikke tegnes: \(detail). Resten av appen virker; prøv igjen.",
            "The diagram could not be drawn: \(detail). The rest of the app still works; try again.")
    }

    /// Something unexpected inside the server.
    public var serveInternalError: String {
        t("Noe gikk galt i Sosiogram. Prøv igjen.", "Something went wrong inside Sociogram. Try again.")
    }

    /// Every text the page shows, by key (`GET /api/texts?lang=…`).
    public var serveTexts: [String: String] {
        [
            "pageTitle": t("Sosiogram – klassens sosiale nettverk", "Sociogram – the class's social network"),
            "appName": t("Sosiogram", "Sociogram"),
            "tagline": t(
                "Alt skjer på denne maskinen: filene lastes ikke opp til noen tjeneste, og ingenting lagres før du laster ned.",
                "Everything happens on this machine: no file goes to any service, and nothing is saved until you download it."),
            "language": t("Språk", "Language"),
            "clearAll": t("Slett alt", "Clear everything"),
            "cleared": t("Alt er slettet fra minnet.", "Everything has been cleared from memory."),
            "working": t("Arbeider …", "Working …"),
            "snapshot": t(
                "Et sosiogram er et øyeblikksbilde av hvordan elevene svarte på spørsmålene én dag. Det er aldri eneste grunnlag for et tiltak.",
                "A sociogram is a snapshot of how the pupils answered the questions on one day. It is never the sole basis for a measure."),

            "step1": t("1. Last inn undersøkelsen", "1. Load the survey"),
            "dropHere": t("Slipp svarfilen her", "Drop the answer file here"),
            "dropOr": t("eller velg den fra maskinen", "or choose it from this machine"),
            "formats": t(
                "Excel-arbeidsbok (.xlsx) fra Forms, Google Forms-nedlasting (.csv.zip), CSV, kantliste eller sosiomatrise.",
                "Excel workbook (.xlsx) from Forms, Google Forms download (.csv.zip), CSV, edge list or sociomatrix."),
            "surveyFile": t("Svarfil", "Answer file"),
            "rosterFile": t("Klasseliste (valgfritt)", "Class list (optional)"),
            "rosterHelp": t(
                "Med klasseliste regnes elever som ikke svarte som «mangler», ikke som «valgte ingen».",
                "With a class list, pupils who did not answer count as missing, not as “chose nobody”."),
            "noFile": t("Ingen fil valgt", "No file chosen"),
            "read": t("Les filen", "Read the file"),
            "tryExample": t("Prøv med eksempelklassen", "Try the example class"),
            "exampleNote": t(
                "Eksempelklassen 7B er oppdiktet (26 elever, skrevet inn for hånd med noen skrivefeil).",
                "The example class 7B is made up (26 pupils, typed in by hand with a few typing mistakes)."),
            "errorTitle": t("Filen kunne ikke leses", "The file could not be read"),

            "step2": t("2. Slik ble filen lest", "2. How the file was read"),
            "step2Help": t(
                "Sjekk dette før du ser på resultatet. Stemmer ikke et spørsmåls type, velg riktig type i listen – analysen kjøres på nytt.",
                "Check this before looking at the results. If a question's kind is wrong, choose the right one from the list – the analysis runs again."),
            "questions": t("Spørsmål", "Questions"),
            "questionId": t("Nr.", "No."),
            "questionText": t("Spørsmål", "Question"),
            "questionKind": t("Type", "Kind"),
            "kindSource": t("Bestemt av", "Decided by"),
            "kind.positive": t("positivt (liker, vil være sammen med)", "positive (liked, be with)"),
            "kind.negative": t("negativt (helst ikke sammen med)", "negative (rather not be with)"),
            "kind.prosocial": t("prososialt (hjelper andre)", "prosocial (helps others)"),
            "kind.influence": t("innflytelse (bestemmer mest)", "influence (decides most)"),
            "kind.other": t("annet (tas ikke med i analysen)", "other (not analysed)"),
            "dropNegative": t("La negative spørsmål være ute av analysen", "Leave negative questions out of the analysis"),
            "files": t("Filer", "Files"),
            "didNotAnswer": t("Svarte ikke", "Did not answer"),
            "nobodyMissing": t("Alle elevene svarte.", "Every pupil answered."),
            "looseMatches": t("Navn som ble tolket (sjekk disse)", "Names that were interpreted (check these)"),
            "noLooseMatches": t("Alle navn passet nøyaktig.", "Every name matched exactly."),
            "written": t("Skrevet", "Written"),
            "matchedTo": t("Tolket som", "Read as"),
            "matchHow": t("Hvordan", "How"),
            "unknownNames": t("Ukjente navn", "Unknown names"),
            "noUnknownNames": t("Ingen ukjente navn.", "No unknown names."),
            "warnings": t("Advarsler", "Warnings"),
            "notes": t("Merknader", "Notes"),
            "pupils": t("Elever", "Pupils"),

            "step3": t("3. Rapporten", "3. The report"),
            "step3Help": t(
                "Samme rapport som `sociogram report`. Klikk på en elev i rapporten for å se valgene.",
                "The same report as `sociogram report`. Click a pupil in the report to see their ties."),
            "reportFrame": t("Rapporten for ressursteamet", "The report for the resource team"),
            "openReport": t("Åpne rapporten i en egen fane", "Open the report in a tab of its own"),
            "pickPupil": t("Velg en elev for å få forslag til støtte", "Choose a pupil for suggestions of support"),
            "choosePupil": t("– velg elev –", "– choose a pupil –"),
            "supporters": t("Klassekamerater som kan spørres om å hjelpe", "Classmates who could be asked to help"),
            "supportGroup": t("Forslag til støttegruppe", "Suggested support group"),
            "noSupporters": t("Ingen klassekamerat kan foreslås.", "No classmate can be suggested."),
            "reportWithPupil": t("Rapporten viser nå også en egen del om eleven.", "The report now also has a section on this pupil."),

            "step4": t("4. Arbeidsgrupper", "4. Work groups"),
            "step4Help": t(
                "Alle får minst én de har valgt eller som har valgt dem, konfliktpar holdes fra hverandre, og lederrollen går på omgang.",
                "Everyone gets at least one pupil they chose or who chose them, conflict pairs are kept apart, and the leader role rotates."),
            "groupSize": t("Gruppestørrelse", "Group size"),
            "rounds": t("Antall runder", "Rounds"),
            "leaders": t("Ledere", "Leaders"),
            "leaders.prosocial": t("en prososial elev per gruppe (foreslått)", "a prosocial pupil per group (suggested)"),
            "leaders.none": t("ingen ledere", "no leaders"),
            "leaders.chosen": t("lærerens egne valg (under)", "the teacher's own choice (below)"),
            "chosenLeaders": t("Ledere valgt av læreren", "Leaders chosen by the teacher"),
            "balanceGender": t("Jevn fordeling av jenter og gutter", "Balance girls and boys"),
            "apart": t("Skal ikke være sammen", "Keep apart"),
            "together": t("Skal være sammen", "Keep together"),
            "absent": t("Borte (tas ikke med)", "Absent (left out)"),
            "addPair": t("Legg til par", "Add pair"),
            "remove": t("Fjern", "Remove"),
            "makeGroups": t("Lag grupper", "Make groups"),
            "round": t("Runde", "Round"),
            "group": t("Gruppe", "Group"),
            "leader": t("leder", "leader"),
            "unmet": t("Ønsker som ikke kunne oppfylles", "Wishes that could not be met"),
            "allMet": t("Alle ønskene ble oppfylt.", "Every wish was met."),
            "groupsDiagram": t("Gruppene som diagram", "The groups as a diagram"),

            "step5": t("5. Last ned", "5. Download"),
            "step5Help": t(
                "Filene lages når du laster dem ned, og lagres bare der du velger.",
                "The files are made when you download them and saved only where you choose."),
            "pseudonymised": t("Pseudonymisert: koder i stedet for navn", "Pseudonymised: codes instead of names"),
            "pseudonymisedHelp": t(
                "Ingen navn i filene. Kodenøkkelen er en egen fil: hold den adskilt fra det du deler.",
                "No name in the files. The code key is a separate file: keep it apart from what you share."),
            "namesWarning": t(
                "Filene inneholder elevenes navn. Del dem bare med dem som skal ha dem.",
                "The files contain the pupils' names. Share them only with those who need them."),
            "downloadSociogram": t("Sosiogrammet", "The sociogram"),
            "downloadReport": t("Rapporten (report.html)", "The report (report.html)"),
            "downloadAnalysis": t("Analysen (analysis.json)", "The analysis (analysis.json)"),
            "downloadPupils": t("Elevtabellen (pupils.csv, åpnes i Excel)", "The pupil table (pupils.csv, opens in Excel)"),
            "downloadKey": t("Kodenøkkelen (code-key.csv) – hold den adskilt", "The code key (code-key.csv) – keep it apart"),
            "downloadGroups": t("Gruppene", "The groups"),
        ]
    }
}

extension Strings {
    /// Work groups on the page: a pair left out because one of the two is marked absent.
    public func servePairIgnored(_ a: String, _ b: String, absent: String) -> String {
        t(
            "Paret \(a) og \(b) ble ikke brukt: \(absent) er markert som borte.",
            "The pair \(a) and \(b) was not used: \(absent) is marked absent.")
    }

    /// Work groups on the page: a size or number of rounds out of range.
    public func serveGroupsOutOfRange(maxRounds: Int) -> String {
        t(
            "Gruppestørrelsen må være minst 2, og antall runder mellom 1 og \(maxRounds).",
            "The group size must be at least 2, and the rounds between 1 and \(maxRounds).")
    }
}
