import HTTPTypes

/// The headers every answer of the web app carries.
enum SecurityHeaders {
    /// The page's policy: its own script, style and images only, nothing from anywhere else, no inline
    /// script or style, no framing by other pages; `frame-src 'self'` lets it show the report.
    static let pagePolicy = [
        "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:",
        "connect-src 'self'", "form-action 'self'", "frame-src 'self'", "frame-ancestors 'none'", "base-uri 'none'",
    ].joined(separator: "; ")

    static let token = HTTPField.Name("X-Sociogram-Token")!
    /// HTTP/1's `Host` header (HTTPTypes moves it to the authority; a second one stays a field).
    static let host = HTTPField.Name("Host")!
    static let frameOptions = HTTPField.Name("X-Frame-Options")!
    static let contentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let openerPolicy = HTTPField.Name("Cross-Origin-Opener-Policy")!
    static let resourcePolicy = HTTPField.Name("Cross-Origin-Resource-Policy")!
    static let robots = HTTPField.Name("X-Robots-Tag")!

    /// Adds the headers to `fields`; an answer that set its own policy (the report) keeps it.
    static func apply(to fields: inout HTTPFields) {
        if fields[.contentSecurityPolicy] == nil { fields[.contentSecurityPolicy] = pagePolicy }
        if fields[frameOptions] == nil { fields[frameOptions] = "DENY" }
        fields[contentTypeOptions] = "nosniff"
        fields[referrerPolicy] = "no-referrer"
        fields[openerPolicy] = "same-origin"
        fields[resourcePolicy] = "same-origin"
        fields[robots] = "noindex, nofollow"
        fields[.cacheControl] = "no-store"
    }
}
