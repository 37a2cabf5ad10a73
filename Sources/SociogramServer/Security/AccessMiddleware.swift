import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import Sociogram

/// The web app's gate, the outermost middleware: the Host check (DNS rebinding), the Origin check on
/// requests that change something, the access token, the security headers on every answer, errors as
/// JSON, and a request log without query strings (no names, no token).
struct AccessMiddleware: RouterMiddleware {
    typealias Context = ServeContext

    let token: AccessToken
    let port: ListeningPort
    let language: Language
    let log: (@Sendable (String) -> Void)?

    /// The cookie that carries the token after the first visit; named after the port, because browsers
    /// share cookies between the ports of one host.
    static func cookieName(port: Int) -> String { "sociogram-\(port)" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let s = Strings(Self.language(request, default: language))
        var response: Response
        do {
            response = try await gate(request, context: context, s: s, next: next)
        } catch let error as APIError {
            response = try error.response(from: request, context: context)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            response = try APIError.tooLarge(s, limit: SurveyImporter.maxFileBytes).response(from: request, context: context)
        } catch let error as HTTPError {
            response = try APIError(error.status, code: "http-\(error.status.code)", error.body ?? error.status.reasonPhrase)
                .response(from: request, context: context)
        } catch {
            response = try APIError.internalError(s).response(from: request, context: context)
        }
        SecurityHeaders.apply(to: &response.headers)
        log?("\(request.method) \(request.uri.path) \(response.status.code)")
        return response
    }

    private func gate(
        _ request: Request, context: Context, s: Strings, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let check = HostCheck(port: port.port)
        let hosts = [request.head.authority].compactMap { $0 } + request.headers[values: SecurityHeaders.host]
        guard !hosts.isEmpty, hosts.allSatisfy(check.allows(authority:)) else { throw APIError.wrongHost(s) }
        let changes = request.method != .get && request.method != .head
        if changes, let origin = request.headers[.origin], !check.allows(origin: origin) { throw APIError.wrongHost(s) }
        let cookie = Self.cookieName(port: port.port)
        if let given = request.uri.queryParameters["token"] {
            guard token.matches(given) else { throw APIError.forbidden(s) }
            // The token leaves the address bar: a redirect to the same place without it, and a cookie.
            var response = Response(status: .seeOther, headers: [.location: Self.withoutToken(request.uri)])
            response.setCookie(Cookie(name: cookie, value: token.value, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        let presented = request.headers[SecurityHeaders.token].map { Substring($0) } ?? request.cookies[cookie].map { Substring($0.value) }
        guard token.matches(presented) else { throw APIError.forbidden(s) }
        return try await next(request, context)
    }

    /// The path and query of `uri` without its `token` parameter.
    static func withoutToken(_ uri: URI) -> String {
        let kept = (uri.query ?? "").split(separator: "&").filter { !$0.hasPrefix("token=") }
        return kept.isEmpty ? uri.path : uri.path + "?" + kept.joined(separator: "&")
    }

    /// The language of the answer: `?lang=` when it names one, else the server's.
    static func language(_ request: Request, default fallback: Language) -> Language {
        request.uri.queryParameters["lang"].flatMap { Language(parsing: String($0)) } ?? fallback
    }
}
