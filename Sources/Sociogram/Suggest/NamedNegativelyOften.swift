extension ClassNetwork {
    /// The pupils named in the negative question clearly more often than chance, with how many named
    /// them: Newcomb–Bukowski's liked-least test above chance at the analysis's α, or Coie–Dodge
    /// rejected or controversial. Empty without a negative question.
    ///
    /// Such a classmate is not put forward as a supporter or added to a support group: "Vi trenger din
    /// hjelp!" asks for classmates the class sees as kind and well placed, and being named negatively by
    /// many can mean the opposite.
    ///
    /// - Complexity: one ``ClassAnalysis`` of the class.
    public func namedNegativelyOften(options: AnalysisOptions = AnalysisOptions()) -> [Int: Int] {
        guard has(.negative), let analysis = try? ClassAnalysis(network: self, options: options) else { return [:] }
        var result: [Int: Int] = [:]
        for p in analysis.pupils {
            guard let ll = p.ll, ll > 0 else { continue }
            let chance = p.newcombBukowski.map { $0.ll.level(options.alpha) == .high } ?? false
            let status = p.coieDodge == .rejected || p.coieDodge == .controversial
            if chance || status { result[p.index] = ll }
        }
        return result
    }
}
