import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Sociogram
import Testing
@testable import SociogramServer

extension ServerTests {
    @Suite("Server: loading a survey and how it was read")
    struct ServerSurveyTests {
        @Test("An upload answers with how the file was read, as inspect tells it")
        func uploadGivesReading() async throws {
            try await ServerTest.run { client in
                let (body, headers) = ServerTest.exampleUpload()
                let response = try await client.execute(uri: "/api/sessions?lang=nb", method: .post, headers: headers, body: body)
                #expect(response.status == .created)
                let answer = try ServerTest.json(response)
                let reading = try #require(answer["reading"] as? [String: Any])
                #expect((answer["session"] as? String)?.count == 32)
                let line = reading["classLine"] as? String ?? ""
                // The upload's file name is not a class name: without a class column the class is «Klassen».
                #expect(line.hasPrefix("Klassen: 26 elever, 24 svarte (92") && line.hasSuffix("164 valg"))
                #expect(reading["didNotAnswer"] as? [String] == ["Hanne Ødegård", "Kristoffer Håland"])
                let questions = try #require(reading["questions"] as? [[String: Any]])
                #expect(questions.map { $0["kind"] as? String } == ["positive", "negative", "prosocial", "influence"])
                #expect(questions.allSatisfy { $0["source"] as? String == "gjettet fra teksten" })
                let matches = try #require(reading["matches"] as? [[String: Any]])
                #expect(matches.count == 7)
                #expect(matches.contains { $0["written"] as? String == "Jorgen Bø" && $0["pupilName"] as? String == "Jørgen Bø" })
                #expect((reading["pupils"] as? [Any])?.count == 26)
                #expect((reading["unknownNames"] as? [Any])?.isEmpty == true)
            }
        }

        @Test("The example class is embedded: the fixture files, byte for byte")
        func exampleIsTheFixture() async throws {
            #expect(ExampleClass.survey.bytes == ServerTest.fixture("fixtures/7b/excel-valg-columns.csv"))
            #expect(ExampleClass.roster.bytes == ServerTest.fixture("fixtures/7b/roster.csv"))
            try await ServerTest.run { client in
                let response = try await client.execute(uri: "/api/sessions/example?lang=en", method: .post, headers: ServerTest.authorised())
                #expect(response.status == .created)
                let reading = try #require(try ServerTest.json(response)["reading"] as? [String: Any])
                let line = reading["classLine"] as? String ?? ""
                #expect(line.hasPrefix("Class 7B: 26 pupils, 24 answered (92") && line.hasSuffix("164 nominations"))
            }
        }

        @Test("A file that cannot be read is 400 with the command line's message, file, line and column")
        func badFileIs400() async throws {
            let broken = Array("from,to,question\nKari Nordmann,\"Ola Hansen,Hvem vil du helst være sammen med?\n".utf8)
            let cli = try #require(throws: ImportError.self) {
                try SurveyImporter.load(bytes: broken, fileName: "broken.csv", options: ImportOptions(language: .en))
            }
            try await ServerTest.run { client in
                for (lang, route) in [("en", "/api/sessions"), ("nb", "/api/analyze"), ("en", "/api/analyze")] {
                    let (body, headers) = ServerTest.multipart(files: [("survey", "broken.csv", broken)])
                    let response = try await client.execute(uri: "\(route)?lang=\(lang)", method: .post, headers: headers, body: body)
                    #expect(response.status == .badRequest)
                    let error = try #require(try ServerTest.json(response)["error"] as? [String: Any])
                    #expect(error["code"] as? String == "unterminatedQuote")
                    #expect(error["file"] as? String == "broken.csv")
                    #expect(error["line"] as? Int == 2)
                    #expect(error["column"] as? Int == 2)
                    if lang == "en" {
                        #expect(error["message"] as? String == cli.message)
                        #expect(error["description"] as? String == cli.description)
                    } else {
                        #expect((error["message"] as? String)?.contains("anførselstegn") == true)
                    }
                }
                let (none, headers) = ServerTest.multipart(files: [], fields: [("lang", "nb")])
                let missing = try await client.execute(uri: "/api/sessions", method: .post, headers: headers, body: none)
                #expect(missing.status == .badRequest)
                let notForm = try await client.execute(
                    uri: "/api/sessions", method: .post, headers: ServerTest.authorised([.contentType: "text/plain"]), body: ByteBuffer(string: "x"))
                #expect(notForm.status == .badRequest)
            }
        }

        @Test("A file over the limit is 413")
        func tooLargeIs413() async throws {
            let app = try ServerTest.app(maxFileBytes: 1000)
            try await ServerTest.run(app) { client in
                let (body, headers) = ServerTest.exampleUpload()
                let response = try await client.execute(uri: "/api/sessions", method: .post, headers: headers, body: body)
                #expect(response.status == .contentTooLarge)
                #expect((try ServerTest.json(response)["error"] as? [String: Any])?["code"] as? String == "tooLarge")
            }
        }

