import Foundation
import LineEditing
import ReportQuery
import Synchronization

/// Turns Ctrl-C into a cancelled query: while `body` runs, a thread polls `SignalInterrupt.flag`
/// (raised by the SIGINT handler the line editor installs) every 10 ms and cancels `token`; the engine
/// polls the token and stops with "interrupted". The flag itself is left for the line editor, which
/// spends it before the next prompt.
enum InterruptWatcher {
    static func run<T>(cancelling token: CancellationToken, _ body: () -> T) -> T {
        let watch = Watch()
        Thread.detachNewThread {
            while !watch.isDone {
                if SignalInterrupt.flag.isRaised { token.cancel() }
                usleep(10_000)
            }
            watch.stopped.signal()
        }
        defer {
            watch.finish()
            watch.stopped.wait()
        }
        return body()
    }

    private final class Watch: Sendable {
        private let done = Atomic<Bool>(false)
        let stopped = DispatchSemaphore(value: 0)

        var isDone: Bool { done.load(ordering: .acquiring) }
        func finish() { done.store(true, ordering: .releasing) }
    }
}
