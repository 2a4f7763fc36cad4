import Synchronization

/// A flag another thread sets to stop a running query (Ctrl-C in the shell). The engine polls it every
/// few thousand rows and stops with the error "interrupted". Thread-safe; reusable after `reset()`.
public final class CancellationToken: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    /// Asks the running query to stop.
    public func cancel() { flag.store(true, ordering: .relaxed) }

    /// Clears the flag for the next query.
    public func reset() { flag.store(false, ordering: .relaxed) }

    public var isCancelled: Bool { flag.load(ordering: .relaxed) }

    /// Throws "interrupted" once cancelled.
    func check() throws(QueryError) {
        if isCancelled { throw QueryError("interrupted") }
    }
}
