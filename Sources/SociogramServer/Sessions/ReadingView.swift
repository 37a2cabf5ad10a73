import Sociogram

/// "How the file was read", ready for the page: the same facts and words as `sociogram inspect`
/// (``InspectDocument`` and the `inspect*` texts of ``Strings``), with the pupils for the page's menus.
struct ReadingView: Encodable, Sendable {
    struct File: Encodable, Sendable {
        /// `name` and the facts in words: layout, encoding or sheet, delimiter, rows, respondent column.
        let name: String
        let facts: [String]
    }

    struct QuestionRow: Encodable, Sendable {
        let id: String
        let text: String
        let kind: QuestionKind
        /// How the kind was decided, in words ("guessed from the text").
        let source: String
    }

    struct PupilRow: Encodable, Sendable {
        let id: String
        let name: String
        let code: String
        let gender: Gender?
        let responded: Bool
    }

    struct Match: Encodable, Sendable {
        let written: String
        let pupilID: String
        let pupilName: String
        /// How it was matched, in words ("close spelling").
        let how: String
        /// The whole decision in words, as `inspect` prints it.
        let text: String
        /// The menu's label and its first entry ("Keep: Åse Berg").
        let menuLabel: String
        let keepLabel: String
    }

    /// A written name that matched nobody, with its menu (one of the pupils, or leave it out).
    struct Unknown: Encodable, Sendable {
        let written: String
        /// Where it was first written and what the importer said.
        let text: String
        let menuLabel: String
    }

    /// A decision the teacher made about a written name, as applied.
    struct Decision: Encodable, Sendable {
        let written: String
        /// The pupil's name; `nil` when the name is left out.
        let pupil: String?
        let dropped: Bool
        let occurrences: Int
        /// The decision in words ("«Aase»: read as Åse Berg, as you decided").
        let text: String
    }

    struct Message: Encodable, Sendable {
        let code: String
        /// `file:line:column: message`.
        let text: String
    }

    let className: String
    /// "Class 7B: 26 pupils, 24 answered (92 %), 164 choices".
    let classLine: String
    let files: [File]
    let questions: [QuestionRow]
    let pupils: [PupilRow]
    /// Labels of the pupils who did not answer (non-respondents, not "chose nobody").
    let didNotAnswer: [String]
    let matches: [Match]
    /// Names that matched nobody on the class list (or were added as pupils without one).
    let unknownNames: [Message]
    /// The same names, one each, with their menus.
    let unknown: [Unknown]
    /// The teacher's decisions about names, in the order made.
    let decisions: [Decision]
    let warnings: [Message]
    let notes: [Message]
    let dropNegative: Bool
    let hasNegative: Bool
    let hasProsocial: Bool

    init(_ result: ImportResult, dropNegative: Bool, language: Language) {
        let s = Strings(language)
        let doc = InspectDocument(result, pseudonymised: false, language: language)
        let net = result.network
        className = net.name
        classLine = s.inspectClassLine(
            doc.class.name, pupils: doc.class.pupils, respondents: doc.class.respondents, nominations: doc.class.nominations)
        files = doc.files.map { f in
            var facts = ["\(s.inspectLayout): \(s.inspectLayoutName(f.layout))", "\(s.inspectEncoding): \(s.inspectEncodingName(f.encoding))"]
            if let sheet = f.sheet {
                facts.append("\(s.inspectSheet): \(s.quote(sheet))")
            } else {
                facts.append("\(s.inspectDelimiter): \(f.delimiter)\(f.delimiterFromSepLine ? s.inspectFromSepLine : "")")
            }
            facts.append("\(s.inspectRows): \(f.rows)")
            if let column = f.respondentColumn { facts.append(s.inspectRespondentColumn(column)) }
            for d in f.droppedColumns { facts.append(s.inspectIgnoredColumn(d.column, d.header, d.reason)) }
            return File(name: f.file, facts: facts)
        }
        questions = net.questions.map {
            QuestionRow(id: $0.id, text: $0.text, kind: $0.kind, source: s.serveKindSource($0.kindSource))
        }
        pupils = net.pupils.map {
            PupilRow(id: $0.id, name: $0.name, code: $0.code, gender: $0.gender, responded: $0.responded)
        }
        didNotAnswer = net.pupils.filter { !$0.responded }.map(\.name)
        matches = doc.matches.map {
            Match(
                written: $0.written, pupilID: $0.pupilID, pupilName: $0.pupilName, how: s.inspectMatchMethod($0.method),
                text: s.inspectMatch($0), menuLabel: s.serveNameMenuLabel($0.written), keepLabel: s.serveNameKeep($0.pupilName))
        }
        decisions = result.report.nameDecisions.map { d in
            Decision(
                written: d.written, pupil: d.pupilName, dropped: d.dropped, occurrences: d.occurrences,
                text: d.dropped
                    ? s.serveNameDecidedDropped(d.written, choices: d.occurrences)
                    : s.serveNameDecidedPupil(d.written, pupil: d.pupilName ?? ""))
        }
        func message(_ d: Diagnostic) -> Message {
            Message(code: d.code, text: (d.location.map { "\($0): " } ?? "") + d.message)
        }
        let unknownCodes: Set<String> = ["unmatched-name", "added-pupil"]
        unknownNames = doc.diagnostics.filter { unknownCodes.contains($0.code) }.map(message)
        let unknownDiagnostics = result.report.diagnostics.filter { unknownCodes.contains($0.code) }
        unknown = result.report.unknownNames.map { u in
            let said = unknownDiagnostics.first { $0.location == u.location }
            return Unknown(
                written: u.written, text: said.map(message)?.text ?? "\(u.location)",
                menuLabel: s.serveNameMenuLabel(u.written))
        }
        warnings = doc.diagnostics.filter { $0.severity == .warning && !unknownCodes.contains($0.code) }.map(message)
        notes = doc.diagnostics.filter { $0.severity == .note }.map(message)
        self.dropNegative = dropNegative
        hasNegative = net.has(.negative)
        hasProsocial = net.has(.prosocial)
    }
}
