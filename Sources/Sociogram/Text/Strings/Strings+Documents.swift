/// Texts written into the JSON documents (`analysis.json`, `compare.json`, `grade.json`), in the
/// document's language.
extension Strings {
    /// The snapshot reminder of `analysis.json` and `grade.json` (`caveat`).
    public var documentCaveat: String { text(.documentCaveat) }

    /// The snapshot reminder of `compare.json` (`caveat`).
    public var documentCompareCaveat: String { text(.documentCompareCaveat) }

    /// The snapshot reminder of `follow.json` (`caveat`).
    public var documentFollowCaveat: String { text(.documentFollowCaveat) }

    /// `class.note` of `analysis.json`: which negative question was used as liked-least (`nil`: none).
    public func documentNegativeQuestionNote(_ questionID: String?) -> String {
        guard let questionID else { return text(.documentNoNegativeQuestion) }
        return text(.documentNegativeQuestionUsed, ["id": questionID])
    }
}
