/// The local web app (`sociogram serve`): the terminal lines of the command, its error answers, and
/// every text of the page.
///
/// The page's script has no texts of its own: it asks the server for ``serveTexts`` (`GET /api/texts`)
/// and shows them by key, so the page is translated in the catalogue (`servePage…` keys), beside the
/// rest of the product.
extension Strings {
    /// The first line `sociogram serve` prints after the bare address: where the app runs.
    public func serveRunning(_ url: String) -> String { text(.serveRunning, ["url": url]) }

    /// How to stop the app, printed under the address.
    public var serveHowToStop: String { text(.serveHowToStop) }

    /// Said when no browser could be opened (no display, or `xdg-open` missing).
    public var serveNoBrowser: String { text(.serveNoBrowser) }

    /// Printed when the app stops.
    public var serveStopped: String { text(.serveStopped) }

    /// The server's answer to a request without the access token (or with a wrong one).
    public var serveForbidden: String { text(.serveForbidden) }

    /// The server's answer to a request for another host name (DNS rebinding) or from another site.
    public var serveWrongHost: String { text(.serveWrongHost) }

    /// A survey or class list over the upload limit.
    public func serveTooLarge(megabytes: Int) -> String { text(.serveTooLarge, ["megabytes": megabytes]) }

    /// An upload without a survey file.
    public var serveNoSurvey: String { text(.serveNoSurvey) }

    /// The kit was asked for without a class list.
    public var serveKitNoRoster: String { text(.serveKitNoRoster) }

    /// A request the page did not make (bad form, bad JSON, unknown option value).
    public func serveBadRequest(_ detail: String) -> String { text(.serveBadRequest, ["detail": detail]) }

    /// A `lang` that names none of the languages.
    public var serveLanguageInvalid: String { text(.serveLanguageInvalid) }

    /// A session that was cleared or dropped.
    public var serveSessionGone: String { text(.serveSessionGone) }

    /// How a question's kind was decided, on the page (`inspect`'s words, but a kind the teacher chose
    /// was set on the page, not with `--question`).
    public func serveKindSource(_ source: KindSource) -> String {
        source == .userSet ? text(.serveKindSetOnPage) : inspectKindSource(source)
    }

    /// A path the app does not have (a diagram of a round that was not made, a comparison without an
    /// earlier survey).
    public func serveNotFound(_ what: String) -> String { text(.serveNotFound, ["what": what]) }

    /// A pupil id that is not in the class.
    public var serveUnknownPupil: String { text(.serveUnknownPupil) }

    /// A diagram or report that could not be drawn (Graphviz failed or its worker process stopped).
    public func serveDrawFailed(_ detail: String) -> String { text(.serveDrawFailed, ["detail": detail]) }

    /// Something unexpected inside the server.
    public var serveInternalError: String { text(.serveInternalError) }

    /// Work groups on the page: a pair left out because one of the two is marked absent.
    public func servePairIgnored(_ a: String, _ b: String, absent: String) -> String {
        text(.servePairIgnored, ["a": a, "b": b, "absent": absent])
    }

    /// Work groups on the page: a size or number of rounds out of range.
    public func serveGroupsOutOfRange(maxRounds: Int) -> String { text(.serveGroupsOutOfRange, ["maxRounds": maxRounds]) }

    /// `--host` that is not a loopback address.
    public func serveHostNotLoopback(_ host: String) -> String { text(.serveHostNotLoopback, ["host": host]) }

    /// `--port` out of range.
    public func servePortRange(_ port: Int) -> String { text(.servePortRange, ["port": port]) }

    /// `--workers` out of range.
    public var serveWorkersRange: String { text(.serveWorkersRange) }

    /// The port asked for is taken.
    public func servePortInUse(port: Int, host: String) -> String { text(.servePortInUse, ["port": port, "host": host]) }

    /// The server could not start for another reason (the system's words in `detail`).
    public func serveCouldNotRun(host: String, port: Int, _ detail: String) -> String {
        text(.serveCouldNotRun, ["host": host, "port": port, "detail": detail])
    }

    /// Details of a request the page would not send (for ``serveBadRequest(_:)``).
    public var serveNeedsMultipart: String { text(.serveNeedsMultipart) }
    public var serveFormDamaged: String { text(.serveFormDamaged) }
    public var serveLabelsInvalid: String { text(.serveLabelsInvalid) }
    public var servePairTwoPupils: String { text(.servePairTwoPupils) }

    /// Every text the page shows, by the key the page uses (`GET /api/texts?lang=…`).
    public var serveTexts: [String: String] {
        Dictionary(uniqueKeysWithValues: (Self.servePageKeys + Self.serveSeatingPageKeys + Self.servePageGradeKeys).map { ($0.page, text($0.key)) })
    }

