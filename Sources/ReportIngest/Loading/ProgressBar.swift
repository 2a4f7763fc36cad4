import Foundation
import Synchronization

/// A progress bar on stderr for long loads: drawn only when stderr is a terminal and the load has
/// taken more than half a second, redrawn at most ten times a second by whichever worker advances it,
/// and erased when the load ends. `advance()` is safe from any thread.
final class ProgressBar: Sendable {
    private let total: Int
    private let enabled: Bool
    private let start = DispatchTime.now().uptimeNanoseconds
    private let done = Atomic<Int>(0)
    /// When the bar was last drawn (ns since start; 0 = never).
    private let drawn = Mutex<UInt64>(0)

    static let delay: UInt64 = 500_000_000
    static let interval: UInt64 = 100_000_000

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled && total > 0 && isatty(STDERR_FILENO) == 1
    }

    func advance(by count: Int = 1) {
        let now = done.add(count, ordering: .relaxed).newValue
        guard enabled, now & 31 == 0 || now == total else { return }
        let elapsed = DispatchTime.now().uptimeNanoseconds - start
        guard elapsed >= ProgressBar.delay else { return }
        drawn.withLock { last in
            guard last == 0 || elapsed - last >= ProgressBar.interval else { return }
            last = elapsed
            ProgressBar.write(ProgressBar.line(done: min(now, total), total: total, seconds: Double(elapsed) / 1e9))
        }
    }

    /// Erases the bar if it was drawn.
    func finish() {
        drawn.withLock { last in
            if last != 0 { ProgressBar.write("\r\u{1B}[K") }
            last = 0
        }
    }

    /// "loading  [#########           ]  45% 45000/100000  2.1 s"
    static func line(done: Int, total: Int, seconds: Double) -> String {
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
        let percent = total == 0 ? 100 : done * 100 / total
        return "\rloading [\(bar)] \(percent)% \(done)/\(total) " + String(format: "%.1f s", seconds) + "\u{1B}[K"
    }

    private static func write(_ text: String) {
        var text = text
        text.withUTF8 { _ = Foundation.write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
