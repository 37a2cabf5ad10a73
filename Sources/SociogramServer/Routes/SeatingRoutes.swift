import Foundation
import Hummingbird
import Sociogram

/// Seating plans (klassekart), through the same library calls as `sociogram seating`:
/// `GET /api/sessions/{id}/seating-room?room=pairs:5x3` (the room's seats, for the page's fixed-seat
/// menu), `POST /api/sessions/{id}/seating` (make the plans), `GET /api/sessions/{id}/seating` (the
/// last plans again, in another language or with codes), `GET /api/sessions/{id}/seating.json` and
/// the charts `GET /api/sessions/{id}/seating/{rotation}.png|svg|pdf` (the library's
/// ``SeatingChart``, drawn by the app's renderer).
extension SociogramWebApp {
    /// `POST /api/sessions/{id}/seating`: what the teacher chose on the page; pupils by id.
    struct SeatingChoices: Decodable, Sendable {
        struct FixedSeat: Decodable, Sendable {
            let pupil: String
            /// A seat's name (`A3`) or `front`.
            let seat: String
        }
        /// A preset as `sociogram seating --room` takes it (`pairs:5x3`, `rows:5x6`, `islands:6x5`, `horseshoe:28`).
        let room: String
        let rotations: Int?
        let apart: [[String]]?
        /// Pairs to seat beside each other (same table, or next to each other in a row).
        let together: [[String]]?
        let negativeApart: Bool?
        let fixed: [FixedSeat]?
        let mixGender: Bool?
        let seed: UInt64?
        let iterations: Int?
    }

    struct SeatingAnswer: Encodable, Sendable {
        /// `seating.json`, as `sociogram seating --json` prints it.
        let seating: SeatingDocument
        /// The lines `sociogram seating` prints.
        let lines: [String]
        /// A heading per rotation (`Rotasjon 1 av 2`).
        let titles: [String]
        /// The charts, one per rotation, relative to the session (`seating/1.svg`).
        let charts: [String]
        /// Whether a plan breaks a hard rule (the command's exit 1).
        let needsAttention: Bool
    }

    /// `GET /api/sessions/{id}/seating-room`: a room's seats, for choosing fixed seats from a menu.
    struct RoomAnswer: Encodable, Sendable {
        let room: String
        let capacity: Int
        let pupils: Int
        let seats: [String]
        /// The seats of the front row.
        let front: [String]
        /// `pairs:5x3: 30 seats for 26 pupils.`
        let text: String
    }

    static let maxRotations = 20
    static let maxIterations = 200_000

    func addSeatingRoutes(to router: Router<ServeContext>) {
        router.get("/api/sessions/:id/seating-room") { request, context -> Response in
            let q = try await self.query(request, context)
            let room = try Self.room(request.uri.queryParameters["room"].map(String.init) ?? "", q.strings)
            let pupils = q.loaded.network.count
            return try Responses.json(
                RoomAnswer(
                    room: room.name, capacity: room.capacity, pupils: pupils, seats: room.seats.map(\.name),
                    front: room.frontSeats.map { room.seats[$0].name },
                    text: q.strings.serveSeatingRoomSize(room: room.name, seats: room.capacity, pupils: pupils)))
        }
        router.post("/api/sessions/:id/seating") { request, context -> Response in
            let q = try await self.query(request, context)
            let s = q.strings
            let choices: SeatingChoices
            do {
                choices = try JSONDecoder().decode(SeatingChoices.self, from: Data(buffer: try await request.body.collect(upTo: 1 << 20)))
            } catch {
                throw APIError.badRequest(s, "{\"room\": \"pairs:5x3\", \"rotations\": 1, \"apart\": [[id, id]], \"fixed\": [{\"pupil\": id, \"seat\": \"front\"}]} is expected")
            }
            guard (1...Self.maxRotations).contains(choices.rotations ?? 1), (1...Self.maxIterations).contains(choices.iterations ?? 30_000) else {
                throw APIError(.badRequest, code: "badOption", s.serveSeatingRotationsRange(maxRotations: Self.maxRotations, maxIterations: Self.maxIterations))
            }
            let room = try Self.room(choices.room, s)
            let seatingRequest = try Self.seatingRequest(choices, room: room, network: q.loaded.network, s)
            let result = try await self.offThread { () throws -> SeatingResult in
                // In the pseudonymised mode the plan is made on codes, so that no message can carry a name.
                let work = q.pseudonymised ? q.loaded.network.withCodesAsNames() : q.loaded.network
                do {
                    return try work.suggestSeating(in: room, seatingRequest)
                } catch let error as SuggestError {
                    throw APIError(.badRequest, code: error.kind.rawValue, error.message(q.language))
                }
            }
            let outcome = SeatingOutcome(result: result, pupilIDs: q.loaded.network.pupils.map(\.id))
            guard await self.store.update(q.id, { $0.seating = outcome }) else { throw APIError.sessionGone(s) }
            return try Responses.json(Self.seatingAnswer(outcome, q))
        }
        router.get("/api/sessions/:id/seating") { request, context -> Response in
            let q = try await self.query(request, context)
            return try Responses.json(Self.seatingAnswer(try Self.seating(q, request.uri.path), q))
        }
        router.get("/api/sessions/:id/seating.json") { request, context -> Response in
            let q = try await self.query(request, context)
            let outcome = try Self.seating(q, request.uri.path)
            let document = SeatingDocument(outcome.result, context: SuggestionContext(network: q.loaded.network, language: q.language, labels: q.labels))
            return Responses.json(data: try document.jsonData(), download: q.download ? q.fileName("seating", "json") : nil)
        }
        router.get("/api/sessions/:id/seating/:file") { request, context -> Response in
            let q = try await self.query(request, context)
            let outcome = try Self.seating(q, request.uri.path)
            let parts = (context.parameters.get("file") ?? "").split(separator: ".")
            let plans = outcome.result.plans.count
            guard parts.count == 2, let rotation = Int(parts[0]), (1...plans).contains(rotation),
                let format = DiagramFormat(fileExtension: String(parts[1])), format != .dot
            else { throw APIError.notFound(q.strings, request.uri.path) }
            let labels = SuggestionContext(network: q.loaded.network, language: q.language, labels: q.labels).labels
            let dot = SeatingChart.dot(outcome.result, rotation: rotation - 1, labels: labels, strings: q.strings)
            // PNG at 150 dpi, as `sociogram seating --out` writes it (A4 landscape, sharp when printed).
            let bytes = try await self.draw(Diagram(dot: dot, engine: .pinned), format: format, dpi: format == .png ? 150 : nil, q.strings)
            let stem = plans == 1 ? "seating" : "seating-r\(rotation)"
            return Responses.bytes(
                bytes, type: Self.contentType(format), download: q.download ? q.fileName(stem, format.fileExtension) : nil,
                policy: "default-src 'none'; style-src 'unsafe-inline'")
        }
    }

