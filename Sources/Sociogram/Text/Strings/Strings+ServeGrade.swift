/// The web app's grade page (`sociogram serve`, `/api/grades`): its error answers and every text of the
/// page's grade section.
extension Strings {
    /// A grade upload without any class file.
    public var serveGradeNoFiles: String { text(.serveGradeNoFiles) }

    /// The grade's name when the teacher gives none and several files are uploaded.
    public var serveGradeDefaultName: String { text(.serveGradeDefaultName) }

    /// A placement with a number of classes (or a largest class) out of range.
    public func servePlacementOutOfRange(maxClasses: Int) -> String { text(.servePlacementOutOfRange, ["maxClasses": maxClasses]) }

    /// The grade section's keys (`data-t="…"`, `T("…")`) and their catalogue keys; part of ``serveTexts``.
    static let servePageGradeKeys: [(page: String, key: TextKey)] = [
        ("gradeStep", .servePageGradeStep),
        ("gradeHelp", .servePageGradeHelp),
        ("gradeFiles", .servePageGradeFiles),
        ("gradeFilesHelp", .servePageGradeFilesHelp),
        ("gradeName", .servePageGradeName),
        ("gradeRead", .servePageGradeRead),
        ("gradeNoFiles", .serveGradeNoFiles),
        ("gradeTable", .servePageGradeTable),
        ("gradeRank", .servePageGradeRank),
        ("gradeClass", .servePageGradeClass),
        ("gradePupils", .servePageGradePupils),
        ("gradeRespondents", .servePageGradeRespondents),
        ("gradeNeedAttention", .servePageGradeNeedAttention),
        ("gradeIsolated", .servePageGradeIsolated),
        ("gradeNoMutual", .servePageGradeNoMutual),
        ("gradeReciprocity", .servePageGradeReciprocity),
        ("gradeFragmentation", .servePageGradeFragmentation),
        ("gradeRankingHelp", .servePageGradeRankingHelp),
        ("gradeFailed", .servePageGradeFailed),
        ("gradeSkipped", .servePageGradeSkipped),
        ("downloadGradeJson", .servePageDownloadGradeJson),
        ("downloadGradeCsv", .servePageDownloadGradeCsv),
        ("placementTitle", .servePagePlacementTitle),
        ("placementHelp", .servePagePlacementHelp),
        ("placementNeedsAll", .servePagePlacementNeedsAll),
        ("placementClasses", .servePagePlacementClasses),
        ("placementMaxSize", .servePagePlacementMaxSize),
        ("placementAbsent", .servePagePlacementAbsent),
        ("addPupil", .servePageAddPupil),
        ("makePlacement", .servePageMakePlacement),
        ("newClass", .servePageNewClass),
        ("withoutChosen", .servePageWithoutChosen),
        ("downloadPlacement", .servePageDownloadPlacement),
        ("placementExplanation", .servePagePlacementExplanation),
    ]
}
