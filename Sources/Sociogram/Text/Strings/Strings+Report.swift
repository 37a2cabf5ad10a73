/// The HTML report: header, contents, summary, figures, groups and per-question views.
extension Strings {
    // MARK: Header and contents

    func reportTitle(_ className: String) -> String {
        className.isEmpty ? text(.reportTitle) : text(.reportTitle2, ["className": className])
    }
    var kicker: String { text(.kicker) }
    var factSurveyDate: String { text(.factSurveyDate) }
    var factCreated: String { text(.factCreated) }
    var factPupils: String { text(.factPupils) }
    func pupilsAnswered(_ pupils: Int, _ respondents: Int, _ rate: String) -> String {
        text(.pupilsAnswered, ["pupils": pupils, "respondents": respondents, "rate": rate])
    }
    var factQuestions: String { text(.factQuestions) }
    var factLabels: String { text(.factLabels) }
    func labelStyle(_ style: LabelStyle) -> String {
        switch style {
        case .names: text(.labelStyleNames)
        case .initials: text(.labelStyleInitials)
        case .codes: text(.labelStyleCodes)
        }
    }
    var factFocus: String { text(.factFocus) }
    var fillIn: String { text(.fillIn) }
    var none: String { text(.none) }
    var caveatShortTitle: String { text(.caveatShortTitle) }
    var caveatShort: String {
        text(.caveatShort)
    }
    var privacyShortTitle: String { text(.privacyShortTitle) }
    func privacyShort(_ labels: LabelStyle) -> String {
        switch labels {
        case .codes:
            text(.privacyShortCodes)
        case .names, .initials:
            text(.privacyShortNamesInitials)
        }
    }
    var contentsTitle: String { text(.contentsTitle) }
    var summaryTitle: String { text(.summaryTitle) }
    var attentionTitle: String { text(.attentionTitle) }
    var sociogramTitle: String { text(.sociogramTitle) }
    var targetTitle: String { text(.targetTitle3) }
    var groupsSectionTitle: String { text(.groupsSectionTitle) }
    var questionsTitle: String { text(.questionsTitle) }
    func pupilTitle(_ label: String) -> String { text(.pupilTitle, ["label": label]) }
    func planTitle(_ label: String) -> String { text(.planTitle, ["label": label]) }
    var overviewTitle: String { text(.overviewTitle) }
    var methodTitle: String { text(.methodTitle) }
    var closingTitle: String { text(.closingTitle) }

    // MARK: Script

    var scriptChose: String { text(.scriptChose) }
    var scriptChosenBy: String { text(.scriptChosenBy) }
    var scriptMutual: String { text(.scriptMutual) }
    var scriptUnpin: String { text(.scriptUnpin) }
    var interactionHint: String {
        text(.interactionHint)
    }

    // MARK: Summary

    func summaryResponse(pupils: Int, respondents: Int, rate: String, missing: Int) -> String {
        let base = text(.summaryResponse, ["pupils": pupils, "respondents": respondents, "rate": rate])
        guard missing > 0 else { return base }
        return base + " " + text(.summaryResponse2, ["missing": missing])
    }
    func summaryQuestions(_ kinds: [(QuestionKind, [String])]) -> String {
        let total = kinds.reduce(0) { $0 + $1.1.count }
        let parts = kinds.map { kindName($0.0) + ": " + $0.1.joined(separator: ", ") }
        return text(.summaryQuestions, ["total": total])
            + parts.joined(separator: "; ") + "."
    }
    /// The kind of a question, as a plural heading (`positive`, `om å hjelpe andre`).
    func kindName(_ kind: QuestionKind) -> String {
        switch kind {
        case .positive: text(.kindNamePositive)
        case .negative: text(.kindNameNegative)
        case .prosocial: text(.kindNameProsocial)
        case .influence: text(.kindNameInfluence)
        case .other: text(.kindNameOther)
        }
    }
    func summaryChoices(average: String, returned: String, mutualPairs: Int) -> String {
        text(.summaryChoices, ["average": average, "returned": returned, "mutualPairs": mutualPairs])
    }
    /// `both`: pupils counted in both numbers (not chosen, and answered without a mutual choice).
    func summaryAttention(isolated: Int, noMutual: Int, both: Int) -> String {
        if isolated == 0 && noMutual == 0 {
            return text(.summaryAttention)
        }
        let overlap = both == 0 ? "" : text(.summaryAttentionOverlap, ["all": both == isolated, "both": both])
        return text(.summaryAttentionCounts, ["isolated": isolated, "noMutual": noMutual, "overlap": overlap])
    }
    func summaryNegative(_ question: String, rejected: Int, neglected: Int) -> String {
        text(.summaryNegative, ["question": question, "rejected": rejected, "neglected": neglected])
    }
    func summaryGroups(subgroups: Int, communities: Int, modularity: String?, clear: Bool) -> String {
        let sub = subgroups == 0
            ? text(.summaryGroups)
            : text(.summaryGroups2, ["subgroups": subgroups])
        guard let modularity else { return sub }
        return sub + " " + text(.summaryGroups3, ["communities": communities, "modularity": modularity, "clear": clear])
    }
    func summaryGender(within: String) -> String {
        text(.summaryGender, ["within": within])
    }
    var summaryReadOn: String { text(.summaryReadOn) }

