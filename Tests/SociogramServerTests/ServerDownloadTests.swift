import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Sociogram
import SociogramWorkers
import Testing
@testable import SociogramServer

extension ServerTests {
    @Suite("Server: the report, downloads, suggestions, and drawing in worker processes")
    struct ServerDownloadTests {
        static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

        @Test("report.html, analysis.json, pupils.csv and the sociogram as PNG, SVG and PDF")
        func downloads() async throws {
            try await ServerTest.run { client in
                let id = try await ServerTest.openExample(client)
                let auth = ServerTest.authorised()
                let report = try await client.execute(uri: "/api/sessions/\(id)/report.html?lang=nb&pupil=7b07", method: .get, headers: auth)
                #expect(report.status == .ok)
                let html = ServerTest.text(report)
                #expect(html.contains("Sosiogram – 7B"))
                #expect(html.contains("Frida Løken"))
                #expect(report.headers[.contentSecurityPolicy] == HTMLReport.contentSecurityPolicy + "; frame-ancestors 'self'")
                #expect(report.headers[HTTPField.Name("X-Frame-Options")!] == "SAMEORIGIN")
                #expect(report.headers[.contentDisposition] == nil)
                let download = try await client.execute(uri: "/api/sessions/\(id)/report.html?download=1", method: .get, headers: auth)
                #expect(download.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"7B-report.html\"") == true)

                let analysis = try await client.execute(uri: "/api/sessions/\(id)/analysis.json", method: .get, headers: auth)
                let doc = try ServerTest.json(analysis)
                #expect(doc["schemaVersion"] as? Int == 1)
                #expect((doc["pupils"] as? [Any])?.count == 26)
                let csv = try await client.execute(uri: "/api/sessions/\(id)/pupils.csv", method: .get, headers: auth)
                #expect(Array(csv.body.readableBytesView.prefix(3)) == [0xEF, 0xBB, 0xBF])
                #expect(csv.headers[.contentDisposition]?.contains("7B-pupils.csv") == true)

                let png = try await client.execute(uri: "/api/sessions/\(id)/sociogram.png", method: .get, headers: auth)
                #expect(png.headers[.contentType] == "image/png")
                #expect(Array(png.body.readableBytesView.prefix(8)) == Self.png)
                let svg = try await client.execute(uri: "/api/sessions/\(id)/sociogram.svg", method: .get, headers: auth)
                #expect(ServerTest.text(svg).contains("<svg"))
                #expect(svg.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'none'") == true)
                let pdf = try await client.execute(uri: "/api/sessions/\(id)/sociogram.pdf?download=1", method: .get, headers: auth)
                #expect(ServerTest.text(pdf).hasPrefix("%PDF"))
                #expect(pdf.headers[.contentDisposition]?.contains("7B-sociogram.pdf") == true)
                let dot = try await client.execute(uri: "/api/sessions/\(id)/sociogram.dot", method: .get, headers: auth)
                #expect(dot.status == .notFound)
            }
        }

