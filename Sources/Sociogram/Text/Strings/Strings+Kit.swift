/// Texts of `sociogram kit` (issue 16): the survey kit's pages, entry sheet, command-line lines and errors.
/// The words are in the catalogue: the `kit…` keys, one block after `methodTitle` in nb.json, nn.json and en.json.
extension Strings {
    func kitTitle(className: String) -> String { text(.kitTitle, ["className": className]) }
    /// "the class", when the class has no name.
    public var kitTheClass: String { text(.kitTheClass) }
    var kitBlank: String { text(.kitBlank) }
    var kitCaveat: String { text(.kitCaveat) }
    var kitLocalNote: String { text(.kitLocalNote) }
    var kitSourcesTitle: String { text(.kitSourcesTitle) }
    func kitSourcesShort(titles: String) -> String { text(.kitSourcesShort, ["titles": titles]) }
    var kitNotLegalAdvice: String { text(.kitNotLegalAdvice) }
    var kitSourceKlassetrivsel: String { text(.kitSourceKlassetrivsel) }
    var kitSourceLmsData: String { text(.kitSourceLmsData) }
    var kitSourceLmsConduct: String { text(.kitSourceLmsConduct) }
    var kitSourceLmsPractical: String { text(.kitSourceLmsPractical) }
    var kitSourceLmsInterpret: String { text(.kitSourceLmsInterpret) }
    var kitSourcePvn: String { text(.kitSourcePvn) }
    var kitSourceUdir: String { text(.kitSourceUdir) }
    func kitIndexIntro(className: String) -> String { text(.kitIndexIntro, ["className": className]) }
    var kitStepsTitle: String { text(.kitStepsTitle) }
    var kitStep1: String { text(.kitStep1) }
    var kitStep2: String { text(.kitStep2) }
    var kitStep3: String { text(.kitStep3) }
    var kitStep4: String { text(.kitStep4) }
    var kitStep5: String { text(.kitStep5) }
    var kitStep6: String { text(.kitStep6) }
    var kitFilesTitle: String { text(.kitFilesTitle) }
    var kitFileQuestions: String { text(.kitFileQuestions) }
    var kitFileRun: String { text(.kitFileRun) }
    var kitFileLetter: String { text(.kitFileLetter) }
    var kitFilePrivacy: String { text(.kitFilePrivacy) }
    var kitFileQuestionnaire: String { text(.kitFileQuestionnaire) }
    var kitFileInterview: String { text(.kitFileInterview) }
    var kitFileEntry: String { text(.kitFileEntry) }
    var kitEntryTitle: String { text(.kitEntryTitle) }
    var kitEntryHow: String { text(.kitEntryHow) }
    var kitEntryAbsent: String { text(.kitEntryAbsent) }
    var kitEntryNobody: String { text(.kitEntryNobody) }
    var kitEntrySave: String { text(.kitEntrySave) }
    var kitQuestionsTitle: String { text(.kitQuestionsTitle) }
    var kitQuestionsIntro: String { text(.kitQuestionsIntro) }
    var kitQuestionPositive: String { text(.kitQuestionPositive) }
    var kitQuestionProsocial: String { text(.kitQuestionProsocial) }
    var kitQuestionInfluence: String { text(.kitQuestionInfluence) }
    var kitKindPositive: String { text(.kitKindPositive) }
    var kitKindProsocial: String { text(.kitKindProsocial) }
    var kitKindInfluence: String { text(.kitKindInfluence) }
    var kitWhyPositive: String { text(.kitWhyPositive) }
    var kitWhyProsocial: String { text(.kitWhyProsocial) }
    var kitWhyInfluence: String { text(.kitWhyInfluence) }
    func kitQuestionLimit(question: String, choices: Int) -> String { text(.kitQuestionLimit, ["question": question, "choices": choices]) }
    var kitChoicesTitle: String { text(.kitChoicesTitle) }
    func kitChoicesText(choices: Int) -> String { text(.kitChoicesText, ["choices": choices]) }
    var kitListWhy: String { text(.kitListWhy) }
    var kitMsFormsTitle: String { text(.kitMsFormsTitle) }
    func kitMsForms1(className: String) -> String { text(.kitMsForms1, ["className": className]) }
    var kitMsForms2: String { text(.kitMsForms2) }
    var kitMsForms3: String { text(.kitMsForms3) }
    func kitMsForms4(choices: Int) -> String { text(.kitMsForms4, ["choices": choices]) }
    var kitMsForms5: String { text(.kitMsForms5) }
    var kitGoogleFormsTitle: String { text(.kitGoogleFormsTitle) }
    func kitGoogleForms1(className: String) -> String { text(.kitGoogleForms1, ["className": className]) }
    var kitGoogleForms2: String { text(.kitGoogleForms2) }
    var kitGoogleForms3: String { text(.kitGoogleForms3) }
    func kitGoogleForms4(choices: Int) -> String { text(.kitGoogleForms4, ["choices": choices]) }
    var kitGoogleForms5: String { text(.kitGoogleForms5) }
    func kitFormsRanked(choices: Int) -> String { text(.kitFormsRanked, ["choices": choices]) }
    var kitNoFreeText: String { text(.kitNoFreeText) }
    var kitNegativeTitle: String { text(.kitNegativeTitle) }
    var kitNegativeWarning: String { text(.kitNegativeWarning) }
    var kitNegativeReasons: String { text(.kitNegativeReasons) }
    var kitNegativeIfUsed: String { text(.kitNegativeIfUsed) }
    var kitRunTitle: String { text(.kitRunTitle) }
    var kitRunBeforeTitle: String { text(.kitRunBeforeTitle) }
    var kitRunBefore: String { text(.kitRunBefore) }
    var kitRunRoomTitle: String { text(.kitRunRoomTitle) }
    var kitRunRoom: String { text(.kitRunRoom) }
    var kitRunSayTitle: String { text(.kitRunSayTitle) }
    func kitRunScript(choices: Int) -> String { text(.kitRunScript, ["choices": choices]) }
    var kitRunNoPromise: String { text(.kitRunNoPromise) }
    var kitRunUpsetTitle: String { text(.kitRunUpsetTitle) }
    var kitRunUpset: String { text(.kitRunUpset) }
    var kitRunYoungTitle: String { text(.kitRunYoungTitle) }
    var kitRunYoung: String { text(.kitRunYoung) }
    var kitRunAbsentTitle: String { text(.kitRunAbsentTitle) }
    var kitRunAbsent: String { text(.kitRunAbsent) }
    var kitRunRepeatTitle: String { text(.kitRunRepeatTitle) }
    var kitRunRepeat: String { text(.kitRunRepeat) }
    var kitRunAfterTitle: String { text(.kitRunAfterTitle) }
    var kitRunAfter: String { text(.kitRunAfter) }
    func kitLetterTo(className: String) -> String { text(.kitLetterTo, ["className": className]) }
    var kitLetterSubject: String { text(.kitLetterSubject) }
    func kitLetterDate(date: String) -> String { text(.kitLetterDate, ["date": date]) }
    func kitLetterPurpose(className: String) -> String { text(.kitLetterPurpose, ["className": className]) }
    var kitLetterWhatTitle: String { text(.kitLetterWhatTitle) }
    func kitLetterWhat(choices: Int) -> String { text(.kitLetterWhat, ["choices": choices]) }
    var kitLetterNoNegative: String { text(.kitLetterNoNegative) }
    var kitLetterWhoTitle: String { text(.kitLetterWhoTitle) }
    var kitLetterWho: String { text(.kitLetterWho) }
    var kitLetterWhereTitle: String { text(.kitLetterWhereTitle) }
    var kitLetterWhere: String { text(.kitLetterWhere) }
    var kitLetterKeepTitle: String { text(.kitLetterKeepTitle) }
    func kitLetterKeep(deleteBy: String) -> String { text(.kitLetterKeep, ["deleteBy": deleteBy]) }
    var kitLetterBasis: String { text(.kitLetterBasis) }
    var kitLetterRights: String { text(.kitLetterRights) }
    var kitLetterContactTitle: String { text(.kitLetterContactTitle) }
    func kitLetterContact(contact: String) -> String { text(.kitLetterContact, ["contact": contact]) }
    var kitLetterGreeting: String { text(.kitLetterGreeting) }
    var kitPrivacyTitle: String { text(.kitPrivacyTitle) }
    var kitPrivacyWhy: String { text(.kitPrivacyWhy) }
    var kitPrivacyDataTitle: String { text(.kitPrivacyDataTitle) }
    var kitPrivacyData: String { text(.kitPrivacyData) }
    var kitPrivacyWhereTitle: String { text(.kitPrivacyWhereTitle) }
    var kitPrivacyWhere: String { text(.kitPrivacyWhere) }
    var kitPrivacyForms: String { text(.kitPrivacyForms) }
    var kitPrivacyPseudoTitle: String { text(.kitPrivacyPseudoTitle) }
    var kitPrivacyPseudo: String { text(.kitPrivacyPseudo) }
    var kitPrivacyDeleteTitle: String { text(.kitPrivacyDeleteTitle) }
    var kitDeletePaper: String { text(.kitDeletePaper) }
    var kitDeleteForms: String { text(.kitDeleteForms) }
    var kitDeleteFiles: String { text(.kitDeleteFiles) }
    var kitDeleteResults: String { text(.kitDeleteResults) }
    var kitDeleteArchive: String { text(.kitDeleteArchive) }
    var kitPrivacyRosTitle: String { text(.kitPrivacyRosTitle) }
    var kitRosPurpose: String { text(.kitRosPurpose) }
    var kitRosBasis: String { text(.kitRosBasis) }
    var kitRosMinimise: String { text(.kitRosMinimise) }
    var kitRosAccess: String { text(.kitRosAccess) }
    var kitRosRetention: String { text(.kitRosRetention) }
    var kitRosInform: String { text(.kitRosInform) }
    var kitRosRisk: String { text(.kitRosRisk) }
    var kitRosDpia: String { text(.kitRosDpia) }
    var kitAnswer: String { text(.kitAnswer) }
    func kitPaperTitle(className: String) -> String { text(.kitPaperTitle, ["className": className]) }
    var kitPaperName: String { text(.kitPaperName) }
    var kitPaperCode: String { text(.kitPaperCode) }
    func kitPaperInstruction(choices: Int) -> String { text(.kitPaperInstruction, ["choices": choices]) }
    var kitPaperThanks: String { text(.kitPaperThanks) }
    func kitInterviewTitle(className: String) -> String { text(.kitInterviewTitle, ["className": className]) }
    func kitInterviewHow(choices: Int) -> String { text(.kitInterviewHow, ["choices": choices]) }
    var kitInterviewPupil: String { text(.kitInterviewPupil) }
    var kitInterviewBy: String { text(.kitInterviewBy) }
    var kitInterviewDate: String { text(.kitInterviewDate) }
    var kitInterviewClassmate: String { text(.kitInterviewClassmate) }
    var kitEntryPupilHeader: String { text(.kitEntryPupilHeader) }
    var kitEntryGenderHeader: String { text(.kitEntryGenderHeader) }
    func kitEntryChoiceHeader(question: String, n: Int) -> String { text(.kitEntryChoiceHeader, ["question": question, "n": n]) }
    var kitWorkbookEntrySheet: String { text(.kitWorkbookEntrySheet) }
    var kitWorkbookClassListSheet: String { text(.kitWorkbookClassListSheet) }
    var kitWorkbookNotOnListTitle: String { text(.kitWorkbookNotOnListTitle) }
    var kitWorkbookNotOnList: String { text(.kitWorkbookNotOnList) }
    /// The kit's folder and zip name without a class name (ASCII: `undersokelsessett`).
    var kitFolderName: String { text(.kitFolderName) }
    var kitGenderGirl: String { text(.kitGenderGirl) }
    var kitGenderBoy: String { text(.kitGenderBoy) }
    var kitGenderOther: String { text(.kitGenderOther) }
    /// The command line's line after the kit is written.
    public func kitWritten(className: String, pupils: Int, questions: Int, folder: String) -> String {
        text(.kitWritten, ["className": className, "pupils": pupils, "questions": questions, "folder": folder])
    }
    /// Which file of the kit to open first.
    public func kitOpenFirst(file: String) -> String { text(.kitOpenFirst, ["file": file]) }
    func kitErrorChoices(value: String) -> String { text(.kitErrorChoices, ["value": value]) }
    func kitErrorQuestion(value: String) -> String { text(.kitErrorQuestion, ["value": value]) }
    var kitErrorNegative: String { text(.kitErrorNegative) }
    func kitErrorSeveralClasses(classes: String) -> String { text(.kitErrorSeveralClasses, ["classes": classes]) }
    func kitErrorNoSuchClass(className: String, classes: String) -> String { text(.kitErrorNoSuchClass, ["className": className, "classes": classes]) }
    func kitErrorTooFew(count: Int) -> String { text(.kitErrorTooFew, ["count": count]) }
    func kitErrorDate(value: String) -> String { text(.kitErrorDate, ["value": value]) }
}

extension Strings {
    /// The message of a ``KitError``; class-list problems start with the list's file name.
    public func kitError(_ error: KitError) -> String {
        switch error {
        case .choices(let value): kitErrorChoices(value: value)
        case .unknownQuestion(let value): kitErrorQuestion(value: value)
        case .negativeQuestion: kitErrorNegative
        case .badDate(let value): kitErrorDate(value: value)
        case .severalClasses(let file, let classes): file + ": " + kitErrorSeveralClasses(classes: list(classes))
        case .noSuchClass(let file, let className, let classes):
            file + ": " + kitErrorNoSuchClass(className: className, classes: list(classes))
        case .tooFewPupils(let file, let count): file + ": " + kitErrorTooFew(count: count)
        case .output(let error): error.message(language)
        }
    }
}
