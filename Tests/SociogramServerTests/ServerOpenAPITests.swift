import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import SociogramServer

/// The operations of `docs/openapi.yaml`, read line by line (its layout is regular: paths at two
/// spaces, methods at four, status codes at eight, media types at twelve).
struct OpenAPIOperations {
    struct Operation: Hashable {
        let method: String
        let path: String
    }

    /// Documented status codes of each operation, with the media types of each (empty: no body).
    private(set) var responses: [Operation: [String: Set<String>]] = [:]

    init(yaml: String) {
        var path: String?
        var method: String?
        var status: String?
        var inResponses = false
        for raw in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            let indent = line.prefix { $0 == " " }.count
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty || text.hasPrefix("#") { continue }
            if indent == 0 { path = nil; method = nil; inResponses = false; continue }
            if indent == 2, text.hasPrefix("/"), text.hasSuffix(":") { path = String(text.dropLast()); method = nil; continue }
            if indent == 4, let p = path, ["get:", "post:", "put:", "delete:"].contains(text) {
                method = String(text.dropLast()).uppercased()
                responses[Operation(method: method!, path: p)] = [:]
                inResponses = false
                continue
            }
            guard let p = path, let m = method else { continue }
            let op = Operation(method: m, path: p)
            if indent == 6 { inResponses = text == "responses:"; continue }
            guard inResponses else { continue }
            if indent == 8, text.hasPrefix("\""), text.hasSuffix("\":") {
                status = String(text.dropFirst().dropLast(2))
                responses[op]?[status!] = []
            } else if indent == 10, text.hasPrefix("$ref:"), let s = status {
                responses[op]?[s] = ["application/json"]
            } else if indent == 12, text.hasSuffix(":") || text.hasSuffix("{}"), let s = status {
                let media = text.split(separator: ":").first.map(String.init) ?? ""
                if media.contains("/") { responses[op]?[s, default: []].insert(media) }
            }
        }
    }

    /// Checks one answer of `operation` against the document: its status is documented for the
    /// operation and is a success, and its media type is one the document names for that status.
    func expectDocumented(_ response: TestResponse, _ operation: Operation, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let documented = responses[operation] ?? [:]
        let status = String(response.status.code)
        #expect(documented[status] != nil, "\(operation.method) \(operation.path): \(status) is not documented", sourceLocation: sourceLocation)
        #expect(response.status.code < 400, "\(operation.method) \(operation.path) answered \(status)", sourceLocation: sourceLocation)
        if let media = documented[status], !media.isEmpty {
            let type = response.headers[.contentType].map { String($0.split(separator: ";")[0]) } ?? ""
            #expect(media.contains(type), "\(operation.method) \(operation.path): \(type) is not documented", sourceLocation: sourceLocation)
        }
    }
}

