import Foundation

/// The wire format of every worker protocol: one JSON object per line (UTF-8, `\n`-terminated; JSON
/// text never contains a raw newline, so a line is always one whole message).
enum LineFraming {
    /// `message` as JSON plus a newline, or `nil` when it cannot be encoded.
    static func encode(_ message: some Encodable) -> [UInt8]? {
        guard var bytes = try? JSONEncoder().encode(message) else { return nil }
        bytes.append(0x0A)
        return Array(bytes)
    }

    /// Decodes one line, `nil` when it is not a `T` (a line that is not understood is skipped).
    static func decode<T: Decodable>(_ type: T.Type, _ line: Data) -> T? {
        try? JSONDecoder().decode(T.self, from: line)
    }
}

/// Cuts a stream of bytes into lines (without their `\n`), whatever sizes the chunks come in.
struct LineSplitter {
    private var buffer: [UInt8] = []
    private var start = 0

    /// Adds bytes read from the stream.
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        buffer.append(contentsOf: bytes)
    }

    /// The next whole line, or `nil` until more bytes arrive.
    ///
    /// - Complexity: amortised O(line length).
    mutating func next() -> Data? {
        guard let newline = buffer[start...].firstIndex(of: 0x0A) else {
            if start > 0 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            return nil
        }
        let line = Data(buffer[start..<newline])
        start = newline + 1
        if start > 1 << 16 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        return line
    }
}
