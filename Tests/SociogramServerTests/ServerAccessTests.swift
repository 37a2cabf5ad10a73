import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Sociogram
import Testing
@testable import SociogramServer

extension ServerTests {
    @Suite("Server access: token, Host, Origin, loopback")
    struct ServerAccessTests {
        @Test("Every request needs the token: 403 without it or with a wrong one")
        func tokenRequired() async throws {
            try await ServerTest.run { client in
                for uri in ["/", "/app.js", "/api/texts", "/api/sessions/example"] {
                    let response = try await client.execute(uri: uri, method: .get)
                    #expect(response.status == .forbidden, "\(uri)")
                }
                let wrong = try await client.execute(uri: "/?token=" + String(repeating: "f", count: 64), method: .get)
                #expect(wrong.status == .forbidden)
                let header = try await client.execute(
                    uri: "/", method: .get, headers: [HTTPField.Name("X-Sociogram-Token")!: String(repeating: "0", count: 64)])
                #expect(header.status == .forbidden)
            }
        }

        @Test("The token in the address becomes an HttpOnly, SameSite=Strict cookie and leaves the address")
        func tokenBecomesCookie() async throws {
            try await ServerTest.run { client in
                let first = try await client.execute(uri: "/?token=\(ServerTest.token.value)&lang=en", method: .get)
                #expect(first.status == .seeOther)
                #expect(first.headers[.location] == "/?lang=en")
                let cookie = first.headers[.setCookie] ?? ""
                #expect(cookie.hasPrefix("sociogram-80=\(ServerTest.token.value)"))
                #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"))
                let page = try await client.execute(uri: "/", method: .get, headers: [.cookie: "sociogram-80=\(ServerTest.token.value)"])
                #expect(page.status == .ok)
                #expect(ServerTest.text(page).contains("<script src=\"/app.js\" defer></script>"))
                #expect(page.headers[.contentSecurityPolicy] == SecurityHeaders.pagePolicy)
                #expect(page.headers[.cacheControl] == "no-store")
                #expect(page.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
            }
        }

        @Test("The page's policy is strict: nothing from elsewhere, no inline script or style")
        func policy() {
            let policy = SecurityHeaders.pagePolicy
            for part in ["default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:",
                         "connect-src 'self'", "form-action 'self'", "frame-ancestors 'none'"] {
                #expect(policy.contains(part))
            }
            #expect(!policy.contains("unsafe"))
            #expect(!PageAssets.html.contains("<script>") && !PageAssets.html.contains("style=") && !PageAssets.html.contains(" on"))
            #expect(!(PageAssets.html + PageAssets.script + PageAssets.style).contains("http://") || PageAssets.script.contains("http") == false)
            #expect(!(PageAssets.html + PageAssets.script + PageAssets.style).contains("https://"))
            #expect(!PageAssets.script.contains("innerHTML") && !PageAssets.script.contains("eval("))
        }

        @Test("A Host that is not this server (DNS rebinding) is refused")
        func hostChecked() async throws {
            try await ServerTest.run { client in
                let evil = try await client.execute(
                    uri: "/api/texts", method: .get, headers: ServerTest.authorised([HTTPField.Name("Host")!: "evil.example"]))
                #expect(evil.status == .forbidden)
                #expect(try ServerTest.json(evil)["error"].flatMap { ($0 as? [String: Any])?["code"] as? String } == "wrong-host")
                let ok = try await client.execute(uri: "/api/texts", method: .get, headers: ServerTest.authorised())
                #expect(ok.status == .ok)
            }
            let check = HostCheck(port: 8765)
            #expect(check.allows(authority: "127.0.0.1:8765"))
            #expect(check.allows(authority: "localhost:8765"))
            #expect(check.allows(authority: "[::1]:8765"))
            #expect(!check.allows(authority: "127.0.0.1:8766"))
            #expect(!check.allows(authority: "127.0.0.1"))
            #expect(!check.allows(authority: "evil.example:8765"))
            #expect(!check.allows(authority: "127.0.0.1.evil.example:8765"))
            #expect(!check.allows(authority: "localhost:8765x"))
            #expect(check.allows(origin: "http://localhost:8765"))
            #expect(!check.allows(origin: "http://evil.example:8765"))
            #expect(!check.allows(origin: "null"))
        }

        @Test("A request that changes something from another site (Origin) is refused")
        func originChecked() async throws {
            try await ServerTest.run { client in
                let evil = try await client.execute(
                    uri: "/api/sessions/example", method: .post, headers: ServerTest.authorised([.origin: "http://evil.example"]))
                #expect(evil.status == .forbidden)
                let own = try await client.execute(
                    uri: "/api/sessions/example", method: .post, headers: ServerTest.authorised([.origin: "http://localhost"]))
                #expect(own.status == .created)
            }
        }

        @Test("Only loopback addresses are listened on")
        func loopbackOnly() {
            for host in ["0.0.0.0", "192.168.1.10", "10.0.0.1", "example.org", "::", "127.0.0.1.example", "127.0.0.256", ""] {
                #expect(throws: ServeConfigurationError.self, "\(host)") { try ServeConfiguration(host: host) }
            }
            for host in ["127.0.0.1", "127.1.2.3", "::1", "localhost"] {
                #expect((try? ServeConfiguration(host: host)) != nil, "\(host)")
            }
            #expect(throws: ServeConfigurationError.self) { try ServeConfiguration(port: 70000) }
        }

        @Test("The live server listens on 127.0.0.1 and its address holds the token; a foreign Host is refused")
        func liveServer() async throws {
            let configuration = try ServeConfiguration(port: 0, token: ServerTest.token)
            let app = SociogramWebApp(configuration: configuration, renderer: InProcessGraphviz())
            let seen = AddressBox()
            try await app.application { url in seen.url = url }.test(.live) { client in
                // The test client names the server `localhost` without the port: not this server's address.
                let response = try await client.execute(uri: "/api/texts", method: .get, headers: ServerTest.authorised())
                #expect(response.status == .forbidden)
                let url = try #require(seen.url)
                #expect(url.host == "127.0.0.1")
                #expect(url.port == client.port)
                #expect(url.query == "token=\(ServerTest.token.value)")
            }
        }

        @Test("Tokens are 256 random bits and compared whole")
        func tokens() {
            let a = AccessToken()
            let b = AccessToken()
            #expect(a.value.count == 64 && a != b)
            #expect(a.matches(Substring(a.value)))
            #expect(!a.matches(Substring(a.value.dropLast())))
            #expect(!a.matches(nil))
            #expect(AccessToken("short") == nil)
        }
    }
}

final class AddressBox: @unchecked Sendable {
    var url: URL?
}
