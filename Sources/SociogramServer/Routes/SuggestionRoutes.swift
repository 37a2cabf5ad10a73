import Foundation
import Hummingbird
import Sociogram

/// Help for one pupil and work groups, through the same library calls as `sociogram suggest` and
/// `sociogram groups`: `GET /api/sessions/{id}/support?pupil=ID`, `POST /api/sessions/{id}/groups`
/// and the groups' diagrams `GET /api/sessions/{id}/groups/{round}.png|svg|pdf`.
extension SociogramWebApp {
    /// The supporters and the support group of one pupil, as `suggest supporters` and `suggest
    /// support-group` print them with `--json`.
    struct SupportAnswer: Encodable, Sendable {
        let supporters: SupportersDocument
        let supportGroup: SupportGroupDocument
    }

    /// `POST /api/sessions/{id}/groups`: what the teacher chose on the page; pupils by id.
    struct GroupsChoices: Decodable, Sendable {
        let size: Int
        let rounds: Int?
        /// `prosocial`, `none` or `chosen` (then ``leaderPupils``).
        let leaders: WorkGroupRequest.LeaderMode?
        let leaderPupils: [String]?
        let balanceGender: Bool?
        let apart: [[String]]?
        let together: [[String]]?
        let absent: [String]?
    }

    struct GroupsAnswer: Encodable, Sendable {
        let groups: WorkGroupsDocument
        /// Pairs that were not used, in words (one of the two is absent).
        let ignored: [String]
        /// The diagrams, one per round, relative to the session (`groups/1.svg`).
        let diagrams: [String]
    }

    static let maxRounds = 10

    func addSuggestionRoutes(to router: Router<ServeContext>) {
        router.get("/api/sessions/:id/support") { request, context -> Response in
            let q = try await self.query(request, context)
            guard let focus = try q.pupilIndex() else { throw APIError.unknownPupil(q.strings) }
            let answer = try await self.offThread { () throws -> SupportAnswer in
                let network = q.loaded.network
                let context = SuggestionContext(network: network, language: q.language, labels: q.labels)
                let work = q.pseudonymised ? network.withCodesAsNames() : network
                do {
                    let supporters = try work.suggestSupporters(for: focus, count: 5)
                    let group = try work.suggestSupportGroup(for: focus, size: 6)
                    return SupportAnswer(
                        supporters: SupportersDocument(SupportersBody(supporters, requestedCount: 5, context: context), context: context),
                        supportGroup: SupportGroupDocument(SupportGroupBody(group, requestedSize: 6, context: context), context: context))
                } catch let error as SuggestError {
                    throw APIError(.badRequest, code: error.kind.rawValue, error.message(q.language))
                }
            }
            return try Responses.json(answer)
        }
        router.post("/api/sessions/:id/groups") { request, context -> Response in
            let q = try await self.query(request, context)
            let s = q.strings
            let choices: GroupsChoices
            do {
                choices = try JSONDecoder().decode(GroupsChoices.self, from: Data(buffer: try await request.body.collect(upTo: 1 << 20)))
            } catch {
                throw APIError.badRequest(s, "{\"size\": 4, \"rounds\": 1, \"leaders\": \"prosocial\", …} is expected")
            }
            guard choices.size >= 2, (1...Self.maxRounds).contains(choices.rounds ?? 1) else {
                throw APIError(.badRequest, code: "badOption", s.serveGroupsOutOfRange(maxRounds: Self.maxRounds))
            }
            let (request, ignored) = try Self.groupRequest(choices, network: q.loaded.network, q)
            let outcome = try await self.offThread { () throws -> GroupsOutcome in
                let network = q.loaded.network
                do {
                    let work = q.pseudonymised ? network.withCodesAsNames() : network
                    let result = try work.suggestWorkGroups(request)
                    let options = DiagramOptions(labels: .names, language: q.language)
                    var coded = options
                    coded.labels = .codes
                    return GroupsOutcome(
                        request: request, result: result,
                        diagrams: try SuggestionDiagrams.workGroups(result, network: network, options: options, audience: .teacher),
                        codedDiagrams: try SuggestionDiagrams.workGroups(result, network: network, options: coded, audience: .teacher))
                } catch let error as SuggestError {
                    throw APIError(.badRequest, code: error.kind.rawValue, error.message(q.language))
                } catch let error as RenderError {
                    throw APIError.drawFailed(s, error)
                }
            }
            guard await self.store.update(q.id, { $0.groups = outcome }) else { throw APIError.sessionGone(s) }
            let context = SuggestionContext(network: q.loaded.network, language: q.language, labels: q.labels)
            let document = WorkGroupsDocument(WorkGroupsBody(outcome.result, request: request, context: context), context: context)
            return try Responses.json(
                GroupsAnswer(groups: document, ignored: ignored, diagrams: outcome.diagrams.indices.map { "groups/\($0 + 1).svg" }))
        }
        router.get("/api/sessions/:id/groups/:file") { request, context -> Response in
            let s = Self.strings(request, self.configuration)
            let (_, session) = try await self.session(context, s)
            let file = context.parameters.get("file") ?? ""
            let parts = file.split(separator: ".")
            guard let outcome = session.groups, parts.count == 2, let round = Int(parts[0]),
                let format = DiagramFormat(fileExtension: String(parts[1])), format != .dot,
                outcome.diagrams.indices.contains(round - 1)
            else { throw APIError.notFound(s, request.uri.path) }
            let labels = try Self.labels(request.uri.queryParameters["labels"].map(String.init), s)
            let diagram = labels == .codes ? outcome.codedDiagrams[round - 1] : outcome.diagrams[round - 1]
            let bytes = try await self.draw(diagram, format: format, s)
            let download = request.uri.queryParameters["download"] == "1"
            return Responses.bytes(
                bytes, type: Self.contentType(format),
                download: download ? "groups-round\(round)\(labels == .codes ? "-codes" : "").\(format.fileExtension)" : nil,
                policy: "default-src 'none'; style-src 'unsafe-inline'")
        }
    }

    /// The library's request for the page's choices; pairs with an absent pupil are left out and said.
    static func groupRequest(_ c: GroupsChoices, network: ClassNetwork, _ q: SessionQuery) throws -> (WorkGroupRequest, [String]) {
        var choices = try PupilChoices(network: network, absent: c.absent, strings: q.strings, pseudonymised: q.pseudonymised)
        let request = WorkGroupRequest(
            size: c.size, rounds: c.rounds ?? 1, apart: try choices.pairs(c.apart), together: try choices.pairs(c.together),
            absent: choices.absent.sorted(), leaders: c.leaders ?? .prosocial, leaderPupils: try (c.leaderPupils ?? []).map(choices.pupil),
            balanceGender: c.balanceGender ?? false)
        return (request, choices.ignored)
    }
}
