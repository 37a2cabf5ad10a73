import Foundation

/// The user's name decisions (`--name`, `--drop-name`, the web app's menus): checked against the
/// pupils, applied before the matching ladder, and each one reported as a note.
extension NameResolver {
    /// Takes the decisions (a later one about the same written name replaces an earlier one) and finds
    /// the pupil each `.pupil` decision names: a roster name, id or code, or a pupil's name (exact, else
    /// ignoring case and accents). Call once the pupils are known: right after a roster, or after the
    /// declared pupils without one.
    ///
    /// Throws `.badOption` when a named pupil is not in the class list or fits more than one pupil.
    mutating func prepareDecisions(_ list: [NameDecision]) throws(ImportError) {
        for d in list {
            let key = NameDecision.key(d.written)
            if decisions[key] == nil { decisionOrder.append(key) }
            decisions[key] = d
            guard case .pupil(let target) = d.action else {
                decisionTargets[key] = nil
                continue
            }
            let t = NameDecision.key(target)
            var hits = pupils.indices.filter { pupils[$0].name == t || rosterIdentifiers.indices.contains($0) && rosterIdentifiers[$0].contains(t) }
            if hits.isEmpty {
                let norm = NameKey.normalised(t)
                hits = pupils.indices.filter { NameKey.normalised(pupils[$0].name) == norm }
            }
            guard hits.count == 1, let i = hits.first else {
                throw ImportError(
                    .badOption, at: nil,
                    hits.isEmpty
                        ? strings.importNameDecisionNoPupil(d.written, pupil: target)
                        : strings.importNameDecisionAmbiguous(d.written, pupil: target, candidates: hits.map { pupils[$0].name }))
            }
            decisionTargets[key] = i
        }
    }

    /// The decision about `w`, counted: `nil` when there is none, `.some(nil)` when it is left out,
    /// else the pupil's index.
    mutating func decided(_ w: WrittenName, respondent: Bool) -> Int?? {
        guard !decisions.isEmpty else { return nil }
        let key = NameDecision.key(w.text)
        guard let d = decisions[key] else { return nil }
        if respondent { decisionRows[key, default: 0] += 1 }
        if let use = decisionUse[key] { decisionUse[key] = (use.count + 1, use.first) } else { decisionUse[key] = (1, w.location) }
        if case .drop = d.action { return .some(nil) }
        return .some(decisionTargets[key])
    }

    /// Throws `.badOption` for the first decision about a name the files never write.
    func checkDecisionsUsed() throws(ImportError) {
        for key in decisionOrder where decisionUse[key] == nil {
            throw ImportError(.badOption, at: nil, strings.importNameDecisionNotWritten(decisions[key]?.written ?? key))
        }
    }

    /// One note per decision, at the name's first place, and the decisions as applied, with the pupils'
    /// final ids and names.
    mutating func reportDecisions(_ final: [Pupil]) -> [AppliedNameDecision] {
        decisionOrder.compactMap { key in
            guard let d = decisions[key], let use = decisionUse[key] else { return nil }
            guard let i = decisionTargets[key], final.indices.contains(i) else {
                let rows = decisionRows[key] ?? 0
                if rows > 0 {
                    notes.note("name-dropped", at: use.first, strings.importNameDecisionDroppedRow(d.written, rows: rows))
                }
                if use.count > rows {
                    notes.note("name-dropped", at: use.first, strings.importNameDecisionDropped(d.written, choices: use.count - rows))
                }
                return AppliedNameDecision(
                    written: d.written, pupilID: nil, pupilName: nil, dropped: true, occurrences: use.count - rows, location: use.first)
            }
            let p = final[i]
            notes.note("name-decided", at: use.first, strings.importNameDecisionRead(d.written, as: p.name, times: use.count))
            return AppliedNameDecision(
                written: d.written, pupilID: p.id, pupilName: p.name, dropped: false, occurrences: use.count, location: use.first)
        }
    }
}
