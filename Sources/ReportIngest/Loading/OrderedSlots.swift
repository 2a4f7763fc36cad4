import Foundation

/// One slot per task of a `DispatchQueue.concurrentPerform`, filled from any thread, read in task order
/// once all tasks are done. A lock guards the array, so sharing it across threads is sound.
final class OrderedSlots<Element: Sendable>: @unchecked Sendable {
    private var slots: [Element?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ element: Element) {
        lock.lock()
        slots[index] = element
        lock.unlock()
    }

    /// Whether slot `index` has been filled.
    func isSet(_ index: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return slots[index] != nil
    }

    /// The element of slot `index`, if filled.
    func value(at index: Int) -> Element? {
        lock.lock()
        defer { lock.unlock() }
        return slots[index]
    }

    /// The elements in order, moved out (after every task has run; the slots are left empty): no
    /// element is copied, which for 100,000 records was a reference-count round trip per field array.
    func take() -> [Element] {
        lock.lock()
        var taken: [Element?] = []
        swap(&taken, &slots)
        lock.unlock()
        var elements: [Element] = []
        elements.reserveCapacity(taken.count)
        for index in taken.indices {
            if let element = taken[index].take() { elements.append(element) }
        }
        return elements
    }

    /// The elements in order (after every task has run).
    var elements: [Element] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
