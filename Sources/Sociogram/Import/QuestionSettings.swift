/// Questions across files: unified by text (or label), kinds guessed, user settings applied.
enum QuestionSettings {
    /// Unifies the questions of several drafts: the same text (ignoring case, spacing and a final `?`)
    /// or the same file label is one question. Generated ids are renumbered `q1`, `q2`, … in order of
    /// first appearance; file labels are kept.
    ///
    /// - Returns: the questions and, per draft, the global index of each of its questions.
    /// - Complexity: O(*q*) for *q* questions in all drafts.
    static func unify(_ drafts: [SurveyDraft]) -> (questions: [DraftQuestion], map: [[Int]]) {
        var unified: [DraftQuestion] = []
        var byText: [String: Int] = [:]
        var byLabel: [String: Int] = [:]
        var map: [[Int]] = []
        for draft in drafts {
            var local: [Int] = []
            for q in draft.questions {
                let key = FormMetadata.key(q.text)
                if let g = byText[key] ?? (q.idIsLabel ? byLabel[q.id] : nil) {
                    local.append(g)
                    continue
                }
                let g = unified.count
                unified.append(q)
                byText[key] = g
                if q.idIsLabel { byLabel[q.id] = g }
                local.append(g)
            }
            map.append(local)
        }
        let labels = Set(unified.filter(\.idIsLabel).map(\.id))
        for (i, q) in unified.enumerated() where !q.idIsLabel {
            var id = "q\(i + 1)"
            if labels.contains(id) { id += "-\(i + 1)" }
            unified[i] = DraftQuestion(id: id, text: q.text, idIsLabel: false)
        }
        return (unified, map)
    }

    /// Guesses each question's kind from its text; unrecognised texts default to positive, with a note.
    static func guessKinds(_ drafts: [DraftQuestion], notes: inout DiagnosticCollector, _ s: Strings) -> [Question] {
        drafts.map { q in
            if let kind = QuestionKindGuesser.guess(q.text) {
                return Question(id: q.id, text: q.text, kind: kind, kindSource: .guessed)
            }
            notes.note("question-kind-defaulted", at: nil, s.importKindDefaulted(q.id, q.text))
            return Question(id: q.id, text: q.text, kind: .positive, kindSource: .defaulted)
        }
    }

    /// Applies `--question TEXT-OR-ID=kind` settings in order.
    ///
    /// A selector picks the question whose id is exactly the selector; otherwise the question whose
    /// text equals it (ignoring case); otherwise every question whose text contains it (ignoring case).
    /// It must pick exactly one question.
    static func apply(
        _ overrides: [QuestionKindOverride], to questions: [Question], notes: inout DiagnosticCollector, _ s: Strings
    ) throws(ImportError) -> [Question] {
        var result = questions
        for o in overrides {
            let sel = o.selector.lowercased()
            var hits = result.indices.filter { result[$0].id == o.selector }
            if hits.isEmpty { hits = result.indices.filter { FormMetadata.key(result[$0].text) == FormMetadata.key(sel) } }
            if hits.isEmpty { hits = result.indices.filter { result[$0].text.lowercased().contains(sel) } }
            guard hits.count == 1, let i = hits.first else {
                throw ImportError(
                    .badOption, at: nil,
                    s.importQuestionOptionNotOne(
                        o.selector, o.kind, hits: hits.count, questions: result.map { ($0.id, $0.text) }))
            }
            result[i] = result[i].with(kind: o.kind, source: .userSet)
            notes.note("question-kind-set", at: nil, s.importKindSet(result[i].id, result[i].text, o.kind))
        }
        return result
    }
}
