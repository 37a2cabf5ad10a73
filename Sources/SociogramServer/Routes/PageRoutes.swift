import Hummingbird
import Sociogram

/// The page and its texts: `GET /` (the HTML), `/app.js`, `/app.css`, and `GET /api/texts?lang=nb|en`,
/// every text of the page from the library's string table (the script has none of its own).
extension SociogramWebApp {
    /// `GET /api/texts`: the texts of one language and the languages the page can switch to.
    struct TextsAnswer: Encodable, Sendable {
        struct Choice: Encodable, Sendable {
            let code: String
            /// The language's own name.
            let name: String
        }
        let lang: String
        /// The server's language (`--lang`), for a browser whose language is neither.
        let serverLang: String
        let languages: [Choice]
        let texts: [String: String]
    }

    func addPageRoutes(to router: Router<ServeContext>) {
        router.get("/") { _, _ in
            Responses.bytes(Array(PageAssets.html.utf8), type: "text/html; charset=utf-8")
        }
        router.get("/app.js") { _, _ in
            Responses.bytes(Array(PageAssets.script.utf8), type: "text/javascript; charset=utf-8")
        }
        router.get("/app.css") { _, _ in
            Responses.bytes(Array(PageAssets.style.utf8), type: "text/css; charset=utf-8")
        }
        router.get("/favicon.ico") { _, _ in Responses.empty }
        router.get("/api/texts") { request, _ -> Response in
            let s = Self.strings(request, self.configuration)
            return try Responses.json(
                TextsAnswer(
                    lang: s.language.rawValue, serverLang: self.configuration.language.rawValue,
                    languages: Language.allCases.map { TextsAnswer.Choice(code: $0.rawValue, name: Self.ownName($0)) },
                    texts: s.serveTexts))
        }
    }

    /// A language's name in itself, for the switch on the page.
    static func ownName(_ language: Language) -> String {
        switch language.rawValue {
        case "nb": "Norsk bokmål"
        case "nn": "Norsk nynorsk"
        case "en": "English"
        default: language.rawValue
        }
    }
}
