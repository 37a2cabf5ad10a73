import Foundation
import Sociogram

/// How `sociogram serve` runs: where it listens, the access token, and the language the page starts in.
public struct ServeConfiguration: Sendable {
    /// The loopback address the server listens on (`127.0.0.1` unless another loopback address is asked for).
    public let host: String
    /// The port asked for; `0` lets the system choose a free one (the real port is known once listening).
    public let port: Int
    /// The per-run access token every request must carry (see ``AccessToken``).
    public let token: AccessToken
    /// The page's language until the browser or the user chooses.
    public let language: Language
    /// The largest file (survey or class list) accepted in one upload: the importer's own limit.
    public let maxFileBytes: Int
    /// How many uploaded surveys are kept in memory at once; the oldest is forgotten first.
    public let maxSessions: Int

    /// The port `sociogram serve` uses without `--port`.
    public static let defaultPort = 8765

    /// - Throws: ``ServeConfigurationError`` when `host` is not a loopback address or `port` is out of range.
    public init(
        host: String = "127.0.0.1", port: Int = ServeConfiguration.defaultPort, token: AccessToken = AccessToken(),
        language: Language = .nb, maxFileBytes: Int = SurveyImporter.maxFileBytes, maxSessions: Int = 20
    ) throws(ServeConfigurationError) {
        guard Self.isLoopback(host) else { throw .notLoopback(host) }
        guard (0...65535).contains(port) else { throw .badPort(port) }
        self.host = host
        self.port = port
        self.token = token
        self.language = language
        self.maxFileBytes = maxFileBytes
        self.maxSessions = max(1, maxSessions)
    }

    /// Whether `host` is an IPv4 loopback address (`127.0.0.0/8`), `::1` or `localhost`. Nothing else is
    /// ever listened on: the children's data must not be reachable from another machine.
    public static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" || host == "::1" || host == "[::1]" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "127" else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber)
                && (Int(part) ?? 256) <= 255
        }
    }

    /// The largest request body accepted: a survey and a class list at their limit, plus the form around them.
    var maxBodyBytes: Int { 2 * maxFileBytes + 1 << 20 }
}

/// Why a ``ServeConfiguration`` was refused.
public enum ServeConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `--host` named an address that is not the loopback.
    case notLoopback(String)
    /// `--port` outside 0…65535.
    case badPort(Int)

    public var description: String { message(Strings(.en)) }

    /// The reason in the language of `strings`.
    public func message(_ strings: Strings) -> String {
        switch self {
        case .notLoopback(let host): strings.serveHostNotLoopback(host)
        case .badPort(let port): strings.servePortRange(port)
        }
    }
}
