import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Sociogram
import Testing
@testable import SociogramServer

extension ServerTests {
    @Suite("Server: seating plans (klassekart), their charts and seating.json")
    struct ServerSeatingTests {
        static let json = ServerTest.authorised([.contentType: "application/json"])

        static func post(_ client: any TestClientProtocol, _ id: String, _ body: String, query: String = "lang=nb") async throws -> TestResponse {
            try await client.execute(uri: "/api/sessions/\(id)/seating?\(query)", method: .post, headers: json, body: ByteBuffer(string: body))
        }

        /// Each rotation's seats: pupil id → seat entry.
        static func seats(_ rotation: [String: Any]) -> [(id: String, row: Int, seat: String)] {
            (rotation["seats"] as? [[String: Any]] ?? []).compactMap { entry in
                guard let pupil = entry["pupil"] as? [String: Any], let id = pupil["id"] as? String else { return nil }
                return (id, entry["row"] as? Int ?? 0, entry["seat"] as? String ?? "")
            }
        }

        @Test("7B in pairs:5x3, two rotations: every pupil seated once, the apart pair never neighbours, the fixed pupil in front")
        func planForTheExample() async throws {
            try await ServerTest.run { client in
                let id = try await ServerTest.openExample(client)
                let none = try await client.execute(uri: "/api/sessions/\(id)/seating", method: .get, headers: ServerTest.authorised())
                #expect(none.status == .notFound)
                let room = try await client.execute(uri: "/api/sessions/\(id)/seating-room?room=pairs:5x3&lang=en", method: .get, headers: ServerTest.authorised())
                let roomAnswer = try ServerTest.json(room)
                #expect(roomAnswer["capacity"] as? Int == 30)
                #expect(roomAnswer["pupils"] as? Int == 26)
                #expect((roomAnswer["seats"] as? [String])?.count == 30)
                #expect(roomAnswer["front"] as? [String] == ["A1", "A2", "A3", "A4", "A5", "A6"])
                #expect(roomAnswer["text"] as? String == "pairs:5x3: 30 seats for 26 pupils.")

                let started = ContinuousClock.now
                let response = try await Self.post(client, id, #"""
                    {"room": "pairs:5x3", "rotations": 2, "apart": [["7b13", "7b20"], ["7b01", "7b02"]],
                     "fixed": [{"pupil": "7b07", "seat": "front"}, {"pupil": "7b10", "seat": "e6"}]}
                    """#)
                print("seating: POST pairs:5x3, 2 rotations took \(ContinuousClock.now - started)")
                #expect(response.status == .ok, "\(ServerTest.text(response))")
                let answer = try ServerTest.json(response)
                #expect(answer["charts"] as? [String] == ["seating/1.svg", "seating/2.svg"])
                #expect(answer["titles"] as? [String] == ["Rotasjon 1 av 2", "Rotasjon 2 av 2"])
                #expect(answer["needsAttention"] as? Bool == false)
                #expect((answer["lines"] as? [String])?.first == Strings(.nb).seatingTitle("7B", room: "pairs:5x3"))
                let doc = try #require(answer["seating"] as? [String: Any])
                #expect(doc["schemaVersion"] as? Int == 1)
                #expect(doc["caveat"] as? String == Strings(.nb).seatingCaveat)
                let rotations = try #require(doc["rotations"] as? [[String: Any]])
                #expect(rotations.count == 2)
                for rotation in rotations {
                    let seated = Self.seats(rotation)
                    #expect(seated.count == 26)
                    #expect(Set(seated.map(\.id)).count == 26, "every pupil once")
                    #expect(seated.first { $0.id == "7b07" }?.row == 1)
                    #expect(seated.first { $0.id == "7b10" }?.seat == "E6")
                    let pairs = (rotation["neighbours"] as? [[String: Any]] ?? []).map { n in
                        Set([n["a"], n["b"]].compactMap { ($0 as? [String: Any])?["id"] as? String })
                    }
                    #expect(!pairs.contains(["7b13", "7b20"]))
                    #expect(!pairs.contains(["7b01", "7b02"]))
                    #expect((rotation["unmet"] as? [[String: Any]] ?? []).allSatisfy { $0["hard"] as? Bool == false })
                }

                let png = try await client.execute(uri: "/api/sessions/\(id)/seating/2.png?download=1", method: .get, headers: ServerTest.authorised())
                #expect(png.headers[.contentType] == "image/png")
                #expect(Array(png.body.readableBytesView.prefix(8)) == ServerDownloadTests.png)
                #expect(png.headers[.contentDisposition]?.contains("7B-seating-r2.png") == true)
                let svg = try await client.execute(uri: "/api/sessions/\(id)/seating/1.svg", method: .get, headers: ServerTest.authorised())
                #expect(ServerTest.text(svg).contains("<svg"))
                #expect(ServerTest.text(svg).contains("TAVLE"))
                #expect(svg.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'none'") == true)
                let pdf = try await client.execute(uri: "/api/sessions/\(id)/seating/1.pdf", method: .get, headers: ServerTest.authorised())
                #expect(ServerTest.text(pdf).hasPrefix("%PDF"))
                let missing = try await client.execute(uri: "/api/sessions/\(id)/seating/3.png", method: .get, headers: ServerTest.authorised())
                #expect(missing.status == .notFound)
                let file = try await client.execute(uri: "/api/sessions/\(id)/seating.json?lang=nn&download=1", method: .get, headers: ServerTest.authorised())
                #expect(file.headers[.contentDisposition]?.contains("7B-seating.json") == true)
                let nn = try ServerTest.json(file)
                #expect(nn["language"] as? String == "nn")
                #expect(nn["caveat"] as? String == Strings(.nn).seatingCaveat)
                #expect((nn["rotations"] as? [[String: Any]]).map { $0.map(Self.seats).map { $0.map(\.id) } }
                    == rotations.map(Self.seats).map { $0.map(\.id) }, "the same plans in another language")

                // Reading the survey again (a kind changed) forgets the plans.
                _ = try await client.execute(
                    uri: "/api/sessions/\(id)/questions", method: .put, headers: Self.json, body: ByteBuffer(string: #"{"kinds": {"q4": "other"}}"#))
                let gone = try await client.execute(uri: "/api/sessions/\(id)/seating/1.svg", method: .get, headers: ServerTest.authorised())
                #expect(gone.status == .notFound)
            }
        }

        @Test("Bad options are 400 with the error body in the chosen language")
        func badOptions() async throws {
            try await ServerTest.run { client in
                let id = try await ServerTest.openExample(client)
                func error(_ body: String, lang: String = "en") async throws -> (HTTPResponse.Status, String, String) {
                    let response = try await Self.post(client, id, body, query: "lang=\(lang)")
                    let detail = try ServerTest.json(response)["error"] as? [String: Any] ?? [:]
                    return (response.status, detail["code"] as? String ?? "", detail["message"] as? String ?? "")
                }
                let preset = try await error(#"{"room": "pairs:0x3"}"#, lang: "nn")
                #expect(preset == (.badRequest, "badPreset", RoomError(.badPreset("pairs:0x3")).message(.nn)))
                let small = try await error(#"{"room": "pairs:2x2"}"#)
                #expect(small.0 == .badRequest)
                #expect(small.1 == "sizeLargerThanClass")
                #expect(small.2 == "The room pairs:2x2 has 8 seats for 26 pupils.")
                let rotations = try await error(#"{"room": "pairs:5x3", "rotations": 21}"#, lang: "nb")
                #expect(rotations == (.badRequest, "badOption", Strings(.nb).serveSeatingRotationsRange(maxRotations: 20, maxIterations: 200_000)))
                let pupil = try await error(#"{"room": "pairs:5x3", "apart": [["7b01", "nobody"]]}"#)
                #expect(pupil == (.badRequest, "unknownPupil", Strings(.en).serveUnknownPupil))
                let seat = try await error(#"{"room": "pairs:5x3", "fixed": [{"pupil": "7b01", "seat": "Z9"}]}"#)
                #expect(seat == (.badRequest, "badOption", Strings(.en).serveSeatingNoSeat(room: "pairs:5x3", seat: "Z9")))
                let twice = try await error(#"{"room": "pairs:5x3", "fixed": [{"pupil": "7b01", "seat": "A1"}, {"pupil": "7b02", "seat": "A1"}]}"#)
                #expect(twice.0 == .badRequest)
                #expect(twice.1 == "contradictoryPairs")
                let broken = try await error(#"{"rooms": 3}"#)
                #expect(broken.0 == .badRequest)
                #expect(broken.1 == "bad-request")
                let room = try await client.execute(uri: "/api/sessions/\(id)/seating-room?room=circle:3", method: .get, headers: ServerTest.authorised())
                #expect(room.status == .badRequest)
            }
        }

        @Test("Pseudonymised: no pupil's name in the plan, the chart or seating.json")
        func pseudonymised() async throws {
            try await ServerTest.run { client in
                let id = try await ServerTest.openExample(client)
                // Every word of every name (the chart writes first name and surname on two lines).
                let words = Set(ServerTest.rosterNames.flatMap { $0.split(separator: " ").map(String.init) }.filter { $0.count >= 3 })
                #expect(words.count > 20)
                let coded = try await Self.post(
                    client, id, #"{"room": "islands:6x5", "fixed": [{"pupil": "7b01", "seat": "A1"}, {"pupil": "7b02", "seat": "A1"}]}"#,
                    query: "lang=nb&labels=codes")
                #expect(coded.status == .badRequest)
                let message = ServerTest.text(coded)
                #expect(!words.contains { message.contains($0) }, "\(message)")
                let response = try await Self.post(client, id, #"{"room": "islands:6x5", "apart": [["7b13", "7b20"]], "iterations": 3000}"#, query: "lang=nb&labels=codes")
                #expect(response.status == .ok)
                var outputs = ["answer": ServerTest.text(response)]
                for file in ["seating/1.svg", "seating.json", "seating"] {
                    let r = try await client.execute(uri: "/api/sessions/\(id)/\(file)?labels=codes", method: .get, headers: ServerTest.authorised())
                    #expect(r.status == .ok)
                    outputs[file] = ServerTest.text(r)
                }
                for (file, text) in outputs {
                    let leaked = words.filter { text.contains($0) }
                    #expect(leaked.isEmpty, "\(file) holds \(leaked.sorted())")
                }
                #expect(outputs["seating.json"]?.contains("\"pseudonymised\" : true") == true)
                // With names, the same chart shows them (the check above is not empty by construction).
                let named = try await client.execute(uri: "/api/sessions/\(id)/seating/1.svg", method: .get, headers: ServerTest.authorised())
                #expect(words.filter { ServerTest.text(named).contains($0) }.count > words.count / 2)
            }
        }
    }
}

extension ServerTests.ServerSeatingTests {
    @Test("A pair kept together sits beside each other; a pair both apart and together is 400")
    func together() async throws {
        try await ServerTest.run { client in
            let id = try await ServerTest.openExample(client)
            let response = try await Self.post(client, id, #"{"room": "rows:5x6", "together": [["7b05", "7b22"]], "iterations": 5000}"#)
            #expect(response.status == .ok, "\(ServerTest.text(response))")
            let rotation = try #require(((try ServerTest.json(response))["seating"] as? [String: Any])?["rotations"] as? [[String: Any]]).first ?? [:]
            let beside = (rotation["neighbours"] as? [[String: Any]] ?? []).contains { n in
                Set([n["a"], n["b"]].compactMap { ($0 as? [String: Any])?["id"] as? String }) == ["7b05", "7b22"]
                    && ["table", "beside"].contains(n["kind"] as? String ?? "")
            }
            #expect(beside)
            let both = try await Self.post(client, id, #"{"room": "rows:5x6", "together": [["7b05", "7b22"]], "apart": [["7b22", "7b05"]]}"#)
            #expect(both.status == .badRequest)
            #expect((try ServerTest.json(both)["error"] as? [String: Any])?["code"] as? String == "contradictoryPairs")
        }
    }
}
