import Foundation
import HTTPTypes
import Hummingbird
import Sociogram

/// The answers the routes give: JSON, and files to show or download.
enum Responses {
    /// `value` as JSON (sorted keys, so the same answer is the same bytes).
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return bytes(Array(data), type: "application/json; charset=utf-8", status: status)
    }

    /// JSON bytes made by the library (`analysis.json`, suggestion documents).
    static func json(data: Data, download name: String? = nil) -> Response {
        bytes(Array(data), type: "application/json; charset=utf-8", download: name)
    }

    /// Bytes with a content type; with `download` as an attachment of that file name.
    static func bytes(
        _ bytes: [UInt8], type: String, status: HTTPResponse.Status = .ok, download name: String? = nil,
        policy: String? = nil, framing: String? = nil
    ) -> Response {
        var headers: HTTPFields = [.contentType: type]
        if let name { headers[.contentDisposition] = disposition(name) }
        if let policy { headers[.contentSecurityPolicy] = policy }
        if let framing { headers[SecurityHeaders.frameOptions] = framing }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// `attachment; filename="…"; filename*=UTF-8''…`: an ASCII fallback and the real name.
    static func disposition(_ name: String) -> String {
        let ascii = String(name.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 0x20 ? Character($0) : "_" })
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._"))) ?? ascii
        return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    }

    /// 204 No Content.
    static var empty: Response { Response(status: .noContent) }
}
