import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import SociogramServer

/// The grade page's part of `docs/openapi.yaml` (the paths under `/api/grades`).
enum GradeOpenAPI {
    static let prefix = "  /api/grades"

    /// The document without the `/api/grades` paths (for the test of the other operations).
    static func withoutGradePaths(_ yaml: String) -> String {
        var kept: [Substring] = []
        var skipping = false
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            let indent = line.prefix { $0 == " " }.count
            if indent <= 2, !line.trimmingCharacters(in: .whitespaces).isEmpty { skipping = line.hasPrefix(prefix) }
            if !skipping { kept.append(line) }
        }
        return kept.joined(separator: "\n")
    }
}

extension ServerTests {
    @Suite("Server: the grade operations of docs/openapi.yaml answer as documented")
    struct ServerGradeOpenAPITests {
        @Test("Each documented grade operation is called; its status and content type are documented")
        func gradeOperationsAnswerAsDocumented() async throws {
            let yaml = String(decoding: ServerTest.fixture("docs/openapi.yaml"), as: UTF8.self)
            let spec = OpenAPIOperations(yaml: yaml)
            let grades = Set(spec.responses.keys.filter { $0.path.hasPrefix("/api/grades") })
            #expect(grades.count == 8)
            #expect(OpenAPIOperations(yaml: GradeOpenAPI.withoutGradePaths(yaml)).responses.count == spec.responses.count - grades.count)
            try await ServerTest.run { client in
                let (upload, headers) = GradeTest.gradeFileUpload
                let created = try await client.execute(uri: "/api/grades", method: .post, headers: headers, body: upload)
                let id = try ServerTest.json(created)["grade"] as? String ?? ""
                let json: HTTPFields = ServerTest.authorised([.contentType: "application/json"])
                let auth = ServerTest.authorised()
                let calls: [(OpenAPIOperations.Operation, String, HTTPFields, ByteBuffer?)] = [
                    (.init(method: "POST", path: "/api/grades"), "/api/grades", headers, upload),
                    (.init(method: "GET", path: "/api/grades/{id}"), "/api/grades/\(id)?lang=en", auth, nil),
                    (.init(method: "GET", path: "/api/grades/{id}/grade.json"), "/api/grades/\(id)/grade.json", auth, nil),
                    (.init(method: "GET", path: "/api/grades/{id}/grade.csv"), "/api/grades/\(id)/grade.csv?labels=codes", auth, nil),
                    (.init(method: "GET", path: "/api/grades/{id}/code-key.csv"), "/api/grades/\(id)/code-key.csv", auth, nil),
                    (.init(method: "POST", path: "/api/grades/{id}/placement"), "/api/grades/\(id)/placement", json,
                     ByteBuffer(string: #"{"classes": 4, "iterations": 1}"#)),
                    (.init(method: "GET", path: "/api/grades/{id}/placement.json"), "/api/grades/\(id)/placement.json", auth, nil),
                    (.init(method: "DELETE", path: "/api/grades/{id}"), "/api/grades/\(id)", auth, nil),
                ]
                #expect(Set(calls.map(\.0)) == grades, "every documented grade operation is called, and only those")
                for (operation, uri, headers, body) in calls {
                    let response = try await client.execute(
                        uri: uri, method: HTTPRequest.Method(rawValue: operation.method)!, headers: headers, body: body)
                    spec.expectDocumented(response, operation)
                }
                // The grade is forgotten: 404, as documented.
                let gone = try await client.execute(uri: "/api/grades/\(id)", method: .get, headers: auth)
                #expect(gone.status == .notFound)
                #expect(spec.responses[.init(method: "GET", path: "/api/grades/{id}")]?["404"] == ["application/json"])
            }
        }
    }
}
