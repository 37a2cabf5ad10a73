import Foundation
import HTTPTypes
import Hummingbird
import Sociogram

/// An error answer of the web app: a status and `{"error": {"code", "message", "file", "line", "column",
/// "sheet", "description"}}`, the message in the page's language. Import errors carry the place in
/// the file as the command line names it (`description` is the line `sociogram` prints).
struct APIError: Error, HTTPResponseError, Sendable {
    let status: HTTPResponse.Status
    let code: String
    let message: String
    let location: SourceLocation?

    init(_ status: HTTPResponse.Status, code: String, _ message: String, at location: SourceLocation? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.location = location
    }

    /// A survey or class list that could not be read: 400 (413 when it is over the size limit).
    init(_ error: ImportError) {
        self.init(error.kind == .tooLarge ? .contentTooLarge : .badRequest, code: error.kind.rawValue, error.message, at: error.location)
    }

    /// The body of the answer.
    struct Body: Encodable {
        struct Detail: Encodable {
            let code: String
            let message: String
            let file: String?
            let line: Int?
            let column: Int?
            let sheet: String?
            /// The message as the command line prints it: `file:line:column: message`.
            let description: String
        }
        let error: Detail
    }

    var body: Body {
        let description = location.map { "\($0): \(message)" } ?? message
        return Body(
            error: .init(
                code: code, message: message, file: location?.file, line: location?.line, column: location?.column,
                sheet: location?.sheet, description: description))
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let data = (try? JSONEncoder().encode(body)) ?? Data(#"{"error":{"code":"internal","message":""}}"#.utf8)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension APIError {
    static func forbidden(_ s: Strings) -> APIError { APIError(.forbidden, code: "forbidden", s.serveForbidden) }
    static func wrongHost(_ s: Strings) -> APIError { APIError(.forbidden, code: "wrong-host", s.serveWrongHost) }
    static func badRequest(_ s: Strings, _ detail: String) -> APIError {
        APIError(.badRequest, code: "bad-request", s.serveBadRequest(detail))
    }
    static func tooLarge(_ s: Strings, limit: Int) -> APIError {
        APIError(.contentTooLarge, code: "tooLarge", s.serveTooLarge(megabytes: limit / (1024 * 1024)))
    }
    static func sessionGone(_ s: Strings) -> APIError { APIError(.notFound, code: "session-gone", s.serveSessionGone) }
    static func unknownPupil(_ s: Strings) -> APIError { APIError(.badRequest, code: "unknownPupil", s.serveUnknownPupil) }
    static func notFound(_ s: Strings, _ path: String) -> APIError { APIError(.notFound, code: "not-found", s.serveNotFound(path)) }
    static func drawFailed(_ s: Strings, _ error: RenderError) -> APIError {
        APIError(.internalServerError, code: "render-failed", s.serveDrawFailed(error.message(s.language)))
    }
    static func internalError(_ s: Strings) -> APIError { APIError(.internalServerError, code: "internal", s.serveInternalError) }
}
