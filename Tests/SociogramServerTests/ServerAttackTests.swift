import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Sociogram
import Testing
@testable import SociogramServer

extension ServerTests {
    @Suite("Server: inputs found by schemathesis (scripts/checks/serve-attack.sh) and the request fuzz target")
    struct ServerAttackTests {
        static func post(_ client: any TestClientProtocol, _ path: String, raw: [UInt8]) async throws -> TestResponse {
            let boundary = "a78a6907e5c2c2c45759de327e969a4f"
            let headers = ServerTest.authorised([.contentType: "multipart/form-data; boundary=\(boundary)"])
            return try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(bytes: raw))
        }

        /// A part whose header name starts with non-ASCII bytes crashed the whole app inside MultipartKit
        /// 4.7.1 (an index out of range in its header-name table); now it is a damaged form, 400, on every
        /// route that takes a form, and the app goes on answering.
        @Test("A non-ASCII header name in a multipart body is 400, not a crash")
        func nonASCIIHeaderName() async throws {
            let body = Array("--a78a6907e5c2c2c45759de327e969a4f\r\n".utf8) + [0xF3, 0xAF, 0xBA, 0x96, 0xC3, 0x94]
                + Array(": x\r\n\r\nbody\r\n--a78a6907e5c2c2c45759de327e969a4f--\r\n".utf8)
            try await ServerTest.run { client in
                for path in ["/api/sessions", "/api/analyze", "/api/kit"] {
                    let response = try await Self.post(client, path + "?lang=en", raw: body)
                    #expect(response.status == .badRequest, "\(path)")
                    #expect(ServerTest.text(response).contains(Strings(.en).serveFormDamaged), "\(path)")
                }
                // A UTF-8 file name in a header value is fine, and the app still reads a survey.
                let roster = ServerTest.fixture("fixtures/7b/roster.csv")
                let good = Array("--a78a6907e5c2c2c45759de327e969a4f\r\nContent-Disposition: form-data; name=\"roster\"; filename=\"klasseliste Åse.csv\"\r\n\r\n".utf8)
                    + roster + Array("\r\n--a78a6907e5c2c2c45759de327e969a4f--\r\n".utf8)
                let kit = try await Self.post(client, "/api/kit", raw: good)
                #expect(kit.status == .ok)
            }
        }

        /// Found by the `request` fuzz target (scripts/fuzz/fast/RequestFuzz.swift), which compares the
        /// check with a model of MultipartKit's parser: the check stopped after 100 header lines of a part,
        /// while MultipartKit reads on, so a non-ASCII name on line 101 still reached the crashing table.
        @Test("A non-ASCII header name after a hundred header lines is 400, not a crash")
        func nonASCIIHeaderNameAfterAHundredLines() async throws {
            let boundary = "a78a6907e5c2c2c45759de327e969a4f"
            let headers = String(repeating: "X-Filler: y\r\n", count: 100)
            let body = Array("--\(boundary)\r\n\(headers)".utf8) + [0xF3, 0xAF] + Array(": x\r\n\r\nbody\r\n--\(boundary)--\r\n".utf8)
            #expect(!MultipartHeaderCheck.headerNamesAreASCII(body, boundary: boundary))
            try await ServerTest.run { client in
                let response = try await Self.post(client, "/api/sessions?lang=en", raw: body)
                #expect(response.status == .badRequest)
                let second = try await Self.post(client, "/api/sessions?lang=en", raw: body)
                #expect(second.status == .badRequest)
            }
        }
    }
}
