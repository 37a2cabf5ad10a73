import Foundation
import Hummingbird
import Sociogram

/// Loading a survey and deciding how it is read: `POST /api/sessions` (upload), `POST
/// /api/sessions/example`, `GET /api/sessions/{id}`, `PUT /api/sessions/{id}/questions`, `DELETE
/// /api/sessions/{id}` and `DELETE /api/sessions` ("Slett alt").
extension SociogramWebApp {
    /// What an upload or a change answers: the session's id and how the file was read.
    struct SessionAnswer: Encodable, Sendable {
        let session: String
        let reading: ReadingView
    }

    /// `PUT /api/sessions/{id}/questions`: the page's choices.
    struct QuestionChoices: Decodable, Sendable {
        /// Kind by question id.
        let kinds: [String: QuestionKind]
        let dropNegative: Bool?
        /// The decisions about written names, all of them (absent: the session's stay as they are).
        let names: [NameChoice]?
    }

    /// One decision about a written name: read it as `pupil` (a name, id or code from the class
    /// list), or leave it out when `pupil` is absent or null.
    struct NameChoice: Decodable, Sendable {
        let written: String
        let pupil: String?

        var decision: NameDecision { NameDecision(written: written, action: pupil.map(NameDecision.Action.pupil) ?? .drop) }
    }

    func addSessionRoutes(to router: Router<ServeContext>) {
        router.post("/api/sessions") { request, context -> Response in
            let s = Self.strings(request, self.configuration)
            let form = try await self.form(request, s)
            guard let survey = form.files["survey"] else { throw APIError(.badRequest, code: "noSurvey", s.serveNoSurvey) }
            var session = SurveySession(survey: survey, roster: form.files["roster"], className: form.field("className"))
            session.kinds = try Self.kindOverrides(form.fields["question"] ?? [], s)
            session.dropNegative = form.flag("dropNegative")
            session.names = try Self.nameDecisions(form, s)
            return try await self.open(session, s, status: .created)
        }
        router.post("/api/sessions/example") { request, context -> Response in
            let s = Self.strings(request, self.configuration)
            let session = SurveySession(survey: ExampleClass.survey, roster: ExampleClass.roster, className: ExampleClass.className)
            return try await self.open(session, s, status: .created)
        }
        router.get("/api/sessions/:id") { request, context -> Response in
            let s = Self.strings(request, self.configuration)
            let (id, session) = try await self.session(context, s)
            let loaded = try await self.load(session, s)
            return try Responses.json(SessionAnswer(session: id, reading: ReadingView(loaded, dropNegative: session.dropNegative, language: s.language)))
        }
        router.put("/api/sessions/:id/questions") { request, context -> Response in
            let s = Self.strings(request, self.configuration)
            let (id, session) = try await self.session(context, s)
            let choices: QuestionChoices
            do {
                choices = try JSONDecoder().decode(QuestionChoices.self, from: Data(buffer: try await request.body.collect(upTo: 1 << 20)))
            } catch {
                throw APIError.badRequest(s, "{\"kinds\": {\"q1\": \"positive\", …}, \"dropNegative\": false} is expected")
            }
            var changed = session
            changed.kinds = choices.kinds.keys.sorted().map { QuestionKindOverride(selector: $0, kind: choices.kinds[$0] ?? .other) }
            changed.dropNegative = choices.dropNegative ?? session.dropNegative
            if let names = choices.names { changed.names = names.map(\.decision) }
            changed.groups = nil
            changed.seating = nil
            // Read first: a choice the importer refuses leaves the session as it was.
            let loaded = try await self.load(changed, s)
            _ = await self.store.update(id) { $0 = changed }
            return try Responses.json(SessionAnswer(session: id, reading: ReadingView(loaded, dropNegative: changed.dropNegative, language: s.language)))
        }
        router.delete("/api/sessions/:id") { request, context -> Response in
            if let id = context.parameters.get("id") { await self.store.remove(id) }
            return Responses.empty
        }
        router.delete("/api/sessions") { _, _ -> Response in
            await self.store.removeAll()
            await self.grades.removeAll()
            return Responses.empty
        }
    }

    /// Reads `session` and keeps it when it can be read: 201 with its id and the reading, or the
    /// importer's error (400, with file, line and column).
    private func open(_ session: SurveySession, _ s: Strings, status: HTTPResponse.Status) async throws -> Response {
        let loaded = try await load(session, s)
        let id = await store.add(session)
        return try Responses.json(
            SessionAnswer(session: id, reading: ReadingView(loaded, dropNegative: session.dropNegative, language: s.language)),
            status: status)
    }

    // MARK: - Shared by the routes

    /// The strings of the request's language (`?lang=`, else the server's).
    static func strings(_ request: Request, _ configuration: ServeConfiguration) -> Strings {
        Strings(AccessMiddleware.language(request, default: configuration.language))
    }

    /// The upload's form, at most the configuration's limit per file.
    func form(_ request: Request, _ s: Strings) async throws -> UploadForm {
        let body = try await request.body.collect(upTo: configuration.maxBodyBytes)
        return try UploadForm(body: body, contentType: request.headers[.contentType], maxFileBytes: configuration.maxFileBytes, s)
    }

    /// The session named in the path, or 404 when it was cleared.
    func session(_ context: ServeContext, _ s: Strings) async throws -> (String, SurveySession) {
        guard let id = context.parameters.get("id"), let session = await store.get(id) else { throw APIError.sessionGone(s) }
        return (id, session)
    }

    /// The survey read with the session's choices, off the concurrency threads; import errors become 400.
    func load(_ session: SurveySession, _ s: Strings) async throws -> ImportResult {
        let language = s.language
        do {
            return try await offThread { try session.load(language: language) }
        } catch let error as ImportError {
            throw APIError(error)
        }
    }

    /// `name` fields `WRITTEN=PUPIL` and `dropName` fields, as the command line's `--name` and `--drop-name`.
    static func nameDecisions(_ form: UploadForm, _ s: Strings) throws -> [NameDecision] {
        var decisions: [NameDecision] = []
        for value in form.fields["name"] ?? [] where !value.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                decisions.append(try NameDecision(parsing: value, language: s.language))
            } catch {
                throw APIError(error)
            }
        }
        for value in form.fields["dropName"] ?? [] where !value.trimmingCharacters(in: .whitespaces).isEmpty {
            decisions.append(NameDecision(written: value, action: .drop))
        }
        return decisions
    }

    /// `question` fields `TEXT-OR-ID=kind` as the command line's `--question` reads them.
    static func kindOverrides(_ values: [String], _ s: Strings) throws -> [QuestionKindOverride] {
        var kinds: [QuestionKindOverride] = []
        for value in values where !value.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                kinds.append(try QuestionKindOverride(parsing: value, language: s.language))
            } catch {
                throw APIError(error)
            }
        }
        return kinds
    }
}
