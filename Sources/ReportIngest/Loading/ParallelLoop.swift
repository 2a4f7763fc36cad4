import Dispatch

/// Runs `body(0) … body(count - 1)` on all cores (`DispatchQueue.concurrentPerform`), or in order on
/// this thread when `parallel` is false or there is one iteration.
enum ParallelLoop {
    static func run(_ count: Int, parallel: Bool, _ body: @Sendable (Int) -> Void) {
        if parallel && count > 1 {
            DispatchQueue.concurrentPerform(iterations: count, execute: body)
        } else {
            for index in 0..<count { body(index) }
        }
    }
}
