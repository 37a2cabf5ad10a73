import Foundation
import Hummingbird
import Sociogram

/// What the teacher shows or downloads, each made on request from the session: `GET
/// /api/sessions/{id}/report.html`, `analysis.json`, `pupils.csv`, `code-key.csv` and
/// `sociogram.png|svg|pdf`. `?labels=codes` is the pseudonymised mode (no name anywhere; the code key is
/// its own download), `?lang=` the language, `?pupil=ID` adds the report's section on one pupil,
/// `?download=1` makes the answer an attachment.
extension SociogramWebApp {
    func addDownloadRoutes(to router: Router<ServeContext>) {
        router.get("/api/sessions/:id/analysis.json") { request, context -> Response in
            let q = try await self.query(request, context)
            let data = try await self.offThread {
                try AnalysisDocument(
                    import: q.loaded.report, analysis: try Self.analyse(q.loaded, language: q.language), pseudonymised: q.pseudonymised, language: q.language
                ).jsonData()
            }
            return Responses.json(data: data, download: q.download ? q.fileName("analysis", "json") : nil)
        }
        router.get("/api/sessions/:id/pupils.csv") { request, context -> Response in
            let q = try await self.query(request, context)
            let data = try await self.offThread { PupilsCSV.render(try Self.analyse(q.loaded, language: q.language), pseudonymised: q.pseudonymised, language: q.language) }
            return Responses.bytes(Array(data), type: "text/csv; charset=utf-8", download: q.fileName("pupils", "csv"))
        }
        router.get("/api/sessions/:id/code-key.csv") { request, context -> Response in
            let q = try await self.query(request, context)
            // With an earlier survey the key also holds the pupils who have left since (as `report --before`).
            let text = try await self.comparison(q)?.codeKey ?? CodeKey.csv(q.loaded.network)
            return Responses.bytes(Array(text.utf8), type: "text/csv; charset=utf-8", download: "\(q.stem)-code-key.csv")
        }
        router.get("/api/sessions/:id/report.html") { request, context -> Response in
            let q = try await self.query(request, context)
            let html = try await self.report(q)
            // The report's own policy (its inline style and script by hash); shown in the app's frame.
            return Responses.bytes(
                Array(html.utf8), type: "text/html; charset=utf-8", download: q.download ? q.fileName("report", "html") : nil,
                policy: HTMLReport.contentSecurityPolicy + "; frame-ancestors 'self'", framing: "SAMEORIGIN")
        }
        router.get("/api/sessions/:id/sociogram.{format}") { request, context -> Response in
            let q = try await self.query(request, context)
            guard let format = context.parameters.get("format").flatMap(DiagramFormat.init(fileExtension:)), format != .dot else {
                throw APIError.notFound(q.strings, request.uri.path)
            }
            let options = DiagramOptions(labels: q.labels, language: q.language)
            let diagram = Sociograms.classDiagram(q.loaded.network, options: options)
            let bytes = try await self.draw(diagram, format: format, q.strings)
            return Responses.bytes(
                bytes, type: Self.contentType(format), download: q.download ? q.fileName("sociogram", format.fileExtension) : nil,
                policy: "default-src 'none'; style-src 'unsafe-inline'")
        }
    }

    /// The report as `sociogram report` makes it, drawn through the app's renderer.
    func report(_ q: SessionQuery) async throws -> String {
        let focus = try q.pupilIndex()
        let renderer = self.renderer
        let comparison = try await self.comparison(q)
        do {
            return try await offThread {
                let analysis = try Self.analyse(q.loaded, language: q.language)
                var support: ReportSupport?
                if let focus {
                    support = ReportSupport(
                        supporters: try q.loaded.network.suggestSupporters(for: focus, count: 5),
                        group: try q.loaded.network.suggestSupportGroup(for: focus, size: 6), language: q.language)
                }
                var options = ReportOptions(
                    language: q.language, labels: q.labels, focus: focus, support: support, created: CalendarDay(Date()),
                    importWarnings: q.loaded.report.diagnostics.filter { $0.severity == .warning }.count, comparison: comparison)
                options.renderer = renderer
                return try HTMLReport.make(analysis, options: options)
            }
        } catch let error as RenderError {
            throw APIError.drawFailed(q.strings, error)
        } catch let error as SuggestError {
            throw APIError(.badRequest, code: error.kind.rawValue, error.message(q.language))
        }
    }

    /// One diagram's bytes through the app's renderer (the worker pool: a crash is this answer's 500).
    func draw(_ diagram: Diagram, format: DiagramFormat, dpi: Int? = nil, _ s: Strings) async throws -> [UInt8] {
        let renderer = self.renderer
        do {
            return try await offThread { try renderer.render(diagram, format: format, dpi: dpi) }
        } catch let error as RenderError {
            throw APIError.drawFailed(s, error)
        }
    }

    static func contentType(_ format: DiagramFormat) -> String {
        switch format {
        case .png: "image/png"
        case .svg: "image/svg+xml"
        case .pdf: "application/pdf"
        case .dot: "text/vnd.graphviz; charset=utf-8"
        }
    }

    /// The session and the query parameters every download takes.
    ///
    /// - Parameter given: the session as it is about to be changed (the id and the changed session),
    ///   instead of the one in the store.
    func query(_ request: Request, _ context: ServeContext, session given: (String, SurveySession)? = nil) async throws -> SessionQuery {
        let s = Self.strings(request, configuration)
        let (id, session): (String, SurveySession)
        if let given { (id, session) = given } else { (id, session) = try await self.session(context, s) }
        let labels = try Self.labels(request.uri.queryParameters["labels"].map(String.init), s)
        let loaded = try await load(session, s)
        return SessionQuery(
            id: id, session: session, loaded: loaded, strings: s, labels: labels,
            pupil: request.uri.queryParameters["pupil"].map(String.init),
            download: request.uri.queryParameters["download"].map { $0 == "1" || $0 == "true" } ?? false)
    }
}

/// A request about one session: what was loaded and how the answer should be made.
struct SessionQuery: Sendable {
    let id: String
    let session: SurveySession
    let loaded: ImportResult
    let strings: Strings
    let labels: LabelStyle
    /// A pupil's id (`?pupil=`).
    let pupil: String?
    let download: Bool

    var language: Language { strings.language }
    var pseudonymised: Bool { labels == .codes }

    /// The class name as a safe file-name stem (`7B`; `klasse` when it has nothing usable).
    var stem: String {
        let kept = loaded.network.name.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) || "-_".unicodeScalars.contains($0) }
        let text = String(String.UnicodeScalarView(kept.prefix(40)))
        return text.isEmpty ? "klasse" : text
    }

    /// `7B-report.html`, `7B-report-codes.html` in the pseudonymised mode.
    func fileName(_ what: String, _ ext: String) -> String {
        "\(stem)-\(what)\(pseudonymised ? "-codes" : "").\(ext)"
    }

    /// The network index of ``pupil``; 400 when the id is no pupil of the class.
    func pupilIndex() throws -> Int? {
        guard let pupil, !pupil.isEmpty else { return nil }
        guard let i = loaded.network.pupils.firstIndex(where: { $0.id == pupil }) else { throw APIError.unknownPupil(strings) }
        return i
    }
}
