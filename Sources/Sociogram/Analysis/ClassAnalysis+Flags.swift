extension ClassAnalysis {
    /// The flags of every pupil (see ``PupilFlag`` for the exact rules).
    ///
    /// Stars: mutual-tie count ≥ `starMinimumMutual` and ≥ mean + `starStandardDeviations` · SD, with mean and
    /// sample SD over the respondents (non-respondents cannot return a choice, so they would pull the
    /// mean down).
    ///
    /// - Complexity: O(*n* + *m*).
    static func flags(
        network: ClassNetwork, positiveGraph: Digraph, hasPositive: Bool, mutual: [[Int]],
        coieDodge: [CoieDodgeStatus]?, options: AnalysisOptions
    ) -> [[PupilFlag]] {
        let n = network.count
        let responded = network.pupils.map(\.responded)
        var flags = [[PupilFlag]](repeating: [], count: n)
        if hasPositive {
            let respondentMutual = (0..<n).filter { responded[$0] }.map { mutual[$0].count }
            let spread = Standardise.zScores(respondentMutual)
            let threshold = max(
                Double(options.starMinimumMutual), spread.mean + options.starStandardDeviations * spread.standardDeviation)
            let star = (0..<n).map { responded[$0] && Double(mutual[$0].count) >= threshold }
            for v in 0..<n {
                if positiveGraph.inDegree(v) == 0 { flags[v].append(.isolated) }
                if responded[v] && mutual[v].isEmpty { flags[v].append(.noMutual) }
                if star[v] { flags[v].append(.star) }
                if responded[v] && !star[v] && mutual[v].count <= options.powerPositionMaximumMutual
                    && positiveGraph.predecessors(of: v).contains(where: { star[Int($0)] })
                {
                    flags[v].append(.powerPosition)
                }
            }
        }
        if let coieDodge {
            for v in 0..<n {
                if coieDodge[v] == .rejected { flags[v].append(.rejected) }
                if coieDodge[v] == .neglected { flags[v].append(.neglected) }
            }
        }
        return flags.map { $0.sorted() }
    }
}
