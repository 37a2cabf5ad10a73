/// Name decisions in commands that read several surveys with the same options (`batch`, `compare`,
/// `follow`, `report --before`/`--earlier`): each file applies the decisions about the names it
/// writes and skips the rest (``ImportOptions/forSeveralFiles()``); afterwards a decision that fitted
/// none of the files is an error, as it is for a single survey.
extension ImportOptions {
    /// Throws `.badOption`, naming the written name, for the first decision (`--name`, `--drop-name`)
    /// that none of `reports` applied: a name none of the command's files writes.
    ///
    /// - Parameter reports: the import report of every survey the command read (an empty list checks
    ///   nothing: no file could be read, and that is reported on its own).
    /// - Complexity: O(*d* + *a*) for *d* decisions and *a* applied decisions.
    public func checkNameDecisionsUsed(by reports: [ImportReport]) throws(ImportError) {
        guard !nameDecisions.isEmpty, !reports.isEmpty else { return }
        let used = Set(reports.flatMap(\.nameDecisions).map { NameDecision.key($0.written) })
        var seen = Set<String>()
        for d in nameDecisions {
            let key = NameDecision.key(d.written)
            guard seen.insert(key).inserted, !used.contains(key) else { continue }
            throw ImportError(.badOption, at: nil, strings.importNameDecisionInNoFile(d.written, files: reports.count))
        }
    }
}
