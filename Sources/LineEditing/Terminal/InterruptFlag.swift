import Synchronization

/// A flag that a signal handler raises and ordinary code polls — the way a running query
/// learns that the user pressed Ctrl-C. Lock-free, so raising it is async-signal-safe.
public final class InterruptFlag: Sendable {
    private let raised = Atomic<Bool>(false)

    public init() {}

    /// Whether the flag is up.
    public var isRaised: Bool {
        raised.load(ordering: .acquiring)
    }

    /// Puts the flag up.
    public func raise() {
        raised.store(true, ordering: .releasing)
    }

    /// Takes the flag down.
    public func lower() {
        raised.store(false, ordering: .releasing)
    }

    /// Takes the flag down and returns whether it was up (so each interrupt is handled once).
    public func consume() -> Bool {
        raised.exchange(false, ordering: .acquiringAndReleasing)
    }
}
