/// Texts of `sociogram batch` on the terminal (the index page's are in `BatchStrings.swift`).
extension Strings {
    /// One class in the "need attention first" list.
    public func batchAttentionLine(rank: Int, className: String, needAttention: Int, isolated: Int) -> String {
        text(.batchAttentionLine, ["rank": rank, "className": className, "needAttention": needAttention, "isolated": isolated])
    }

    /// Before the list of files the batch left out.
    public var batchSkippedHeader: String {
        text(.batchSkippedHeader)
    }

    /// One file the batch left out, with why.
    public func batchSkippedLine(file: String, reason: String) -> String { "  \(file): \(reason)" }

    /// The first line of a finished batch run: the grade, how many classes were analysed, how many failed.
    public func batchDone(grade: String, classes: Int, failed: Int) -> String {
        text(.batchDone, ["grade": grade, "classes": classes, "failed": failed])
    }
    public var batchAttentionHeader: String { text(.batchAttentionHeader) }
    /// How many choices cross classes, and the grade sociogram's file when it was drawn.
    public func batchCrossClassTies(_ count: Int, picture: String?) -> String {
        text(.batchCrossClassTies, ["count": count, "drawn": picture != nil, "picture": picture ?? ""])
    }
    public func batchWrittenTo(_ folder: String) -> String { text(.batchWrittenTo, ["folder": folder]) }
}

/// Texts `batch` writes into `grade.json` and the grade sociogram.
extension Strings {
    /// A failure's message in a pseudonymised run: only the stage (`import`, `render`, …) is told.
    func batchFailureHidden(stage: String) -> String { text(.batchFailureHidden, ["stage": stage]) }

    /// A class that was computed but given no folder (cannot happen with the coordinator).
    var batchNoOutputFolder: String { text(.batchNoOutputFolder) }

    /// The one question of the grade sociogram's network: all positive questions together.
    var gradeQuestionAllPositive: String { text(.gradeQuestionAllPositive) }
}
