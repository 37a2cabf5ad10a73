/// The per-run secret of `sociogram serve`: 256 random bits as 64 hex digits, in the address the
/// terminal prints, then in an `HttpOnly`, `SameSite=Strict` cookie (or the `X-Sociogram-Token` header).
public struct AccessToken: Sendable, Hashable, CustomStringConvertible {
    /// The token as it is written in the address and the cookie.
    public let value: String

    /// A new random token from the system's secure generator.
    public init() {
        var generator = SystemRandomNumberGenerator()
        value = (0..<4).map { _ in Self.hex(generator.next() as UInt64) }.joined()
    }

    /// A given token (tests); it must be at least 32 characters of `[0-9a-f]`.
    public init?(_ value: String) {
        guard value.count >= 32, value.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else { return nil }
        self.value = value
    }

    /// Whether `candidate` is this token, in time that does not depend on where they differ.
    public func matches(_ candidate: Substring?) -> Bool {
        guard let candidate else { return false }
        let a = Array(value.utf8)
        let b = Array(candidate.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in a.indices { difference |= a[i] ^ b[i] }
        return difference == 0
    }

    public var description: String { value }

    private static func hex(_ n: UInt64) -> String {
        let digits = String(n, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
