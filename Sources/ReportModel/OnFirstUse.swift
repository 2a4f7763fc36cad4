import Synchronization

/// A value made the first time it is read, then kept and shared: what a warm start need not pay for
/// unless something asks (the identities of 100,000 files, which only an export checks against).
public final class OnFirstUse<Value: Sendable>: Sendable {
    private let state: Mutex<State>

    private enum State {
        case made(Value)
        case pending(@Sendable () -> Value)
    }

    /// A value already made.
    public init(_ value: Value) { state = Mutex(.made(value)) }

    /// A value `make` produces when first read (called at most once).
    public init(make: @escaping @Sendable () -> Value) { state = Mutex(.pending(make)) }

    public var value: Value {
        state.withLock { state in
            switch state {
            case .made(let value):
                return value
            case .pending(let make):
                let value = make()
                state = .made(value)
                return value
            }
        }
    }

    /// Whether the value has been made.
    public var isMade: Bool {
        state.withLock { if case .made = $0 { return true } else { return false } }
    }
}
