import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Sociogram
import Testing
@testable import SociogramServer

/// What the server tests share: an app with a fixed token, requests that carry it, multipart bodies
/// and the fixture files.
enum ServerTest {
    static let token = AccessToken("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")!
    /// The router test client names the server `localhost` without a port, which is port 80.
    static let port = 80

    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func fixture(_ path: String) -> [UInt8] {
        Array((try? Data(contentsOf: repoRoot.appendingPathComponent(path))) ?? Data())
    }

    static var rosterNames: [String] {
        let text = String(decoding: fixture("fixtures/7b/roster.csv"), as: UTF8.self)
        return text.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",")[1].description }
    }

    /// The web app drawing in this process (the render pool has its own test).
    static func app(
        maxFileBytes: Int = SurveyImporter.maxFileBytes, renderer: any DiagramRendering = InProcessGraphviz()
    ) throws -> SociogramWebApp {
        let configuration = try ServeConfiguration(port: port, token: token, language: .nb, maxFileBytes: maxFileBytes)
        return SociogramWebApp(configuration: configuration, renderer: renderer)
    }

    /// Runs `test` against the app's router (no socket).
    static func run<T: Sendable>(
        _ app: SociogramWebApp? = nil, _ test: @escaping @Sendable (any TestClientProtocol) async throws -> T
    ) async throws -> T {
        let web = try app ?? self.app()
        return try await Application(router: web.router()).test(.router) { client in try await test(client) }
    }

    /// Headers with the token (as the page's cookie would carry it).
    static func authorised(_ extra: HTTPFields = [:]) -> HTTPFields {
        var fields = extra
        fields[HTTPField.Name("X-Sociogram-Token")!] = token.value
        return fields
    }

    /// A `multipart/form-data` body and its content type.
    static func multipart(files: [(field: String, name: String, bytes: [UInt8])], fields: [(String, String)] = []) -> (ByteBuffer, HTTPFields) {
        let boundary = "sociogram-test-boundary-1234"
        var body: [UInt8] = []
        func add(_ text: String) { body += Array(text.utf8) }
        for f in files {
            add("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(f.field)\"; filename=\"\(f.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            body += f.bytes
            add("\r\n")
        }
        for (name, value) in fields {
            add("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        add("--\(boundary)--\r\n")
        return (ByteBuffer(bytes: body), authorised([.contentType: "multipart/form-data; boundary=\(boundary)"]))
    }

    /// The example class's survey and roster as an upload.
    static func exampleUpload(fields: [(String, String)] = []) -> (ByteBuffer, HTTPFields) {
        multipart(
            files: [
                ("survey", "7b.csv", fixture("fixtures/7b/excel-valg-columns.csv")),
                ("roster", "roster.csv", fixture("fixtures/7b/roster.csv")),
            ], fields: fields)
    }

    static func json(_ response: TestResponse) throws -> [String: Any] {
        (try JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [String: Any] ?? [:]
    }

    static func text(_ response: TestResponse) -> String { String(buffer: response.body) }

    /// Loads the example class and returns the session id.
    static func openExample(_ client: any TestClientProtocol, lang: String = "nb") async throws -> String {
        let response = try await client.execute(uri: "/api/sessions/example?lang=\(lang)", method: .post, headers: authorised())
        return try json(response)["session"] as? String ?? ""
    }
}

/// Every suite of the web app's tests, one test at a time: they draw reports and start worker
/// processes, and run beside the rest of the package's tests on two cores, where some tests time
/// healthy work (the render pool's and batch's timeouts).
@Suite(.serialized) enum ServerTests {}
