/// The surveys (or grades) loaded in this run, in memory only, each under a random id; the oldest is
/// forgotten when more than the limit are loaded. Stopping the server forgets them all.
actor SessionStore<Session: Sendable> {
    private var sessions: [String: Session] = [:]
    private var order: [String] = []
    private let limit: Int

    init(limit: Int) { self.limit = limit }

    /// Keeps `session` and returns its new id (128 random bits).
    func add(_ session: Session) -> String {
        let id = AccessToken().value.prefix(32).description
        sessions[id] = session
        order.append(id)
        while order.count > limit { sessions[order.removeFirst()] = nil }
        return id
    }

    func get(_ id: String) -> Session? { sessions[id] }

    /// Changes the session `id` with `change`; `false` when there is no such session.
    func update(_ id: String, _ change: (inout Session) -> Void) -> Bool {
        guard var session = sessions[id] else { return false }
        change(&session)
        sessions[id] = session
        return true
    }

    /// Forgets the session `id`.
    func remove(_ id: String) {
        sessions[id] = nil
        order.removeAll { $0 == id }
    }

    /// Forgets everything ("Slett alt").
    func removeAll() {
        sessions = [:]
        order = []
    }

    var count: Int { sessions.count }
}
