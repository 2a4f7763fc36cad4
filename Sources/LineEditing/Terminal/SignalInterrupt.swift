#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Catches SIGINT so it interrupts instead of killing the process.
///
/// The handler raises `SignalInterrupt.flag` and writes a byte to a pipe whose read end is
/// `wakeDescriptor` (the self-pipe trick): code that waits for input can `poll` that descriptor
/// too and cannot miss a signal that lands just before it starts waiting. The handler is
/// installed without SA_RESTART, so a plain blocking `read` also returns (EINTR).
/// Installation is scoped: `install()` returns the previous disposition and `restore(_:)` puts
/// it back, so installs nest.
public enum SignalInterrupt {
    /// Raised by every SIGINT while the handler is installed.
    public static let flag = InterruptFlag()

    private static let wakePipe = WakePipe()

    /// Readable after a SIGINT until `drainWakeups()`; -1 if the pipe could not be made.
    public static var wakeDescriptor: Int32 { wakePipe.readEnd }

    /// The SIGINT disposition that an `install()` replaced.
    public struct PreviousAction {
        fileprivate var action: sigaction
    }

    /// Installs the handler and returns what it replaced.
    public static func install() -> PreviousAction {
        _ = flag  // initialise both globals before a signal can touch them
        _ = wakePipe
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            SignalInterrupt.flag.raise()
            SignalInterrupt.wakePipe.wake()
        }
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

    /// Empties the wake pipe (the flag is separate: see `InterruptFlag.consume()`).
    public static func drainWakeups() {
        wakePipe.drain()
    }
}

/// A non-blocking, close-on-exec pipe a signal handler writes to.
private final class WakePipe: Sendable {
    let readEnd: Int32
    let writeEnd: Int32

    init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
        }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    /// Async-signal-safe: one `write`; a full pipe already means "woken".
    func wake() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    func drain() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(readEnd, &buffer, buffer.count) > 0 {}
    }
}