    // MARK: Figures

    var sociogramIntro: String {
        text(.sociogramIntro)
    }
    var sociogramCaption: String { text(.sociogramCaption) }
    var targetIntro: String {
        text(.targetIntro)
    }
    var targetCaption: String {
        text(.targetCaption)
    }
    var readRings: String {
        text(.readRings)
    }
    var readShapes: String {
        text(.readShapes)
    }
    var readLines: String {
        text(.readLines)
    }
    var readSize: String { text(.readSize) }
    var readColours: String {
        text(.readColours)
    }
    var readDashed: String { text(.readDashed) }

    // MARK: Groups

    var subgroupsHeading: String { text(.subgroupsHeading) }
    var noSubgroups: String {
        text(.noSubgroups)
    }
    func subgroupsIntro(_ count: Int) -> String {
        text(.subgroupsIntro, ["count": count])
    }
    var communitiesHeading: String { text(.communitiesHeading) }
    func communitiesIntro(_ count: Int, modularity: String?, clear: Bool) -> String {
        let q = modularity.map { text(.communitiesIntro, ["value": $0, "clear": clear]) } ?? ""
        return text(.communitiesIntro2, ["count": count]) + q
    }
    var communitiesAlone: String { text(.communitiesAlone) }
    var positionsHeading: String { text(.positionsHeading) }
    var starsSentence: String { text(.starsSentence) }
    var powerSentence: String {
        text(.powerSentence)
    }
    var positionsNote: String {
        text(.positionsNote)
    }

    // MARK: Questions

    var questionsIntro: String {
        text(.questionsIntro)
    }
    var questionsSwitch: String { text(.questionsSwitch) }
    func negativeNotDrawn(_ questions: [String]) -> String {
        text(.negativeNotDrawn, ["questions": questions.joined(separator: ", ")])
    }
    func otherNotAnalysed(_ questions: [String]) -> String {
        text(.otherNotAnalysed, ["questions": questions.joined(separator: ", ")])
    }
    func kindDescription(_ kind: QuestionKind) -> String {
        switch kind {
        case .positive: text(.kindDescriptionPositive)
        case .negative: text(.kindDescriptionNegative)
        case .prosocial: text(.kindDescriptionProsocial)
        case .influence: text(.kindDescriptionInfluence)
        case .other: text(.kindDescriptionOther)
        }
    }
    func questionNumbers(arcs: Int, mutualPairs: Int, returned: String?) -> String {
        let share = returned.map { text(.questionNumbers, ["value": $0]) } ?? ""
        return text(.questionNumbers2, ["arcs": arcs, "share": share, "mutualPairs": mutualPairs])
    }
    var mostChosen: String { text(.mostChosen) }
    func questionCaption(_ kind: QuestionKind) -> String {
        kind == .negative
            ? text(.questionCaption)
            : text(.questionCaption2)
    }
}