        @Test("Changing a question's kind re-reads the survey; a bad choice leaves the session as it was")
        func changeKind() async throws {
            try await ServerTest.run { client in
                let id = try await ServerTest.openExample(client)
                let change = ByteBuffer(string: #"{"kinds": {"q4": "other", "q1": "positive"}, "dropNegative": true}"#)
                let response = try await client.execute(
                    uri: "/api/sessions/\(id)/questions?lang=nb", method: .put, headers: ServerTest.authorised([.contentType: "application/json"]),
                    body: change)
                #expect(response.status == .ok)
                let reading = try #require(try ServerTest.json(response)["reading"] as? [String: Any])
                let questions = try #require(reading["questions"] as? [[String: Any]])
                #expect(questions.map { $0["id"] as? String } == ["q1", "q3", "q4"])
                #expect(questions.last?["kind"] as? String == "other")
                #expect(questions.last?["source"] as? String == "valgt av deg her")
                #expect(reading["dropNegative"] as? Bool == true)
                let analysis = try await client.execute(uri: "/api/sessions/\(id)/analysis.json", method: .get, headers: ServerTest.authorised())
                let json = String(buffer: analysis.body)
                #expect(json.contains("\"negative-dropped\""))
                let bad = try await client.execute(
                    uri: "/api/sessions/\(id)/questions", method: .put, headers: ServerTest.authorised([.contentType: "application/json"]),
                    body: ByteBuffer(string: #"{"kinds": {"q4": "sideways"}}"#))
                #expect(bad.status == .badRequest)
            }
        }

        @Test("POST /api/analyze gives analysis.json as the command line writes it")
        func analyzeContract() async throws {
            let loaded = try SurveyImporter.load(
                bytes: ServerTest.fixture("fixtures/7b/excel-valg-columns.csv"), fileName: "7b.csv",
                options: {
                    var o = ImportOptions(questionKinds: [try! QuestionKindOverride(parsing: "q4=other")], language: .en)
                    o.rosterUpload = InMemoryFile(name: "roster.csv", bytes: ServerTest.fixture("fixtures/7b/roster.csv"))
                    return o
                }())
            let expected = try AnalysisDocument(
                import: loaded.report, analysis: try ClassAnalysis(network: loaded.network), pseudonymised: true, language: .en
            ).jsonData()
            try await ServerTest.run { client in
                let (body, headers) = ServerTest.exampleUpload(fields: [("lang", "en"), ("labels", "codes"), ("question", "q4=other")])
                let response = try await client.execute(uri: "/api/analyze", method: .post, headers: headers, body: body)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                #expect(Data(buffer: response.body) == expected)
                let text = ServerTest.text(response)
                #expect(text.contains("\"schemaVersion\" : 1") || text.contains("\"schemaVersion\":1"))
                for name in ServerTest.rosterNames { #expect(!text.contains(name), "\(name)") }
            }
        }

        @Test("The texts of the page: every key the page and its script use, in every language")
        func texts() async throws {
            let html = PageAssets.html
            let script = PageAssets.script
            var keys = Set<String>()
            for pattern in [#"data-t="([^"]+)""#, #"data-title="([^"]+)""#, #"data-label="([^"]+)""#, #"T\("([A-Za-z.]+)"\)"#] {
                let regex = try Regex(pattern)
                for match in (html + script).matches(of: regex) {
                    if let key = match.output[1].substring { keys.insert(String(key)) }
                }
            }
            for kind in ["positive", "negative", "prosocial", "influence", "other"] { keys.insert("kind." + kind) }
            #expect(keys.count > 60)
            for language in Language.allCases {
                let texts = Strings(language).serveTexts
                for key in keys { #expect(texts[key] != nil, "\(language): \(key)") }
            }
            #expect(Strings(.nb).serveTexts["tryExample"] == "Prøv med eksempelklassen")
            #expect(Strings(.en).serveTexts["tryExample"] == "Try the example class")
            try await ServerTest.run { client in
                let response = try await client.execute(uri: "/api/texts?lang=en", method: .get, headers: ServerTest.authorised())
                let answer = try ServerTest.json(response)
                #expect(answer["lang"] as? String == "en")
                #expect((answer["texts"] as? [String: String])?["clearAll"] == "Clear everything")
            }
        }

        @Test("Clear everything forgets every session")
        func clearAll() async throws {
            try await ServerTest.run { client in
                let id = try await ServerTest.openExample(client)
                #expect(try await client.execute(uri: "/api/sessions/\(id)", method: .get, headers: ServerTest.authorised()).status == .ok)
                let cleared = try await client.execute(uri: "/api/sessions", method: .delete, headers: ServerTest.authorised())
                #expect(cleared.status == .noContent)
                let gone = try await client.execute(uri: "/api/sessions/\(id)/report.html", method: .get, headers: ServerTest.authorised())
                #expect(gone.status == .notFound)
                #expect((try ServerTest.json(gone)["error"] as? [String: Any])?["code"] as? String == "session-gone")
            }
        }

        @Test("20 parallel uploads give identical answers")
        func parallelUploads() async throws {
            try await ServerTest.run { client in
                let answers = try await withThrowingTaskGroup(of: Data.self) { group in
                    for _ in 0..<20 {
                        group.addTask {
                            let (body, headers) = ServerTest.exampleUpload(fields: [("lang", "en")])
                            let response = try await client.execute(uri: "/api/analyze", method: .post, headers: headers, body: body)
                            #expect(response.status == .ok)
                            return Data(buffer: response.body)
                        }
                    }
                    var all: [Data] = []
                    for try await data in group { all.append(data) }
                    return all
                }
                #expect(answers.count == 20)
                #expect(Set(answers).count == 1)
            }
        }
    }
}
