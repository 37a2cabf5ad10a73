import Foundation
import Hummingbird
import Sociogram

/// Comparing with an earlier survey of the class, as `sociogram compare` and `report --before` do:
/// `POST /api/sessions/{id}/before` (the earlier file), `DELETE /api/sessions/{id}/before`, `GET
/// /api/sessions/{id}/comparison` (the lines `compare` prints and its JSON), `compare.json` and `GET /api/sessions/{id}/difference.png|svg|pdf`. With an earlier
/// survey the report has its section on what changed (and the pupil's evaluation).
extension SociogramWebApp {
    /// What the comparison answers: the terminal's lines of `sociogram compare` and its JSON.
    struct CompareAnswer: Encodable, Sendable {
        let lines: [String]
        let comparison: WaveComparison
    }

    func addCompareRoutes(to router: Router<ServeContext>) {
        router.post("/api/sessions/:id/before") { request, context -> Response in
            let s = Self.strings(request, self.configuration)
            let (id, session) = try await self.session(context, s)
            let form = try await self.form(request, s)
            guard let before = form.files["before"] else { throw APIError(.badRequest, code: "noSurvey", s.serveNoSurvey) }
            var changed = session
            changed.before = before
            let q = try await self.query(request, context, session: (id, changed))
            guard let comparison = try await self.comparison(q) else { throw APIError.internalError(s) }
            _ = await self.store.update(id) { $0.before = before }
            return try Responses.json(
                CompareAnswer(lines: CompareText.lines(comparison.document, language: q.language), comparison: comparison.document))
        }
        router.get("/api/sessions/:id/comparison") { request, context -> Response in
            let q = try await self.query(request, context)
            guard let comparison = try await self.comparison(q) else { throw APIError.notFound(q.strings, request.uri.path) }
            return try Responses.json(
                CompareAnswer(lines: CompareText.lines(comparison.document, language: q.language), comparison: comparison.document))
        }
        router.delete("/api/sessions/:id/before") { request, context -> Response in
            let s = Self.strings(request, self.configuration)
            let (id, _) = try await self.session(context, s)
            _ = await self.store.update(id) { $0.before = nil }
            return Responses.empty
        }
        router.get("/api/sessions/:id/compare.json") { request, context -> Response in
            let q = try await self.query(request, context)
            guard let comparison = try await self.comparison(q) else { throw APIError.notFound(q.strings, request.uri.path) }
            return Responses.json(data: try comparison.document.jsonData(), download: q.download ? q.fileName("compare", "json") : nil)
        }
        router.get("/api/sessions/:id/difference.{format}") { request, context -> Response in
            let q = try await self.query(request, context)
            guard let comparison = try await self.comparison(q),
                let format = context.parameters.get("format").flatMap(DiagramFormat.init(fileExtension:)), format != .dot
            else { throw APIError.notFound(q.strings, request.uri.path) }
            let diagram: Diagram
            do {
                diagram = try Sociograms.differenceDiagram(comparison.difference, options: DiagramOptions(labels: q.labels, language: q.language))
            } catch let error as RenderError {
                throw APIError.drawFailed(q.strings, error)
            }
            let bytes = try await self.draw(diagram, format: format, q.strings)
            return Responses.bytes(
                bytes, type: Self.contentType(format), download: q.download ? q.fileName("difference", format.fileExtension) : nil,
                policy: "default-src 'none'; style-src 'unsafe-inline'")
        }
    }

    /// The comparison of the earlier survey with this one (`nil` without an earlier survey), with the
    /// evaluation paragraph of the chosen pupil; the earlier file's import errors are 400.
    func comparison(_ q: SessionQuery) async throws -> Comparison? {
        let language = q.language
        let earlier: ImportResult?
        do {
            earlier = try await offThread { try q.session.loadBefore(language: language) }
        } catch let error as ImportError {
            throw APIError(error)
        }
        guard let earlier else { return nil }
        let focus = try q.pupilIndex()
        let s = q.strings
        do {
            var comparison = try Comparison.run(
                before: earlier.network, after: q.loaded.network,
                options: CompareOptions(
                    byID: q.session.roster != nil, pseudonymised: q.pseudonymised, beforeLabel: s.compareBeforeLabel,
                    afterLabel: s.compareAfterLabel))
            // The comparison lists this survey's pupils first, in the same order (as `report --before`).
            if let focus { comparison.addEvaluation(pupil: focus, language: language) }
            return comparison
        } catch {
            throw APIError(.badRequest, code: error.kind.rawValue, error.message(language))
        }
    }
}
