import Glibc
@testable import LineEditing

/// Runs `body` with gongkai's SIGINT handler installed over an ignored SIGINT (so a stray signal
/// cannot kill the test run), then restores everything and leaves the flag and pipe empty.
func withSignalInterruptInstalled(_ body: (SignalInterrupt.PreviousAction) -> Void) {
    var ignore = sigaction()
    ignore.__sigaction_handler.sa_handler = SIG_IGN
    var original = sigaction()
    sigaction(SIGINT, &ignore, &original)
    defer { sigaction(SIGINT, &original, nil) }
    let previous = SignalInterrupt.install()
    SignalInterrupt.flag.lower()
    SignalInterrupt.drainWakeups()
    body(previous)
    SignalInterrupt.restore(previous)
    SignalInterrupt.flag.lower()
    SignalInterrupt.drainWakeups()
}
