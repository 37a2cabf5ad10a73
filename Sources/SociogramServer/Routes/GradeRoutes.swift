import Foundation
import Hummingbird
import Sociogram
import SociogramWorkers

/// A whole grade, as `sociogram batch` and `sociogram placement` see it, in memory: `POST /api/grades`
/// (several class files, or one grade file with a class column, and a class list), `GET
/// /api/grades/{id}` (the summary again, in another language), `grade.json`, `grade.csv`,
/// `code-key.csv`, `POST /api/grades/{id}/placement` and `placement.json`, `DELETE /api/grades/{id}`.
extension SociogramWebApp {
    /// What loading a grade answers: its id, the summary (`grade.json`), the summary in words (the
    /// lines `sociogram batch` prints), every file left out and every failure with its place, the
    /// grade's pupils for the placement's menus, and why the placement cannot be made (when it cannot).
    struct GradeAnswer: Encodable, Sendable {
        struct Skipped: Encodable, Sendable {
            let file: String
            let reason: String
        }
        struct Failure: Encodable, Sendable {
            let className: String?
            let stage: String
            let file: String?
            let line: Int?
            let column: Int?
            let message: String
            /// `file:line:column: message`, as the command line prints it.
            let description: String
        }
        struct GradePupil: Encodable, Sendable {
            let id: String
            let name: String
            let code: String
            let className: String?
        }
        let grade: String
        let summary: GradeSummary
        let lines: [String]
        let skipped: [Skipped]
        let failed: [Failure]
        /// The other notes about the input (the roster found among the files, a grade file's warnings).
        let notes: [String]
        let pupils: [GradePupil]
        /// Why the grade cannot be read as one (a file that cannot be read): the placement needs every file.
        let placementProblem: APIError.Body.Detail?
    }

    /// `POST /api/grades/{id}/placement`: what the teacher chose; pupils by id.
    struct PlacementChoices: Decodable, Sendable {
        let classes: Int
        let maxSize: Int?
        let balanceGender: Bool?
        let apart: [[String]]?
        let together: [[String]]?
        let absent: [String]?
        /// The search's iterations (`--iterations`; default the command's 12).
        let iterations: Int?
    }

    /// The placement: the JSON of `sociogram placement`, the lines it prints, and the pairs left out.
    struct PlacementAnswer: Encodable, Sendable {
        let placement: PlacementDocument
        let lines: [String]
        let ignored: [String]
    }

    /// The most classes a placement may ask for.
    static let maxPlacementClasses = 20
    /// The most iterations a placement may ask for (each about 0.1 s for 250 pupils in a release build).
    static let maxPlacementIterations = 100

