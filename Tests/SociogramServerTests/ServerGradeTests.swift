import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Sociogram
import Testing
@testable import SociogramServer

/// What the grade tests share: uploads of the grade fixtures and `sociogram batch` on the same files.
enum GradeTest {
    /// Every file of `fixtures/grade-7/` (the lock file, the overview workbook and expected.json too).
    static let folderFiles = [".~lock.7A.csv#", "7A.csv", "7B.csv", "7C.csv", "7D.csv", "expected.json", "oversikt.xlsx"]

    static func upload(_ files: [(String, [UInt8])], roster: (String, [UInt8])? = nil, fields: [(String, String)] = []) -> (ByteBuffer, HTTPFields) {
        ServerTest.multipart(
            files: files.map { ("files", $0.0, $0.1) } + (roster.map { [("roster", $0.0, $0.1)] } ?? []), fields: fields)
    }

    static var folderUpload: (ByteBuffer, HTTPFields) {
        upload(folderFiles.map { ($0, ServerTest.fixture("fixtures/grade-7/\($0)")) }, fields: [("grade", "grade-7")])
    }

    static var gradeFileUpload: (ByteBuffer, HTTPFields) {
        upload(
            [("trinn7.csv", ServerTest.fixture("fixtures/grade-7-file/trinn7.csv"))],
            roster: ("roster-trinn7.csv", ServerTest.fixture("fixtures/grade-7-file/roster-trinn7.csv")))
    }

    /// `sociogram batch PATH --diagram none` through the library, written into a temporary folder.
    static func batch(_ path: String, roster: String? = nil, labels: LabelStyle = .names, language: Language = .nb) throws -> GradeSummary {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("sociogram-grade-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let folder = try OutputFolder.prepare(path: out.path, force: true, inputs: [])
        var options = ImportOptions(rosterPath: roster.map { ServerTest.repoRoot.appendingPathComponent($0).path }, language: language)
        options = options.forSeveralFiles()
        let source = try BatchSource.open(path: ServerTest.repoRoot.appendingPathComponent(path).path, options: options)
        return try BatchRunner.run(source, into: folder, options: .init(pipeline: .init(labels: labels, language: language, diagram: nil), jobs: 1))
    }

    /// The numbers of each class that rank it, as the batch and the web app give them.
    static func numbers(_ classes: [[String: Any]]) -> [String] {
        classes.map { c in
            ["rank", "name", "folder", "pupils", "respondents", "needAttention", "isolated", "noMutual", "rejected", "reciprocity",
             "density", "fragmentation", "components", "subgroups", "communities", "modularity"]
                .map { "\($0)=\(c[$0].map { "\($0)" } ?? "nil")" }.joined(separator: " ")
        }
    }

    static func classes(_ summary: GradeSummary) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: try summary.jsonData()) as? [String: Any] ?? [:]
        return object["classes"] as? [[String: Any]] ?? []
    }

    static func open(_ client: any TestClientProtocol, _ upload: (ByteBuffer, HTTPFields), lang: String = "nb") async throws -> [String: Any] {
        let response = try await client.execute(uri: "/api/grades?lang=\(lang)", method: .post, headers: upload.1, body: upload.0)
        #expect(response.status == .created, "\(ServerTest.text(response))")
        return try ServerTest.json(response)
    }

    static var gradeNames: [String] {
        let text = String(decoding: ServerTest.fixture("fixtures/grade-7-file/roster-trinn7.csv"), as: UTF8.self)
        return text.split(whereSeparator: \.isNewline).dropFirst().compactMap { $0.split(separator: ";").dropFirst().first.map(String.init) }
    }
}