    /// The page's keys (`data-t="…"` in its HTML, `T("…")` in its script) and their catalogue keys.
    static let servePageKeys: [(page: String, key: TextKey)] = [
        ("pageTitle", .servePagePageTitle),
        ("appName", .servePageAppName),
        ("tagline", .servePageTagline),
        ("language", .servePageLanguage),
        ("clearAll", .servePageClearAll),
        ("cleared", .servePageCleared),
        ("working", .servePageWorking),
        ("snapshot", .servePageSnapshot),
        ("step1", .servePageStep1),
        ("dropHere", .servePageDropHere),
        ("dropOr", .servePageDropOr),
        ("formats", .servePageFormats),
        ("surveyFile", .servePageSurveyFile),
        ("rosterFile", .servePageRosterFile),
        ("rosterHelp", .servePageRosterHelp),
        ("noFile", .servePageNoFile),
        ("read", .servePageRead),
        ("tryExample", .servePageTryExample),
        ("exampleNote", .servePageExampleNote),
        ("errorTitle", .servePageErrorTitle),
        ("step2", .servePageStep2),
        ("step2Help", .servePageStep2Help),
        ("questions", .servePageQuestions),
        ("questionId", .servePageQuestionId),
        ("questionText", .servePageQuestionText),
        ("questionKind", .servePageQuestionKind),
        ("kindSource", .servePageKindSource),
        ("kind.positive", .servePageKindPositive),
        ("kind.negative", .servePageKindNegative),
        ("kind.prosocial", .servePageKindProsocial),
        ("kind.influence", .servePageKindInfluence),
        ("kind.other", .servePageKindOther),
        ("dropNegative", .servePageDropNegative),
        ("files", .servePageFiles),
        ("didNotAnswer", .servePageDidNotAnswer),
        ("nobodyMissing", .servePageNobodyMissing),
        ("looseMatches", .servePageLooseMatches),
        ("noLooseMatches", .servePageNoLooseMatches),
        ("written", .servePageWritten),
        ("matchedTo", .servePageMatchedTo),
        ("matchHow", .servePageMatchHow),
        ("decision", .servePageDecision),
        ("unknownNames", .servePageUnknownNames),
        ("noUnknownNames", .servePageNoUnknownNames),
        ("nameChoose", .servePageNameChoose),
        ("nameLeaveOut", .servePageNameLeaveOut),
        ("nameDecisions", .servePageNameDecisions),
        ("nameUndo", .servePageNameUndo),
        ("nameConfirm", .servePageNameConfirm),
        ("warnings", .servePageWarnings),
        ("notes", .servePageNotes),
        ("pupils", .servePagePupils),
        ("step3", .servePageStep3),
        ("step3Help", .servePageStep3Help),
        ("reportFrame", .servePageReportFrame),
        ("openReport", .servePageOpenReport),
        ("pickPupil", .servePagePickPupil),
        ("choosePupil", .servePageChoosePupil),
        ("supporters", .servePageSupporters),
        ("supportGroup", .servePageSupportGroup),
        ("noSupporters", .servePageNoSupporters),
        ("reportWithPupil", .servePageReportWithPupil),
        ("step4", .servePageStep4),
        ("step4Help", .servePageStep4Help),
        ("groupSize", .servePageGroupSize),
        ("rounds", .servePageRounds),
        ("leaders", .servePageLeaders),
        ("leaders.prosocial", .servePageLeadersProsocial),
        ("leaders.none", .servePageLeadersNone),
        ("leaders.chosen", .servePageLeadersChosen),
        ("chosenLeaders", .servePageChosenLeaders),
        ("balanceGender", .servePageBalanceGender),
        ("apart", .servePageApart),
        ("together", .servePageTogether),
        ("absent", .servePageAbsent),
        ("addPair", .servePageAddPair),
        ("pairFirst", .servePagePairFirst),
        ("pairSecond", .servePagePairSecond),
        ("remove", .servePageRemove),
        ("makeGroups", .servePageMakeGroups),
        ("round", .servePageRound),
        ("group", .servePageGroup),
        ("leader", .servePageLeader),
        ("unmet", .servePageUnmet),
        ("allMet", .servePageAllMet),
        ("groupsDiagram", .servePageGroupsDiagram),
        ("step5", .servePageStep5),
        ("step5Help", .servePageStep5Help),
        ("pseudonymised", .servePagePseudonymised),
        ("pseudonymisedHelp", .servePagePseudonymisedHelp),
        ("namesWarning", .servePageNamesWarning),
        ("downloadSociogram", .servePageDownloadSociogram),
        ("downloadReport", .servePageDownloadReport),
        ("downloadAnalysis", .servePageDownloadAnalysis),
        ("downloadPupils", .servePageDownloadPupils),
        ("downloadKey", .servePageDownloadKey),
        ("downloadGroups", .servePageDownloadGroups),
        ("kitStep", .servePageKitStep),
        ("kitHelp", .servePageKitHelp),
        ("kitRoster", .servePageKitRoster),
        ("kitClass", .servePageKitClass),
        ("kitChoices", .servePageKitChoices),
        ("kitQuestions", .servePageKitQuestions),
        ("kitQ.positive", .kitQuestionPositive),
        ("kitQ.prosocial", .kitQuestionProsocial),
        ("kitQ.influence", .kitQuestionInfluence),
        ("kitSchool", .servePageKitSchool),
        ("kitContact", .servePageKitContact),
        ("kitDate", .servePageKitDate),
        ("kitCodes", .servePageKitCodes),
        ("kitMake", .servePageKitMake),
        ("kitDownload", .servePageKitDownload),
        ("step6", .servePageStep6),
        ("step6Help", .servePageStep6Help),
        ("beforeFile", .servePageBeforeFile),
        ("compare", .servePageCompare),
        ("removeBefore", .servePageRemoveBefore),
        ("downloadCompare", .servePageDownloadCompare),
        ("downloadDifference", .servePageDownloadDifference),
        ("differenceDiagram", .servePageDifferenceDiagram),
    ]
}