extension ServerTests {
    @Suite("Server: every operation of docs/openapi.yaml answers as documented")
    struct ServerOpenAPITests {
        @Test("Each documented operation is called; its status and content type are documented")
        func operationsAnswerAsDocumented() async throws {
            let yaml = GradeOpenAPI.withoutGradePaths(String(decoding: ServerTest.fixture("docs/openapi.yaml"), as: UTF8.self))
            let spec = OpenAPIOperations(yaml: yaml)
            #expect(spec.responses.count == 30)
            try await ServerTest.run { client in
                let id = try await ServerTest.openExample(client)
                let json: HTTPFields = ServerTest.authorised([.contentType: "application/json"])
                let (upload, uploadHeaders) = ServerTest.exampleUpload()
                let (before, beforeHeaders) = ServerTest.multipart(files: [("before", "forms-nb.csv", ServerTest.fixture("fixtures/7b/forms-nb.csv"))])
                let (kit, kitHeaders) = ServerTest.multipart(files: [("roster", "roster.csv", ServerTest.fixture("fixtures/7b/roster.csv"))])
                // In an order that makes each call meaningful (groups before their diagrams, the earlier
                // survey before the comparison, deletions last).
                let calls: [(OpenAPIOperations.Operation, String, HTTPFields, ByteBuffer?)] = [
                    (.init(method: "GET", path: "/"), "/", ServerTest.authorised(), nil),
                    (.init(method: "GET", path: "/app.js"), "/app.js", ServerTest.authorised(), nil),
                    (.init(method: "GET", path: "/app.css"), "/app.css", ServerTest.authorised(), nil),
                    (.init(method: "GET", path: "/api/texts"), "/api/texts?lang=nn", ServerTest.authorised(), nil),
                    (.init(method: "POST", path: "/api/analyze"), "/api/analyze", uploadHeaders, upload),
                    (.init(method: "POST", path: "/api/sessions"), "/api/sessions", uploadHeaders, upload),
                    (.init(method: "POST", path: "/api/sessions/example"), "/api/sessions/example", ServerTest.authorised(), nil),
                    (.init(method: "GET", path: "/api/sessions/{id}"), "/api/sessions/\(id)", ServerTest.authorised(), nil),
                    (.init(method: "PUT", path: "/api/sessions/{id}/questions"), "/api/sessions/\(id)/questions", json,
                     ByteBuffer(string: #"{"kinds": {"q4": "influence"}}"#)),
                    (.init(method: "GET", path: "/api/sessions/{id}/report.html"), "/api/sessions/\(id)/report.html?pupil=7b07", ServerTest.authorised(), nil),
                    (.init(method: "GET", path: "/api/sessions/{id}/analysis.json"), "/api/sessions/\(id)/analysis.json", ServerTest.authorised(), nil),
                    (.init(method: "GET", path: "/api/sessions/{id}/pupils.csv"), "/api/sessions/\(id)/pupils.csv", ServerTest.authorised(), nil),
                    (.init(method: "GET", path: "/api/sessions/{id}/code-key.csv"), "/api/sessions/\(id)/code-key.csv", ServerTest.authorised(), nil),
                    (.init(method: "GET", path: "/api/sessions/{id}/sociogram.{format}"), "/api/sessions/\(id)/sociogram.svg", ServerTest.authorised(), nil),
                    (.init(method: "GET", path: "/api/sessions/{id}/support"), "/api/sessions/\(id)/support?pupil=7b07", ServerTest.authorised(), nil),
                    (.init(method: "POST", path: "/api/sessions/{id}/groups"), "/api/sessions/\(id)/groups", json, ByteBuffer(string: #"{"size": 5}"#)),
                    (.init(method: "GET", path: "/api/sessions/{id}/groups/{file}"), "/api/sessions/\(id)/groups/1.png", ServerTest.authorised(), nil),
                    (.init(method: "GET", path: "/api/sessions/{id}/seating-room"), "/api/sessions/\(id)/seating-room?room=horseshoe:28", ServerTest.authorised(), nil),
                    (.init(method: "POST", path: "/api/sessions/{id}/seating"), "/api/sessions/\(id)/seating", json,
                     ByteBuffer(string: #"{"room": "pairs:5x3", "iterations": 2000}"#)),
                    (.init(method: "GET", path: "/api/sessions/{id}/seating"), "/api/sessions/\(id)/seating?labels=codes", ServerTest.authorised(), nil),
                    (.init(method: "GET", path: "/api/sessions/{id}/seating.json"), "/api/sessions/\(id)/seating.json", ServerTest.authorised(), nil),
                    (.init(method: "GET", path: "/api/sessions/{id}/seating/{file}"), "/api/sessions/\(id)/seating/1.svg", ServerTest.authorised(), nil),
                    (.init(method: "POST", path: "/api/sessions/{id}/before"), "/api/sessions/\(id)/before", beforeHeaders, before),
                    (.init(method: "GET", path: "/api/sessions/{id}/comparison"), "/api/sessions/\(id)/comparison", ServerTest.authorised(), nil),
                    (.init(method: "GET", path: "/api/sessions/{id}/compare.json"), "/api/sessions/\(id)/compare.json", ServerTest.authorised(), nil),
                    (.init(method: "GET", path: "/api/sessions/{id}/difference.{format}"), "/api/sessions/\(id)/difference.pdf", ServerTest.authorised(), nil),
                    (.init(method: "DELETE", path: "/api/sessions/{id}/before"), "/api/sessions/\(id)/before", ServerTest.authorised(), nil),
                    (.init(method: "POST", path: "/api/kit"), "/api/kit", kitHeaders, kit),
                    (.init(method: "DELETE", path: "/api/sessions/{id}"), "/api/sessions/\(id)", ServerTest.authorised(), nil),
                    (.init(method: "DELETE", path: "/api/sessions"), "/api/sessions", ServerTest.authorised(), nil),
                ]
                #expect(Set(calls.map(\.0)) == Set(spec.responses.keys), "every documented operation is called, and only those")
                for (operation, uri, headers, body) in calls {
                    let response = try await client.execute(
                        uri: uri, method: HTTPRequest.Method(rawValue: operation.method)!, headers: headers, body: body)
                    spec.expectDocumented(response, operation)
                }
                // An error answer of each kind is documented where it can occur.
                let gone = try await client.execute(uri: "/api/sessions/\(id)/compare.json", method: .get, headers: ServerTest.authorised())
                #expect(gone.status == .notFound)
                #expect(spec.responses[.init(method: "GET", path: "/api/sessions/{id}/compare.json")]?["404"] == ["application/json"])
            }
        }
    }
}
