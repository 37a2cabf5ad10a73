import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Sociogram
import Testing
@testable import SociogramServer

extension ServerTests {
    @Suite("Server: the teacher's decisions about loose matches and unknown names")
    struct ServerNameDecisionTests {
        /// The survey with «Per» (on no roster) and the loose match «Jorgen Bø», with the 7b roster.
        private func open(_ client: any TestClientProtocol, fields: [(String, String)] = []) async throws -> TestResponse {
            let (body, headers) = ServerTest.multipart(
                files: [
                    ("survey", "7b-ukjent-navn.csv", ServerTest.fixture("fixtures/names/7b-ukjent-navn.csv")),
                    ("roster", "roster.csv", ServerTest.fixture("fixtures/7b/roster.csv")),
                ], fields: fields)
            return try await client.execute(uri: "/api/sessions?lang=nb", method: .post, headers: headers, body: body)
        }

        private func put(_ client: any TestClientProtocol, _ id: String, _ json: String) async throws -> TestResponse {
            try await client.execute(
                uri: "/api/sessions/\(id)/questions?lang=nb", method: .put,
                headers: ServerTest.authorised([.contentType: "application/json"]), body: ByteBuffer(string: json))
        }

        @Test("The reading offers a menu for each loose match and unknown name; a decision re-reads and shows as made")
        func decideNames() async throws {
            try await ServerTest.run { client in
                let opened = try ServerTest.json(try await open(client))
                let id = try #require(opened["session"] as? String)
                let reading = try #require(opened["reading"] as? [String: Any])
                let matches = try #require(reading["matches"] as? [[String: Any]])
                #expect(matches.first { $0["written"] as? String == "Jorgen Bø" }?["keepLabel"] as? String == "Behold: Jørgen Bø")
                let unknown = try #require(reading["unknown"] as? [[String: Any]])
                #expect(unknown.map { $0["written"] as? String } == ["Per"])
                #expect((unknown.first?["text"] as? String)?.contains("7b-ukjent-navn.csv:3:3") == true)
                #expect((reading["decisions"] as? [Any])?.isEmpty == true)

                let response = try await put(
                    client, id,
                    #"{"kinds": {}, "names": [{"written": "Jorgen Bø", "pupil": "Jonas Vik"}, {"written": "Per", "pupil": null}]}"#)
                #expect(response.status == .ok)
                let changed = try #require(try ServerTest.json(response)["reading"] as? [String: Any])
                let decisions = try #require(changed["decisions"] as? [[String: Any]])
                #expect(decisions.map { $0["text"] as? String } == [
                    "«Jorgen Bø»: leses som Jonas Vik, slik du bestemte", "«Per»: utelatt, slik du bestemte (2 valg)",
                ])
                #expect((changed["unknown"] as? [Any])?.isEmpty == true)
                #expect((changed["matches"] as? [[String: Any]])?.contains { $0["written"] as? String == "Jorgen Bø" } == false)

                // A question-kind change keeps the decisions; the analysis carries them.
                _ = try await put(client, id, #"{"kinds": {"q2": "other"}}"#)
                let analysis = ServerTest.text(
                    try await client.execute(uri: "/api/sessions/\(id)/analysis.json", method: .get, headers: ServerTest.authorised()))
                #expect(analysis.contains("«Per» er utelatt, slik du bestemte: 2 valg."))
                #expect(analysis.contains("\"name-decided\""))
            }
        }

        @Test("A decision naming nobody in the class list is 400 and leaves the session as it was")
        func badDecision() async throws {
            try await ServerTest.run { client in
                let id = try #require(try ServerTest.json(try await open(client))["session"] as? String)
                let bad = try await put(client, id, #"{"kinds": {}, "names": [{"written": "Per", "pupil": "Per Olsen"}]}"#)
                #expect(bad.status == .badRequest)
                let error = try #require(try ServerTest.json(bad)["error"] as? [String: Any])
                #expect((error["message"] as? String)?.contains("«Per Olsen»") == true)
                let again = try await client.execute(uri: "/api/sessions/\(id)?lang=nb", method: .get, headers: ServerTest.authorised())
                let reading = try #require(try ServerTest.json(again)["reading"] as? [String: Any])
                #expect((reading["unknown"] as? [[String: Any]])?.count == 1)
            }
        }

        @Test("Uploads take the command line's decisions as name and dropName fields")
        func uploadFields() async throws {
            try await ServerTest.run { client in
                let reading = try #require(
                    try ServerTest.json(try await open(client, fields: [("name", "Aase Lien=Åse Lien"), ("dropName", "Per")]))["reading"]
                        as? [String: Any])
                let decisions = try #require(reading["decisions"] as? [[String: Any]])
                #expect(decisions.map { $0["written"] as? String } == ["Aase Lien", "Per"])
            }
        }
    }
}
