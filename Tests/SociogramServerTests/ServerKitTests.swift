import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Sociogram
import Testing
import ZIPFoundation
@testable import SociogramServer

extension ServerTests {
    @Suite("Server: the survey kit before the survey")
    struct ServerKitTests {
        /// The entries of a zip archive by path.
        static func unzip(_ bytes: [UInt8]) throws -> [String: [UInt8]] {
            let archive = try Archive(data: Data(bytes), accessMode: .read)
            var files: [String: [UInt8]] = [:]
            for entry in archive {
                var data = Data()
                _ = try archive.extract(entry, consumer: { data.append($0) })
                files[entry.path] = [UInt8](data)
            }
            return files
        }

        @Test("The class list and the options give the same kit as `sociogram kit`, as one zip in the page's language")
        func kitAsZip() async throws {
            let roster = ServerTest.fixture("fixtures/7b/roster.csv")
            let options = KitOptions(
                language: .nn, questions: [.positive, .prosocial], choices: 2, school: "Bakken skule", date: CalendarDay(parsing: "2026-11-24"))
            let expected = try SurveyKit.make(
                try KitClass.read(bytes: roster, file: "klasseliste.csv", className: "7B", language: .nn), options)
            try await ServerTest.run { client in
                let (body, headers) = ServerTest.multipart(
                    files: [("roster", "klasseliste.csv", roster)],
                    fields: [("class", "7B"), ("questions", "prosocial"), ("choices", "2"), ("school", "Bakken skule"), ("date", "2026-11-24")])
                let response = try await client.execute(uri: "/api/kit?lang=nn", method: .post, headers: headers, body: body)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/zip")
                #expect(response.headers[.contentDisposition]?.contains("filename=\"undersokingssett-7B.zip\"") == true)
                let files = try Self.unzip(Array(response.body.readableBytesView))
                #expect(files.keys.sorted() == expected.map { "undersokingssett-7B/" + $0.name }.sorted())
                for file in expected { #expect(files["undersokingssett-7B/" + file.name] == file.bytes, "\(file.name)") }
            }
        }

        @Test("No class list, a wrong number of choices, a class list that cannot be read: 400 with the reason")
        func badKitRequests() async throws {
            try await ServerTest.run { client in
                let (noFile, h1) = ServerTest.multipart(files: [], fields: [("choices", "3")])
                let none = try await client.execute(uri: "/api/kit?lang=nb", method: .post, headers: h1, body: noFile)
                #expect(none.status == .badRequest)
                #expect(ServerTest.text(none).contains(Strings(.nb).serveKitNoRoster))

                let roster = ServerTest.fixture("fixtures/7b/roster.csv")
                let (tooMany, h2) = ServerTest.multipart(files: [("roster", "klasseliste.csv", roster)], fields: [("choices", "11")])
                let many = try await client.execute(uri: "/api/kit?lang=en", method: .post, headers: h2, body: tooMany)
                #expect(many.status == .badRequest)
                #expect(ServerTest.text(many).contains(KitError.choices("11").message(.en)))

                let broken = Array("navn;kjønn\n\"Ada Berg;jente\n".utf8)
                let (bad, h3) = ServerTest.multipart(files: [("roster", "liste.csv", broken)])
                let unreadable = try await client.execute(uri: "/api/kit?lang=nb", method: .post, headers: h3, body: bad)
                #expect(unreadable.status == .badRequest)
                #expect(ServerTest.text(unreadable).contains("liste.csv"))
            }
        }
    }
}
