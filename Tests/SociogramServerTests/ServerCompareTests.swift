import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Sociogram
import Testing
@testable import SociogramServer

extension ServerTests {
    @Suite("Server: comparing with an earlier survey")
    struct ServerCompareTests {
        static func open(_ client: any TestClientProtocol, _ file: String) async throws -> String {
            let (body, headers) = ServerTest.multipart(files: [("survey", "after.csv", ServerTest.fixture(file))])
            return try ServerTest.json(try await client.execute(uri: "/api/sessions", method: .post, headers: headers, body: body))["session"]
                as? String ?? ""
        }

        @Test("An earlier survey: the lines of `sociogram compare`, compare.json, the difference sociogram, the report's change section")
        func compare() async throws {
            let before = try SurveyImporter.load(path: ServerTest.repoRoot.appendingPathComponent("fixtures/waves/before.csv").path)
            let after = try SurveyImporter.load(
                bytes: ServerTest.fixture("fixtures/waves/after.csv"), fileName: "after.csv")
            let expected = try Comparison.run(
                before: before.network, after: after.network,
                options: CompareOptions(beforeLabel: Strings(.en).compareBeforeLabel, afterLabel: Strings(.en).compareAfterLabel))
            try await ServerTest.run { client in
                let id = try await Self.open(client, "fixtures/waves/after.csv")
                let auth = ServerTest.authorised()
                let none = try await client.execute(uri: "/api/sessions/\(id)/compare.json", method: .get, headers: auth)
                #expect(none.status == .notFound)
                let (body, headers) = ServerTest.multipart(files: [("before", "before.csv", ServerTest.fixture("fixtures/waves/before.csv"))])
                let response = try await client.execute(uri: "/api/sessions/\(id)/before?lang=en", method: .post, headers: headers, body: body)
                #expect(response.status == .ok)
                let answer = try ServerTest.json(response)
                #expect(answer["lines"] as? [String] == CompareText.lines(expected.document, language: .en))
                let json = try await client.execute(uri: "/api/sessions/\(id)/compare.json?lang=en", method: .get, headers: auth)
                #expect(Data(buffer: json.body) == (try expected.document.jsonData()))
                let png = try await client.execute(uri: "/api/sessions/\(id)/difference.png", method: .get, headers: auth)
                #expect(Array(png.body.readableBytesView.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
                let frida = try #require(after.network.pupils.first { $0.name == "Frida Holm" })
                let report = try await client.execute(uri: "/api/sessions/\(id)/report.html?lang=nb&pupil=\(frida.id)", method: .get, headers: auth)
                let html = ServerTest.text(report)
                #expect(html.contains("id=\"change\""))
                let key = ServerTest.text(try await client.execute(uri: "/api/sessions/\(id)/code-key.csv", method: .get, headers: auth))
                #expect(key.contains("Hanne Juul"))
                let coded = ServerTest.text(try await client.execute(uri: "/api/sessions/\(id)/compare.json?labels=codes", method: .get, headers: auth))
                for name in ["Anna Berg", "Hanne Juul", "Ivar Krogh", "Frida Holm"] { #expect(!coded.contains(name)) }
                let removed = try await client.execute(uri: "/api/sessions/\(id)/before", method: .delete, headers: auth)
                #expect(removed.status == .noContent)
                #expect(try await client.execute(uri: "/api/sessions/\(id)/compare.json", method: .get, headers: auth).status == .notFound)
            }
        }

        @Test("An earlier file that cannot be read is 400 with file and line, and is not kept")
        func badEarlierFile() async throws {
            try await ServerTest.run { client in
                let id = try await Self.open(client, "fixtures/waves/after.csv")
                let broken = Array("fra;til;spørsmål\nAnna Berg;\"Bjørn Dahl;Hvem?\n".utf8)
                let (body, headers) = ServerTest.multipart(files: [("before", "tidligere.csv", broken)])
                let response = try await client.execute(uri: "/api/sessions/\(id)/before", method: .post, headers: headers, body: body)
                #expect(response.status == .badRequest)
                let error = try #require(try ServerTest.json(response)["error"] as? [String: Any])
                #expect(error["file"] as? String == "tidligere.csv")
                #expect(error["line"] as? Int == 2)
                let auth = ServerTest.authorised()
                #expect(try await client.execute(uri: "/api/sessions/\(id)/compare.json", method: .get, headers: auth).status == .notFound)
            }
        }
    }
}