        @Test("Pseudonymised: no roster name in any output; the code key is its own download")
        func pseudonymised() async throws {
            try await ServerTest.run { client in
                let id = try await ServerTest.openExample(client)
                let auth = ServerTest.authorised()
                var outputs: [String: String] = [:]
                for file in ["report.html?pupil=7b07", "analysis.json", "pupils.csv", "sociogram.svg", "support?pupil=7b07"] {
                    let sep = file.contains("?") ? "&" : "?"
                    let response = try await client.execute(uri: "/api/sessions/\(id)/\(file)\(sep)labels=codes&download=1", method: .get, headers: auth)
                    #expect(response.status == .ok, "\(file)")
                    outputs[file] = ServerTest.text(response)
                }
                let groups = try await client.execute(
                    uri: "/api/sessions/\(id)/groups?labels=codes", method: .post, headers: ServerTest.authorised([.contentType: "application/json"]),
                    body: ByteBuffer(string: #"{"size": 4}"#))
                outputs["groups"] = ServerTest.text(groups)
                let groupsSVG = try await client.execute(uri: "/api/sessions/\(id)/groups/1.svg?labels=codes", method: .get, headers: auth)
                outputs["groups/1.svg"] = ServerTest.text(groupsSVG)
                for (file, text) in outputs {
                    #expect(!text.isEmpty, "\(file)")
                    for name in ServerTest.rosterNames {
                        #expect(!text.contains(name), "\(file) holds \(name)")
                        #expect(!text.contains(name.split(separator: " ")[0] + " "), "\(file) holds \(name)'s first name")
                    }
                }
                let key = try await client.execute(uri: "/api/sessions/\(id)/code-key.csv", method: .get, headers: auth)
                let keyText = ServerTest.text(key)
                for name in ServerTest.rosterNames { #expect(keyText.contains(name)) }
                #expect(key.headers[.contentDisposition]?.contains("7B-code-key.csv") == true)
                let named = try await client.execute(uri: "/api/sessions/\(id)/report.html?download=1&labels=codes", method: .get, headers: auth)
                #expect(named.headers[.contentDisposition]?.contains("7B-report-codes.html") == true)
            }
        }

        @Test("One pupil: supporters with reasons and the consent reminder, and a support group")
        func support() async throws {
            try await ServerTest.run { client in
                let id = try await ServerTest.openExample(client)
                let response = try await client.execute(uri: "/api/sessions/\(id)/support?pupil=7b07&lang=nb", method: .get, headers: ServerTest.authorised())
                #expect(response.status == .ok)
                let answer = try ServerTest.json(response)
                let supporters = try #require(answer["supporters"] as? [String: Any])
                #expect(supporters["consentReminder"] as? String == Strings(.nb).consentReminder)
                let list = try #require(supporters["supporters"] as? [[String: Any]])
                #expect(list.count == 5)
                #expect(list.allSatisfy { !(($0["reasons"] as? [Any]) ?? []).isEmpty })
                let group = try #require(answer["supportGroup"] as? [String: Any])
                #expect((group["members"] as? [Any])?.count == 6)
                let unknown = try await client.execute(uri: "/api/sessions/\(id)/support?pupil=nobody", method: .get, headers: ServerTest.authorised())
                #expect(unknown.status == .badRequest)
            }
        }

        @Test("Work groups: rounds, apart and absent honoured, one diagram per round")
        func groups() async throws {
            try await ServerTest.run { client in
                let id = try await ServerTest.openExample(client)
                let request = #"{"size": 4, "rounds": 2, "leaders": "prosocial", "balanceGender": true, "apart": [["7b13", "7b20"]], "absent": ["7b08"], "together": [["7b08", "7b01"]]}"#
                let response = try await client.execute(
                    uri: "/api/sessions/\(id)/groups?lang=nb", method: .post, headers: ServerTest.authorised([.contentType: "application/json"]),
                    body: ByteBuffer(string: request))
                #expect(response.status == .ok)
                let answer = try ServerTest.json(response)
                #expect(answer["diagrams"] as? [String] == ["groups/1.svg", "groups/2.svg"])
                #expect((answer["ignored"] as? [String])?.count == 1)
                let doc = try #require(answer["groups"] as? [String: Any])
                let rounds = try #require(doc["rounds"] as? [[String: Any]])
                #expect(rounds.count == 2)
                for round in rounds {
                    let groups = try #require(round["groups"] as? [[String: Any]])
                    let members = groups.map { ($0["members"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }
                    #expect(members.joined().count == 25)
                    #expect(!members.joined().contains("7b08"))
                    #expect(!members.contains { $0.contains("7b13") && $0.contains("7b20") })
                }
                let png = try await client.execute(uri: "/api/sessions/\(id)/groups/2.png", method: .get, headers: ServerTest.authorised())
                #expect(Array(png.body.readableBytesView.prefix(8)) == Self.png)
                let missing = try await client.execute(uri: "/api/sessions/\(id)/groups/3.png", method: .get, headers: ServerTest.authorised())
                #expect(missing.status == .notFound)
                let tooSmall = try await client.execute(
                    uri: "/api/sessions/\(id)/groups", method: .post, headers: ServerTest.authorised([.contentType: "application/json"]),
                    body: ByteBuffer(string: #"{"size": 1}"#))
                #expect(tooSmall.status == .badRequest)
            }
        }

        @Test("Drawn in worker processes: a Graphviz crash answers that request with 500, and the app goes on")
        func crashIsolated() async throws {
            let pool = try RenderWorkerPool(
                executable: WorkerBinary.url, processes: 1, environment: ["SOCIOGRAM_TEST_RENDER_FAULTS": "1"])
            let app = try ServerTest.app(renderer: pool.renderer)
            try await ServerTest.run(app) { client in
                let crashing = Array("from,to,question\nsociogram-test-abort,Kari Nordmann,Hvem vil du helst være sammen med?\nKari Nordmann,sociogram-test-abort,Hvem vil du helst være sammen med?\n".utf8)
                let (body, headers) = ServerTest.multipart(files: [("survey", "crash.csv", crashing)])
                let opened = try await client.execute(uri: "/api/sessions", method: .post, headers: headers, body: body)
                let id = try ServerTest.json(opened)["session"] as? String ?? ""
                let crashed = try await client.execute(uri: "/api/sessions/\(id)/sociogram.png?lang=en", method: .get, headers: ServerTest.authorised())
                #expect(crashed.status == .internalServerError)
                let error = try #require(try ServerTest.json(crashed)["error"] as? [String: Any])
                #expect(error["code"] as? String == "render-failed")
                #expect((error["message"] as? String)?.contains("The rest of the app still works") == true)
                let example = try await ServerTest.openExample(client)
                let fine = try await client.execute(uri: "/api/sessions/\(example)/sociogram.png", method: .get, headers: ServerTest.authorised())
                #expect(fine.status == .ok)
                #expect(Array(fine.body.readableBytesView.prefix(8)) == Self.png)
                let report = try await client.execute(uri: "/api/sessions/\(example)/report.html", method: .get, headers: ServerTest.authorised())
                #expect(report.status == .ok)
            }
            await pool.shutdown()
        }
    }
}
