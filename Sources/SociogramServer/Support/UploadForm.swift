import Foundation
import HTTPTypes
import MultipartKit
import NIOCore
import Sociogram

/// A `multipart/form-data` upload, read with MultipartKit's parser: its files (name, bytes) and its
/// text fields, by field name. Everything stays in memory.
struct UploadForm: Sendable {
    private(set) var files: [String: InMemoryFile] = [:]
    /// Every file of each field, in the order sent (a field may carry several: the grade page's class files).
    private(set) var fileLists: [String: [InMemoryFile]] = [:]
    private(set) var fields: [String: [String]] = [:]

    /// The first value of text field `name`, trimmed; `nil` when missing or empty.
    func field(_ name: String) -> String? {
        guard let value = fields[name]?.first?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    /// Whether the check box `name` is on (`true`, `1`, `on`, `yes`).
    func flag(_ name: String) -> Bool {
        guard let value = field(name)?.lowercased() else { return false }
        return ["true", "1", "on", "yes"].contains(value)
    }

    /// Parses `body` as sent with `contentType` (which names the boundary). A file over `maxFileBytes`
    /// is refused with 413.
    init(body: ByteBuffer, contentType: String?, maxFileBytes: Int, _ s: Strings) throws(APIError) {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data"),
            let boundary = Self.boundary(contentType)
        else { throw .badRequest(s, s.serveNeedsMultipart) }
        // A non-ASCII header name would crash MultipartKit's parser (see MultipartHeaderCheck).
        guard MultipartHeaderCheck.headerNamesAreASCII(body.readableBytesView, boundary: boundary) else {
            throw .badRequest(s, s.serveFormDamaged)
        }
        let parser = MultipartParser(boundary: boundary)
        let collector = Collector()
        parser.onHeader = { name, value in collector.headers.append((name, value)) }
        parser.onBody = { buffer in
            collector.body.append(contentsOf: buffer.readableBytesView)
            if collector.body.count > maxFileBytes { collector.tooLarge = true }
        }
        parser.onPartComplete = { collector.finishPart() }
        do {
            try parser.execute(body)
        } catch {
            throw .badRequest(s, s.serveFormDamaged)
        }
        if collector.tooLarge { throw .tooLarge(s, limit: maxFileBytes) }
        for part in collector.parts {
            guard let name = part.name else { continue }
            if let fileName = part.fileName {
                // An empty file input is sent as a part without a name and without bytes.
                if fileName.isEmpty && part.body.isEmpty { continue }
                files[name] = InMemoryFile(name: Self.baseName(fileName), bytes: part.body)
                fileLists[name, default: []].append(InMemoryFile(name: Self.baseName(fileName), bytes: part.body))
            } else {
                fields[name, default: []].append(String(decoding: part.body, as: UTF8.self))
            }
        }
    }

    /// The boundary parameter of a `multipart/form-data` content type.
    static func boundary(_ contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.trimmingCharacters(in: .whitespaces)
            guard pair.lowercased().hasPrefix("boundary=") else { continue }
            var value = pair.dropFirst("boundary=".count)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
            return (1...70).contains(value.count) ? String(value) : nil
        }
        return nil
    }

    /// The last component of a file name as a browser sends it (never a path on this machine: the name
    /// is used only in messages and as the default class name).
    static func baseName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = String(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.prefix(200).map(Character.init))
        return cleaned.isEmpty ? "upload" : cleaned
    }

    /// One part as the parser delivers it.
    struct Part {
        let name: String?
        let fileName: String?
        let body: [UInt8]
    }

    /// Gathers the parser's callbacks (it calls them synchronously, on this thread).
    private final class Collector {
        var headers: [(String, String)] = []
        var body: [UInt8] = []
        var parts: [Part] = []
        var tooLarge = false

        func finishPart() {
            let disposition = headers.first { $0.0.lowercased() == "content-disposition" }?.1 ?? ""
            parts.append(Part(
                name: Self.parameter("name", in: disposition), fileName: Self.parameter("filename", in: disposition), body: body))
            headers = []
            body = []
        }

        /// A parameter of a `Content-Disposition` value: `name="survey"`, quoted or not.
        static func parameter(_ key: String, in disposition: String) -> String? {
            for item in disposition.split(separator: ";").dropFirst() {
                let trimmed = item.trimmingCharacters(in: .whitespaces)
                guard let eq = trimmed.firstIndex(of: "="), trimmed[..<eq].lowercased() == key else { continue }
                var value = trimmed[trimmed.index(after: eq)...]
                if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
                return String(value).replacingOccurrences(of: "\\\"", with: "\"")
            }
            return nil
        }
    }
}
