import Synchronization

/// The port the server really listens on: the one asked for, or with `--port 0` the one the system
/// chose, known once the server is running. The Host and Origin checks read it on every request.
final class ListeningPort: Sendable {
    private let value: Atomic<Int>

    init(_ port: Int) { value = Atomic(port) }

    var port: Int { value.load(ordering: .acquiring) }

    func set(_ port: Int) { value.store(port, ordering: .releasing) }
}