    func addGradeRoutes(to router: Router<ServeContext>) {
        router.post("/api/grades") { request, context -> Response in
            let s = Self.strings(request, self.configuration)
            let form = try await self.gradeForm(request, s)
            let files = form.fileLists["files"] ?? []
            guard !files.isEmpty else { throw APIError(.badRequest, code: "noSurvey", s.serveGradeNoFiles) }
            let name = form.field("grade").map { String($0.prefix(80)) } ?? Self.defaultGradeName(files, s)
            let session = GradeSession(files: files, roster: form.files["roster"], gradeName: name)
            let answer = try await self.gradeAnswer(session, labels: .names, s)
            let id = await self.grades.add(session)
            return try Responses.json(answer(id), status: .created)
        }
        router.get("/api/grades/:id") { request, context -> Response in
            let q = try await self.gradeQuery(request, context)
            return try Responses.json(try await self.gradeAnswer(q.session, labels: q.labels, q.strings)(q.id))
        }
        router.get("/api/grades/:id/grade.json") { request, context -> Response in
            let q = try await self.gradeQuery(request, context)
            let analysis = try await self.gradeAnalysis(q.session, labels: q.labels, q.strings)
            return Responses.json(data: try analysis.summary.jsonData(), download: q.download ? q.fileName("grade", "json") : nil)
        }
        router.get("/api/grades/:id/grade.csv") { request, context -> Response in
            let q = try await self.gradeQuery(request, context)
            let analysis = try await self.gradeAnalysis(q.session, labels: q.labels, q.strings)
            return Responses.bytes(Array(GradeCSV.render(analysis.summary).utf8), type: "text/csv; charset=utf-8", download: q.fileName("grade", "csv"))
        }
        router.get("/api/grades/:id/code-key.csv") { request, context -> Response in
            let q = try await self.gradeQuery(request, context)
            let language = q.language
            let session = q.session
            let rows = try await self.importing(q.strings) { try session.source(language: language).codeKeyRows() }
            return Responses.bytes(Array(CodeKey.csv(rows: rows).utf8), type: "text/csv; charset=utf-8", download: "\(q.stem)-code-key.csv")
        }
        router.post("/api/grades/:id/placement") { request, context -> Response in
            let q = try await self.gradeQuery(request, context)
            let s = q.strings
            let choices: PlacementChoices
            do {
                choices = try JSONDecoder().decode(PlacementChoices.self, from: Data(buffer: try await request.body.collect(upTo: 1 << 20)))
            } catch {
                throw APIError.badRequest(s, "{\"classes\": 4, \"apart\": [[id, id]], …} is expected")
            }
            guard (1...Self.maxPlacementClasses).contains(choices.classes), (choices.maxSize ?? 1) >= 1,
                (1...Self.maxPlacementIterations).contains(choices.iterations ?? 1)
            else {
                throw APIError(.badRequest, code: "badOption", s.servePlacementOutOfRange(maxClasses: Self.maxPlacementClasses))
            }
            let language = q.language
            let session = q.session
            let grade = try await self.importing(s) { try session.grade(language: language) }.network
            let (request, ignored) = try Self.placementRequest(choices, network: grade, q)
            let pseudonymised = q.labels == .codes
            let result = try await self.offThread { () throws -> PlacementResult in
                do {
                    // In the pseudonymised mode no library message (errors included) can carry a name.
                    return try (pseudonymised ? grade.withCodesAsNames() : grade).suggestPlacement(request)
                } catch let error as SuggestError {
                    throw APIError(.badRequest, code: error.kind.rawValue, error.message(language))
                }
            }
            let outcome = PlacementOutcome(request: request, result: result)
            guard await self.grades.update(q.id, { $0.placement = outcome }) else { throw APIError.sessionGone(s) }
            let (document, context) = Self.placementDocument(outcome, network: grade, q)
            return try Responses.json(
                PlacementAnswer(placement: document, lines: SuggestionText.lines(document, context: context), ignored: ignored))
        }
        router.get("/api/grades/:id/placement.json") { request, context -> Response in
            let q = try await self.gradeQuery(request, context)
            guard let outcome = q.session.placement else { throw APIError.notFound(q.strings, request.uri.path) }
            let language = q.language
            let session = q.session
            let grade = try await self.importing(q.strings) { try session.grade(language: language) }.network
            let (document, _) = Self.placementDocument(outcome, network: grade, q)
            return Responses.json(data: try document.jsonData(), download: q.download ? q.fileName("placement", "json") : nil)
        }
        router.delete("/api/grades/:id") { request, context -> Response in
            if let id = context.parameters.get("id") { await self.grades.remove(id) }
            return Responses.empty
        }
    }

    /// The grade's name when the teacher gives none: the first and last class file's name (`7A–7D`; names
    /// with a digit first, so that an overview workbook beside them does not name the grade), or
    /// `trinn` / `grade` when no file looks like a class file.
    static func defaultGradeName(_ files: [InMemoryFile], _ s: Strings) -> String {
        let surveys = ["csv", "txt", "tsv", "xlsx", "zip"]
        let all = files.map(\.name).filter { !$0.hasPrefix(".") && surveys.contains(($0 as NSString).pathExtension.lowercased()) }
            .map { ($0 as NSString).deletingPathExtension }
            .sorted { $0.compare($1, options: [.numeric, .caseInsensitive]) == .orderedAscending }
        // Class files are named like classes (`7A`); an overview workbook beside them (`oversikt`) is not.
        let classLike = all.filter { $0.contains(where: \.isNumber) }
        let stems = classLike.isEmpty ? all : classLike
        guard let first = stems.first, let last = stems.last else { return s.serveGradeDefaultName }
        return String((first == last ? first : "\(first)–\(last)").prefix(80))
    }

