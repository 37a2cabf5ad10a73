import Foundation
import Hummingbird
import Sociogram

/// `POST /api/analyze`: the contract for scripts. `multipart/form-data` with the file `survey`
/// (required) and `roster` (optional), and the text fields of `sociogram analyze`'s options: `lang`,
/// `labels` (`names`, `initials`, `codes`), `question` (repeated, `TEXT-OR-ID=kind`), `lm`, `ll`,
/// `dropNegative`, `name` (repeated, `WRITTEN=PUPIL`), `dropName` (repeated). Answers 200 with `analysis.json` (schema v1), or 400 with the importer's error.
/// Nothing is kept.
extension SociogramWebApp {
    func addAnalyzeRoute(to router: Router<ServeContext>) {
        router.post("/api/analyze") { request, _ -> Response in try await self.analyze(request) }
    }

    private func analyze(_ request: Request) async throws -> Response {
        var s = Self.strings(request, configuration)
        let form = try await self.form(request, s)
        if let lang = form.field("lang") {
            guard let language = Language(parsing: lang) else { throw APIError.badRequest(s, s.serveLanguageInvalid) }
            s = Strings(language)
        }
        guard let survey = form.files["survey"] else { throw APIError(.badRequest, code: "noSurvey", s.serveNoSurvey) }
        let labels = try Self.labels(form.field("labels"), s)
        var session = SurveySession(survey: survey, roster: form.files["roster"], className: form.field("className"))
        session.kinds = try Self.kindOverrides(form.fields["question"] ?? [], s)
        session.dropNegative = form.flag("dropNegative")
        session.names = try Self.nameDecisions(form, s)
        let options = AnalysisOptions(
            lmQuestion: form.field("lm").map { QuestionSelector($0) }, llQuestion: form.field("ll").map { QuestionSelector($0) })
        let loaded = try await load(session, s)
        let language = s.language
        let data = try await offThread { () throws -> Data in
            let analysis = try Self.analyse(loaded, options: options, language: language)
            return try AnalysisDocument(import: loaded.report, analysis: analysis, pseudonymised: labels == .codes, language: language)
                .jsonData()
        }
        return Responses.json(data: data)
    }

    /// The analysis of an import, with the command line's options; a bad `lm`/`ll` is 400.
    static func analyse(_ loaded: ImportResult, options: AnalysisOptions = AnalysisOptions(), language: Language) throws -> ClassAnalysis {
        do {
            return try ClassAnalysis(network: loaded.network, options: options)
        } catch {
            throw APIError(.badRequest, code: error.kind.rawValue, error.message(language))
        }
    }

    /// `labels=names|initials|codes` (default names); `codes` is the pseudonymised mode.
    static func labels(_ text: String?, _ s: Strings) throws -> LabelStyle {
        guard let text else { return .names }
        guard let style = LabelStyle(rawValue: text.lowercased()) else {
            throw APIError.badRequest(s, s.serveLabelsInvalid)
        }
        return style
    }
}