    /// A room preset; 400 with the room error's words (the command line's `--room` message).
    static func room(_ text: String, _ s: Strings) throws -> Room {
        do {
            return try Room.preset(text.trimmingCharacters(in: .whitespaces))
        } catch {
            throw APIError(.badRequest, code: error.kind.rawValue, error.message(s.language))
        }
    }

    /// The library's request for the page's choices (pupils by id, seats by name or `front`).
    static func seatingRequest(_ c: SeatingChoices, room: Room, network: ClassNetwork, _ s: Strings) throws -> SeatingRequest {
        var choices = try PupilChoices(network: network, absent: nil, strings: s, pseudonymised: false)
        var fixed: [Int: SeatingProblem.Fixed] = [:]
        for f in c.fixed ?? [] {
            let who = try choices.pupil(f.pupil)
            let place = f.seat.trimmingCharacters(in: .whitespaces)
            guard let fixedPlace = room.fixedPlace(named: place) else {
                throw APIError(.badRequest, code: "badOption", s.serveSeatingNoSeat(room: room.name, seat: place))
            }
            fixed[who] = fixedPlace
        }
        return SeatingRequest(
            rotations: c.rotations ?? 1, apart: try choices.pairs(c.apart), negativeApart: c.negativeApart ?? false, fixed: fixed,
            mixGender: c.mixGender ?? false, search: SeatingSearch(seed: c.seed ?? 1, iterations: c.iterations ?? 30_000),
            together: try choices.pairs(c.together))
    }

    /// The last plans of the session; 404 without any, or when the survey has since been read with
    /// other pupils (a changed name decision).
    static func seating(_ q: SessionQuery, _ path: String) throws -> SeatingOutcome {
        guard let outcome = q.session.seating, outcome.pupilIDs == q.loaded.network.pupils.map(\.id) else {
            throw APIError.notFound(q.strings, path)
        }
        return outcome
    }

    static func seatingAnswer(_ outcome: SeatingOutcome, _ q: SessionQuery) -> SeatingAnswer {
        let context = SuggestionContext(network: q.loaded.network, language: q.language, labels: q.labels)
        let plans = outcome.result.plans.count
        return SeatingAnswer(
            seating: SeatingDocument(outcome.result, context: context), lines: SeatingText.lines(outcome.result, context: context),
            titles: (1...plans).map { q.strings.seatingRotation($0, of: plans) }, charts: (1...plans).map { "seating/\($0).svg" },
            needsAttention: outcome.result.needsAttention)
    }
}

/// Seating plans made on the page, for the page, the charts and `seating.json` in any language.
struct SeatingOutcome: Sendable {
    let result: SeatingResult
    /// The pupils' ids when the plans were made: a survey read again with other pupils makes them stale.
    let pupilIDs: [String]
}
