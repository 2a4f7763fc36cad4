#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Catches SIGINT (Ctrl-C) so it interrupts instead of killing the process.
///
/// The handler only raises `SignalInterrupt.flag`. It is installed without SA_RESTART, so a
/// blocking `read` (libedit waiting for a key) returns EINTR. Installation is scoped:
/// `install()` returns the previous disposition and `restore(_:)` puts it back, so installs nest.
public enum SignalInterrupt {
    /// Raised by every SIGINT while the handler is installed.
    public static let flag = InterruptFlag()

    /// The SIGINT disposition that an `install()` replaced.
    public struct PreviousAction {
        fileprivate var action: sigaction
    }

    /// Installs the handler and returns what it replaced.
    public static func install() -> PreviousAction {
        _ = flag  // initialise the global before a signal can touch it
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in SignalInterrupt.flag.raise() }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        var previous = sigaction()
        sigaction(SIGINT, &action, &previous)
        return PreviousAction(action: previous)
    }

    /// Puts back the disposition `install()` replaced.
    public static func restore(_ previous: PreviousAction) {
        var action = previous.action
        sigaction(SIGINT, &action, nil)
    }
}
