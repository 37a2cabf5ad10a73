import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The worker's side of a protocol: JSON lines over its standard input and output, with blocking
/// reads and writes (a worker works on threads of its own, not in Swift concurrency). Whole lines are
/// read, whole messages written, one writer at a time.
final class MessageChannel: @unchecked Sendable {
    private let input: Int32
    private let output: Int32
    private let writeLock = NSLock()
    private var splitter = LineSplitter()

    init(input: Int32, output: Int32) {
        self.input = input
        self.output = output
    }

    /// The worker's standard input and output.
    static var standard: MessageChannel { MessageChannel(input: STDIN_FILENO, output: STDOUT_FILENO) }

    /// Writes `message` as one line. Returns false when the other side is gone.
    func send(_ message: some Encodable) -> Bool {
        guard let bytes = LineFraming.encode(message) else { return false }
        writeLock.lock()
        defer { writeLock.unlock() }
        return bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return true }
            var offset = 0
            while offset < raw.count {
                let n = write(output, base + offset, raw.count - offset)
                if n > 0 {
                    offset += n
                } else if n < 0 && errno == EINTR {
                    continue
                } else {
                    return false
                }
            }
            return true
        }
    }

    /// The next line (without its newline), or `nil` at the end of input. Only one reader.
    func readLine() -> Data? {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if let line = splitter.next() { return line }
            let n = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return nil }
            chunk.withUnsafeBytes { splitter.append(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
        }
    }
}
