/// The DNS-rebinding defence: a request must name this server as the loopback address or `localhost`
/// with the port it listens on, in its `Host` (the HTTP/1 `Host` header, HTTP's authority), and a
/// request that changes something must come from the app's own page when it says where it comes from
/// (`Origin`).
struct HostCheck: Sendable {
    /// The port the server listens on.
    let port: Int

    /// The host names a browser on this machine uses for the app.
    static let names: Set<String> = ["127.0.0.1", "localhost", "[::1]"]

    /// Whether `authority` (`host:port`) names this server. Without a port the authority means port 80.
    func allows(authority: String) -> Bool {
        let lowered = authority.lowercased()
        var host = lowered
        var portNumber = 80
        if let colon = lowered.lastIndex(of: ":"), !lowered.hasSuffix("]") {
            host = String(lowered[..<colon])
            guard let n = Int(lowered[lowered.index(after: colon)...]), String(n) == lowered[lowered.index(after: colon)...] else {
                return false
            }
            portNumber = n
        }
        return Self.names.contains(host) && portNumber == port
    }

    /// Whether `origin` (`http://host:port`, or `null`) is the app's own page.
    func allows(origin: String) -> Bool {
        let prefix = "http://"
        guard origin.lowercased().hasPrefix(prefix) else { return false }
        return allows(authority: String(origin.dropFirst(prefix.count)))
    }
}