extension ServerTests {
    @Suite("Server: a whole grade (sociogram batch and placement in memory)")
    struct ServerGradeTests {
        @Test("Class files: the same ranked classes and numbers as sociogram batch on the folder, skipped files named")
        func folderMatchesBatch() async throws {
            let expected = try GradeTest.batch("fixtures/grade-7")
            try await ServerTest.run { client in
                let answer = try await GradeTest.open(client, GradeTest.folderUpload)
                let summary = try #require(answer["summary"] as? [String: Any])
                let classes = summary["classes"] as? [[String: Any]] ?? []
                #expect(GradeTest.numbers(classes) == GradeTest.numbers(try GradeTest.classes(expected)))
                #expect(classes.map { $0["name"] as? String ?? "" }.sorted() == ["7A", "7B", "7C", "7D"])
                let totals = summary["totals"] as? [String: Int] ?? [:]
                #expect(totals["needAttention"] == expected.totals.needAttention && totals["pupils"] == expected.totals.pupils)
                #expect(totals["isolated"] == expected.totals.isolated && totals["noMutual"] == expected.totals.noMutual)
                #expect(summary["ranking"] as? String == expected.ranking)
                #expect((answer["failed"] as? [Any])?.isEmpty == true)
                let skipped = (answer["skipped"] as? [[String: Any]] ?? []).compactMap { $0["file"] as? String }
                #expect(Set(skipped) == Set(expected.skippedFiles.compactMap { $0.location?.file.split(separator: "/").last.map(String.init) }))
                #expect(skipped.contains("expected.json") && skipped.contains("oversikt.xlsx"))
                #expect((answer["notes"] as? [String] ?? []).contains { $0.contains(".~lock.7A.csv#") }, "the hidden file is a note, not dropped")
                let lines = answer["lines"] as? [String] ?? []
                #expect(lines.first == Strings(.nb).batchDone(grade: "grade-7", classes: 4, failed: 0))
                #expect((answer["pupils"] as? [Any])?.count == 100)
                #expect(answer["placementProblem"] == nil || answer["placementProblem"] is NSNull)
                // grade.json is the batch's document apart from the input's path and the written files.
                let id = answer["grade"] as? String ?? ""
                let json = try await client.execute(uri: "/api/grades/\(id)/grade.json", method: .get, headers: ServerTest.authorised())
                let document = try ServerTest.json(json)
                #expect(GradeTest.numbers(document["classes"] as? [[String: Any]] ?? []) == GradeTest.numbers(try GradeTest.classes(expected)))
                #expect(document["schemaVersion"] as? Int == 1 && document["grade"] as? String == "grade-7")
                let csv = try await client.execute(uri: "/api/grades/\(id)/grade.csv", method: .get, headers: ServerTest.authorised())
                let rows = ServerTest.text(csv).split(separator: "\r\n").map(String.init)
                #expect(rows.first?.hasSuffix(GradeCSV.header.joined(separator: ";")) == true)
                #expect(rows.count == 5)
            }
        }

        @Test("One grade file with a class list: the same numbers as sociogram batch on the file")
        func gradeFileMatchesBatch() async throws {
            let expected = try GradeTest.batch("fixtures/grade-7-file/trinn7.csv", roster: "fixtures/grade-7-file/roster-trinn7.csv", language: .en)
            try await ServerTest.run { client in
                let answer = try await GradeTest.open(client, GradeTest.gradeFileUpload, lang: "en")
                let summary = try #require(answer["summary"] as? [String: Any])
                #expect(GradeTest.numbers(summary["classes"] as? [[String: Any]] ?? []) == GradeTest.numbers(try GradeTest.classes(expected)))
                #expect((summary["source"] as? [String: Any])?["kind"] as? String == "gradeFile")
                #expect(summary["crossClassTies"] as? Int == expected.crossClassTies)
                #expect(summary["caveat"] as? String == expected.caveat)
            }
        }

        @Test("A broken class file is reported with its place while the others are analysed; a broken grade file is 400")
        func brokenFile() async throws {
            let broken = Array("Hva heter du?;Hvem vil du helst være sammen med?\nAnna Berg;\"Bjørn Dahl;Cato Eik\n".utf8)
            try await ServerTest.run { client in
                let upload = GradeTest.upload([
                    ("7A.csv", ServerTest.fixture("fixtures/grade-7/7A.csv")), ("7B.csv", ServerTest.fixture("fixtures/grade-7/7B.csv")),
                    ("7X.csv", broken),
                ])
                let answer = try await GradeTest.open(client, upload, lang: "en")
                let classes = (answer["summary"] as? [String: Any])?["classes"] as? [[String: Any]] ?? []
                #expect(classes.map { $0["name"] as? String ?? "" }.sorted() == ["7A", "7B"])
                let failed = answer["failed"] as? [[String: Any]] ?? []
                #expect(failed.count == 1)
                #expect(failed.first?["file"] as? String == "7X.csv")
                #expect(failed.first?["line"] as? Int == 2)
                #expect(failed.first?["column"] as? Int != nil)
                #expect((failed.first?["description"] as? String)?.hasPrefix("7X.csv:2:") == true)
                let problem = answer["placementProblem"] as? [String: Any]
                #expect(problem?["file"] as? String == "7X.csv", "placement needs every file and says which one")

                let (body, headers) = GradeTest.upload([("trinn.csv", broken)])
                let response = try await client.execute(uri: "/api/grades?lang=nn", method: .post, headers: headers, body: body)
                #expect(response.status == .badRequest)
                let error = try #require(try ServerTest.json(response)["error"] as? [String: Any])
                #expect(error["file"] as? String == "trinn.csv" && error["line"] as? Int == 2 && error["column"] as? Int != nil)
                let none = try await client.execute(uri: "/api/grades", method: .post, headers: GradeTest.upload([]).1, body: GradeTest.upload([]).0)
                #expect(none.status == .badRequest)
            }
        }

