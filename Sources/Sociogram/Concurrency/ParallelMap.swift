import Foundation

/// `body(0)`, …, `body(count - 1)` computed on the available cores, returned in index order: the
/// library's one way of spreading independent work (placement lanes, the classes of a grade's
/// development) over threads without sharing mutable state.
///
/// - Complexity: `count` calls of `body`, on up to the number of cores at a time.
func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    guard count > 1 else { return count == 1 ? [body(0)] : [] }
    let slots = ResultSlots<T>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { slots.store(body($0), at: $0) }
    return slots.collect()
}

/// Result slots for parallel work: each call writes only its own slot, and the slots are read only
/// after `concurrentPerform` has returned.
private final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private let values: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        values = .allocate(capacity: count)
        values.initialize(repeating: nil, count: count)
    }

    deinit {
        values.deinitialize(count: count)
        values.deallocate()
    }

    func store(_ value: T, at index: Int) { values[index] = value }
    func collect() -> [T] { (0..<count).compactMap { values[$0] } }
}