    /// The upload of a grade: at most the importer's limit for all files together, plus the form around them.
    private func gradeForm(_ request: Request, _ s: Strings) async throws -> UploadForm {
        let limit = configuration.maxFileBytes
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: limit + 1 << 20)
        } catch {
            throw APIError.tooLarge(s, limit: limit)
        }
        let form = try UploadForm(body: body, contentType: request.headers[.contentType], maxFileBytes: limit, s)
        let total = form.fileLists.values.joined().reduce(0) { $0 + $1.bytes.count }
        guard total <= limit else { throw APIError.tooLarge(s, limit: limit) }
        return form
    }

    /// Library work that reads the grade's files, off the concurrency threads; import errors become 400.
    private func importing<T: Sendable>(_ s: Strings, _ work: @escaping @Sendable () throws -> T) async throws -> T {
        do {
            return try await offThread(work)
        } catch let error as ImportError {
            throw APIError(error)
        }
    }

    /// The grade summary in the request's language and labels.
    private func gradeAnalysis(_ session: GradeSession, labels: LabelStyle, _ s: Strings) async throws -> GradeAnalysis {
        let language = s.language
        return try await importing(s) { try session.analysis(language: language, labels: labels) }
    }

    /// The answer for `session` (given its id once it is kept): the summary, and the grade read as one
    /// for the placement's menus.
    private func gradeAnswer(_ session: GradeSession, labels: LabelStyle, _ s: Strings) async throws -> @Sendable (String) -> GradeAnswer {
        let analysis = try await gradeAnalysis(session, labels: labels, s)
        let language = s.language
        let grade: Result<ImportResult, ImportError> = await (try? offThread { Result { () throws(ImportError) in try session.grade(language: language) } })
            ?? .failure(ImportError(.fileNotReadable, at: nil, s.serveInternalError))
        let summary = analysis.summary
        let skippedNotes = summary.skippedFiles
        let skipped = skippedNotes.map { note in
            GradeAnswer.Skipped(file: (note.location?.file ?? "").split(separator: "/").last.map(String.init) ?? "", reason: note.message)
        }
        // Every note the skipped list does not show (hidden files among them), with its place.
        let shown = Set(skippedNotes.compactMap { $0.location?.file })
        let notes = summary.notes.filter { !($0.code == "ignored-file" && shown.contains($0.location?.file ?? "")) }
            .map { note in (note.location.map { "\($0): " } ?? "") + note.message }
        let failed = summary.failed.map { f in
            GradeAnswer.Failure(
                className: f.className, stage: f.stage.rawValue, file: f.file, line: f.line, column: f.column, message: f.message,
                description: f.description)
        }
        var pupils: [GradeAnswer.GradePupil] = []
        var problem: APIError.Body.Detail?
        switch grade {
        case .success(let loaded):
            pupils = loaded.network.pupils.map {
                GradeAnswer.GradePupil(id: $0.id, name: labels == .codes ? $0.code : $0.name, code: $0.code, className: $0.className)
            }
        case .failure(let error):
            problem = APIError(error).body.error
        }
        let lines = GradeText.lines(summary, language: language)
        return { [pupils, problem] id in
            GradeAnswer(
                grade: id, summary: summary, lines: lines, skipped: skipped, failed: failed, notes: notes, pupils: pupils,
                placementProblem: problem)
        }
    }

    /// The grade session named in the path and the query parameters its downloads take.
    private func gradeQuery(_ request: Request, _ context: ServeContext) async throws -> GradeQuery {
        let s = Self.strings(request, configuration)
        guard let id = context.parameters.get("id"), let session = await grades.get(id) else { throw APIError.sessionGone(s) }
        let labels = try Self.labels(request.uri.queryParameters["labels"].map(String.init), s)
        return GradeQuery(
            id: id, session: session, strings: s, labels: labels,
            download: request.uri.queryParameters["download"].map { $0 == "1" || $0 == "true" } ?? false)
    }

    /// The library's request for the page's choices; pairs with an absent pupil are left out and said.
    static func placementRequest(_ c: PlacementChoices, network: ClassNetwork, _ q: GradeQuery) throws -> (PlacementRequest, [String]) {
        var choices = try PupilChoices(network: network, absent: c.absent, strings: q.strings, pseudonymised: q.labels == .codes)
        var request = PlacementRequest(
            classes: c.classes, maxSize: c.maxSize, apart: try choices.pairs(c.apart), together: try choices.pairs(c.together),
            absent: choices.absent.sorted(), balanceGender: c.balanceGender ?? true)
        if let iterations = c.iterations { request.limits.iterations = iterations }
        if let seconds = TestHooks.searchSeconds { request.limits.timeLimit = min(request.limits.timeLimit ?? seconds, seconds) }
        return (request, choices.ignored)
    }

    /// The placement's document (`sociogram placement --json`) in the query's language and labels.
    static func placementDocument(_ outcome: PlacementOutcome, network: ClassNetwork, _ q: GradeQuery) -> (PlacementDocument, SuggestionContext) {
        let context = SuggestionContext(network: network, language: q.language, labels: q.labels)
        return (PlacementDocument(PlacementBody(outcome.result, request: outcome.request, context: context), context: context), context)
    }
}

/// A request about one grade: the session and how the answer should be made.
struct GradeQuery: Sendable {
    let id: String
    let session: GradeSession
    let strings: Strings
    let labels: LabelStyle
    let download: Bool

    var language: Language { strings.language }

    /// The grade's name as a safe file-name stem (`trinn7`; `trinn` when it has nothing usable).
    var stem: String {
        let name = session.files.count == 1 ? (session.files.first?.name.split(separator: ".").first.map(String.init) ?? "") : session.gradeName
        let kept = name.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) || "-_".unicodeScalars.contains($0) }
        let text = String(String.UnicodeScalarView(kept.prefix(40)))
        return text.isEmpty ? "trinn" : text
    }

    /// `trinn7-grade.json`, `trinn7-grade-codes.json` in the pseudonymised mode.
    func fileName(_ what: String, _ ext: String) -> String {
        "\(stem)-\(what)\(labels == .codes ? "-codes" : "").\(ext)"
    }
}