        @Test("Placement: every pupil in exactly one class, apart pairs in different classes, absent pupils left out")
        func placement() async throws {
            try await ServerTest.run { client in
                let answer = try await GradeTest.open(client, GradeTest.folderUpload)
                let id = answer["grade"] as? String ?? ""
                let pupils = (answer["pupils"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                #expect(pupils.count == 100)
                let none = try await client.execute(uri: "/api/grades/\(id)/placement.json", method: .get, headers: ServerTest.authorised())
                #expect(none.status == .notFound)
                let apart = [[pupils[0], pupils[1]], [pupils[2], pupils[30]], [pupils[5], pupils[6]]]
                let request: [String: Any] = ["classes": 4, "apart": apart, "together": [[pupils[10], pupils[60]]], "absent": [pupils[99]], "iterations": 2]
                let response = try await client.execute(
                    uri: "/api/grades/\(id)/placement?lang=en", method: .post, headers: ServerTest.authorised([.contentType: "application/json"]),
                    body: ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: request)))
                #expect(response.status == .ok, "\(ServerTest.text(response))")
                let result = try ServerTest.json(response)
                let doc = try #require(result["placement"] as? [String: Any])
                let classes = doc["classes"] as? [[String: Any]] ?? []
                #expect(classes.count == 4)
                let members = classes.map { ($0["members"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }
                let all = members.flatMap { $0 }
                #expect(all.count == 99 && Set(all).count == 99, "every present pupil in exactly one class")
                #expect(Set(all) == Set(pupils.dropLast()))
                for pair in apart {
                    #expect(!members.contains { $0.contains(pair[0]) && $0.contains(pair[1]) }, "\(pair) apart")
                }
                #expect(members.contains { $0.contains(pupils[10]) && $0.contains(pupils[60]) }, "together")
                #expect((result["lines"] as? [String] ?? []).contains { $0.contains("4") })
                let json = try await client.execute(uri: "/api/grades/\(id)/placement.json?lang=en", method: .get, headers: ServerTest.authorised())
                #expect(json.status == .ok)
                #expect((try ServerTest.json(json)["classes"] as? [Any])?.count == 4)
                let bad = try await client.execute(
                    uri: "/api/grades/\(id)/placement", method: .post, headers: ServerTest.authorised([.contentType: "application/json"]),
                    body: ByteBuffer(string: #"{"classes": 4, "apart": [["nobody", "p1"]]}"#))
                #expect(bad.status == .badRequest)
            }
        }

        @Test("Pseudonymised: no name in grade.json, grade.csv, the answer or placement.json; the code key apart")
        func codes() async throws {
            let names = GradeTest.gradeNames
            #expect(names.count == 100)
            try await ServerTest.run { client in
                let answer = try await GradeTest.open(client, GradeTest.gradeFileUpload)
                let id = answer["grade"] as? String ?? ""
                let auth = ServerTest.authorised()
                let request = #"{"classes": 3, "iterations": 1}"#
                let placed = try await client.execute(
                    uri: "/api/grades/\(id)/placement?labels=codes", method: .post, headers: ServerTest.authorised([.contentType: "application/json"]),
                    body: ByteBuffer(string: request))
                #expect(placed.status == .ok)
                var texts = [ServerTest.text(placed)]
                for file in ["grade.json", "grade.csv", "placement.json"] {
                    let response = try await client.execute(uri: "/api/grades/\(id)/\(file)?labels=codes&download=1", method: .get, headers: auth)
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentDisposition]?.contains("-codes.") == true)
                    texts.append(ServerTest.text(response))
                }
                texts.append(ServerTest.text(try await client.execute(uri: "/api/grades/\(id)?labels=codes", method: .get, headers: auth)))
                for text in texts {
                    for name in names { #expect(!text.contains(name), "\(name) in a pseudonymised answer") }
                }
                let key = ServerTest.text(try await client.execute(uri: "/api/grades/\(id)/code-key.csv", method: .get, headers: auth))
                #expect(names.allSatisfy(key.contains))
                let withNames = ServerTest.text(try await client.execute(uri: "/api/grades/\(id)/placement.json", method: .get, headers: auth))
                #expect(names.contains(where: withNames.contains))
                // Slett alt forgets the grade too.
                #expect(try await client.execute(uri: "/api/sessions", method: .delete, headers: auth).status == .noContent)
                #expect(try await client.execute(uri: "/api/grades/\(id)", method: .get, headers: auth).status == .notFound)
            }
        }

        @Test("The grade endpoints need the token, and an upload over the limit is 413")
        func accessAndLimit() async throws {
            try await ServerTest.run { client in
                let (body, authorised) = GradeTest.folderUpload
                var headers = authorised
                headers[HTTPField.Name("X-Sociogram-Token")!] = nil
                let response = try await client.execute(uri: "/api/grades", method: .post, headers: headers, body: body)
                #expect(response.status == .forbidden)
            }
            let small = try ServerTest.app(maxFileBytes: 4096)
            try await ServerTest.run(small) { client in
                let (body, headers) = GradeTest.folderUpload
                let response = try await client.execute(uri: "/api/grades", method: .post, headers: headers, body: body)
                #expect(response.status == .contentTooLarge)
                #expect((try ServerTest.json(response)["error"] as? [String: Any])?["code"] as? String == "tooLarge")
            }
        }
    }
}
