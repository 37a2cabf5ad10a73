/// The activity-plan draft (aktivitetsplan) for the pupil in focus.
extension Strings {
    var planIntro: String {
        text(.planIntro)
    }
    var factPupil: String { text(.factPupil) }
    var factClass: String { text(.factClass) }
    var planDate: String { text(.planDate) }
    var planAuthor: String { text(.planAuthor) }
    var planProblemHeading: String { text(.planProblemHeading) }
    func planProblemIntro(_ date: String?) -> String {
        let when = date.map { text(.planProblemIntro, ["value": $0]) } ?? ""
        return text(.planProblemIntro2, ["when": when])
    }
    var planNoProblemInData: String {
        text(.planNoProblemInData)
    }
    var planPupilsOwnWords: String { text(.planPupilsOwnWords) }
    var planMeasuresHeading: String { text(.planMeasuresHeading) }
    var columnMeasure: String { text(.columnMeasure) }
    var columnResponsible: String { text(.columnResponsible) }
    var columnWhen: String { text(.columnWhen) }
    var measureTalk: String {
        text(.measureTalk)
    }
    var measureSupportGroup: String { text(.measureSupportGroup) }
    var measureVoluntary: String {
        text(.measureVoluntary)
    }
    var measureWorkGroups: String {
        text(.measureWorkGroups)
    }
    var measureBreaks: String {
        text(.measureBreaks)
    }
    var measureOther: String { text(.measureOther) }
    var planEvaluationHeading: String { text(.planEvaluationHeading) }
    var planEvaluationDate: String { text(.planEvaluationDate) }
    var planEvaluationDateHint: String { text(.planEvaluationDateHint) }
    func planEvaluationMethod(questions: [String]) -> String {
        let asked = questions.isEmpty ? "" : text(.planEvaluationMethod, ["questions": questions.joined(separator: ", ")])
        return text(.planEvaluationMethod2, ["asked": asked])
    }
    var planClosing: String {
        text(.planClosing)
    }
}
