// Fast fuzz target: the web app's own request checks (Sources/SociogramServer), compiled in from the
// server's files: the multipart pre-check, the Host and Origin check, the token comparison.
// The first byte picks the door:
//  - even: a multipart body. The first line (1–70 printable bytes) is the boundary, the rest the body.
//    `MultipartHeaderCheck` must refuse every body on which MultipartKit 4.7.1's parser would index its
//    128-entry header-name table with a byte ≥ 0x80 (a crash of the whole app). MultipartKit needs NIO, so
//    its parser is modelled here state for state (`MultipartKitModel`, from MultipartParser.swift), and the
//    property is: check passes ⇒ the model never reads such a byte in a header name.
//  - odd: the rest is a `Host` authority, an `Origin` and a token candidate, split at 0xFE bytes.
//    `HostCheck` accepts exactly `127.0.0.1`, `localhost` or `[::1]` with the app's port (in any case),
//    and the Origin `http://` + such an authority; `AccessToken.matches` is true exactly for the token's
//    own bytes.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRequest(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    if data[0] & 1 == 0 { RequestFuzz.multipart(bytes) } else { RequestFuzz.access(bytes) }
    return 0
}

enum RequestFuzz {
    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("fuzz property failed: " + message()) }
    }

    static func multipart(_ bytes: [UInt8]) {
        var boundary = "x7B"
        var body = bytes
        if let lf = bytes.firstIndex(of: 0x0A), (1...70).contains(lf), bytes[..<lf].allSatisfy({ (0x21...0x7E).contains($0) }) {
            boundary = String(decoding: bytes[..<lf], as: UTF8.self)
            body = Array(bytes[(lf + 1)...])
        }
        let passes = MultipartHeaderCheck.headerNamesAreASCII(body, boundary: boundary)
        if passes {
            require(MultipartKitModel(boundary: boundary).run(body) != .crash,
                    "the check passed a body on which MultipartKit reads a non-ASCII header-name byte")
        }
    }

    static let port = 8750
    static let token = AccessToken("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")!

    static func access(_ bytes: [UInt8]) {
        let pieces = bytes.split(separator: 0xFE, maxSplits: 2, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        let check = HostCheck(port: port)
        let authorities = Set(HostCheck.names.flatMap { [$0 + ":\(port)"] })
        let authority = pieces[0]
        require(check.allows(authority: authority) == authorities.contains(authority.lowercased()),
                "HostCheck is wrong about \(Array(authority.utf8))")
        if pieces.count > 1 {
            let origin = pieces[1]
            let allowed = authorities.contains { "http://" + $0 == origin.lowercased() }
            require(check.allows(origin: origin) == allowed, "HostCheck is wrong about the Origin \(Array(origin.utf8))")
        }
        if pieces.count > 2 {
            let candidate = pieces[2]
            require(token.matches(Substring(candidate)) == (Array(candidate.utf8) == Array(token.value.utf8)), "the token comparison is wrong")
            require(token.matches(Substring(token.value)) && !token.matches(nil), "the token does not match itself")
        }
    }
}

/// MultipartKit 4.7.1's `MultipartParser`, state for state, over a whole body at once (the server gives
/// it the whole body), reduced to what matters here: whether it stops with a syntax error, reaches the
/// end, or would look up a byte ≥ 0x80 in its header-name table (where the real parser crashes).
struct MultipartKitModel {
    enum Outcome: Equatable { case crash, syntaxError, done }

    let boundary: [UInt8]

    init(boundary: String) { self.boundary = Array("\r\n--\(boundary)".utf8) }

    /// RFC 822 token characters, MultipartKit's `allowedHeaderFieldNameCharacterFlags`.
    static func allowedInName(_ b: UInt8) -> Bool {
        guard b > 32, b < 127 else { return false }
        return !"()<>@,;:\\\"/[]?={}".utf8.contains(b)
    }

    func run(_ bytes: [UInt8]) -> Outcome {
        let n = bytes.count
        let length = boundary.count
        var i = 0
        // Preamble: find the first boundary (the leading CRLF may be left out).
        var match = 0
        while match < length, i < n {
            let byte = bytes[i]
            i += 1
            if match == 0, byte == boundary[2] { match = 3 }
            else if byte == boundary[match] { match += 1 }
            else if match > 0, byte == boundary[0] { match = 1 }
            else { match = 0 }
        }
        guard match >= length else { return .done }
        var expectCR = true  // preHeaders(.cr): the CRLF after a first boundary
        while true {
            // Headers: the CRLF that ends the boundary line, then name: value CRLF …, then CRLF.
            var lineEnded = false
            while i < n {
                let byte = bytes[i]
                i += 1
                if expectCR, byte == 0x0D { expectCR = false; continue }
                if byte == 0x0A, !expectCR { lineEnded = true; break }
                return .syntaxError
            }
            guard lineEnded else { return .done }
            var name: [UInt8] = []
            var inBody = false
            headers: while i < n {
                let byte = bytes[i]
                i += 1
                if byte == 0x3A, !name.isEmpty {
                    // The value, up to CR; then LF.
                    while i < n, bytes[i] != 0x0D { i += 1 }
                    guard i < n else { return .done }
                    i += 1
                    guard i < n else { return .done }
                    guard bytes[i] == 0x0A else { return .syntaxError }
                    i += 1
                    name = []
                } else if byte == 0x0D, name.isEmpty {
                    guard i < n else { return .done }
                    guard bytes[i] == 0x0A else { return .syntaxError }
                    i += 1
                    inBody = true
                    break headers
                } else if byte >= 0x80 {
                    return .crash
                } else if Self.allowedInName(byte) {
                    name.append(byte)
                } else {
                    return .syntaxError
                }
            }
            guard inBody else { return .done }
            // Body and boundary: the body runs to a CR; a boundary is matched from there.
            var found = false
            while i < n {
                while i < n, bytes[i] != boundary[0] { i += 1 }
                guard i < n else { return .done }
                var m = 0
                while true {
                    guard i < n else { return .done }
                    let byte = bytes[i]
                    i += 1
                    if m >= length {
                        if byte == 0x0D { found = true; break }
                        if byte == 0x2D { return .done }  // the closing boundary: the epilogue is ignored
                        return .syntaxError
                    }
                    if byte == boundary[m] { m += 1; continue }
                    if byte == boundary[0] { m = 1; continue }  // the real parser restarts at 1
                    break  // back to the body
                }
                if found { break }
            }
            guard found else { return .done }
            expectCR = false  // preHeaders(.lf): the CR was read with the boundary
        }
    }
}
