import Dispatch
import Synchronization

/// Runs a function over a few items on all cores (`DispatchQueue.concurrentPerform`) and returns the
/// results in the items' order.
enum ParallelChunks {
    static func map<Item: Sendable, Output: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Output) -> [Output] {
        guard items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<Output>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, transform(items[index]))
        }
        return results.values
    }
}

/// One slot per item, each written once from any thread, read after every thread is done.
private final class ResultSlots<Output: Sendable>: @unchecked Sendable {
    private var slots: [Output?]
    private let lock = Mutex<Void>(())

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Output) {
        lock.withLock { _ in slots[index] = value }
    }

    var values: [Output] { lock.withLock { _ in slots.map { $0! } } }
}
