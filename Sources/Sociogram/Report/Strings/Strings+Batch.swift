/// Texts of `sociogram batch` on the terminal (the index page's are in `Batch/BatchStrings.swift`).
extension Strings {
    /// One class in the "need attention first" list.
    public func batchAttentionLine(rank: Int, className: String, needAttention: Int, isolated: Int) -> String {
        t("  \(rank). \(className): \(needAttention) \(needAttention == 1 ? "elev" : "elever") uten valg eller uten gjensidige valg "
            + "(\(isolated) ikke valgt av noen)",
          "  \(rank). \(className): \(needAttention) \(needAttention == 1 ? "pupil" : "pupils") unchosen or without a mutual choice "
            + "(\(isolated) chosen by no one)")
    }

    /// Before the list of files the batch left out.
    public var batchSkippedHeader: String {
        t("Filer som ble hoppet over (er en av dem en klasse, lagre den som .csv eller .xlsx):",
          "Files left out (if one of them is a class, save it as .csv or .xlsx):")
    }

    /// One file the batch left out, with why.
    public func batchSkippedLine(file: String, reason: String) -> String { "  \(file): \(reason)" }
}
