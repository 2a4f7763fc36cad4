import XCTest
@testable import ReportIngest

/// `ProcessCPU`: the process's CPU time grows by the work done on this thread.
final class ProcessCPUTests: XCTestCase {
    func testGrowsWithWork() {
        let before = ProcessCPU.microseconds()
        let clock = ContinuousClock()
        let start = clock.now
        var x: UInt64 = 1
        // Busy for 200 ms of wall time: at least some of it on a core.
        while clock.now - start < .milliseconds(200) { for _ in 0..<10_000 { x = x &* 6364136223846793005 &+ 1 } }
        XCTAssertNotEqual(x, 0)
        let after = ProcessCPU.microseconds()
        XCTAssertGreaterThan(before, 0)
        XCTAssertGreaterThan(after - before, 2_000, "at least 2 ms of CPU for 200 ms busy, even under load")
    }
}
