/// What each survey of a series is called, and which one the measure started before.
struct WaveLabels: Sendable {
    /// Where a label came from: `--wave-label`, the survey's date, or the file name.
    enum Source: String, Sendable, Hashable, Codable {
        case given, surveyDate, fileName
    }

    let labels: [String]
    let sources: [Source]
    /// Index of the first survey after the measure started (`--measure-from`), if given.
    let measureFrom: Int?

    /// The given labels, or each survey's date (in the language's format), else its file name. Default
    /// labels that come out equal get the survey's number added (`svar (2)`); given labels must differ.
    ///
    /// - Throws: ``FollowError`` `.labelCount`, `.duplicateLabel`, `.unknownWave` or `.nothingBefore`.
    init(_ waves: [FollowWave], options: FollowOptions) throws(FollowError) {
        let s = Strings(options.language)
        var labels: [String]
        var sources: [Source]
        if options.labels.isEmpty {
            labels = waves.map { w in w.surveyDate.map(s.date) ?? ImportText.stem(w.fileName) }
            sources = waves.map { $0.surveyDate == nil ? .fileName : .surveyDate }
            var seen: [String: Int] = [:]
            for l in labels { seen[Self.key(l), default: 0] += 1 }
            for k in labels.indices where (seen[Self.key(labels[k])] ?? 0) > 1 { labels[k] += " (\(k + 1))" }
        } else {
            guard options.labels.count == waves.count else {
                throw FollowError(.labelCount, s.followLabelCount(labels: options.labels.count, waves: waves.count))
            }
            labels = options.labels.map { NameKey.collapsed($0) }
            sources = labels.map { _ in .given }
            var seen = Set<String>()
            for l in labels where !seen.insert(Self.key(l)).inserted {
                throw FollowError(.duplicateLabel, s.followDuplicateLabel(l))
            }
        }
        self.labels = labels
        self.sources = sources
        if let text = options.measureFrom {
            let wanted = Self.key(text)
            guard let k = labels.firstIndex(where: { Self.key($0) == wanted })
                ?? Int(wanted).flatMap({ (1...labels.count).contains($0) ? $0 - 1 : nil })
            else { throw FollowError(.unknownWave, s.followUnknownWave(text, labels: labels)) }
            guard k > 0 else { throw FollowError(.nothingBefore, s.followNothingBefore(labels[k])) }
            measureFrom = k
        } else {
            measureFrom = nil
        }
    }

    private static func key(_ label: String) -> String { NameKey.collapsed(label).lowercased() }
}
