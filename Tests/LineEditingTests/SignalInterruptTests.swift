import Glibc
import XCTest
@testable import LineEditing

final class SignalInterruptTests: XCTestCase {
    func testFlagRaiseConsumeLower() {
        let flag = InterruptFlag()
        XCTAssertFalse(flag.isRaised)
        flag.raise()
        XCTAssertTrue(flag.isRaised)
        XCTAssertTrue(flag.consume())
        XCTAssertFalse(flag.consume(), "consumed once")
        flag.raise()
        flag.lower()
        XCTAssertFalse(flag.isRaised)
    }

    func testSIGINTRaisesTheFlagInsteadOfKillingAndRestoreReinstatesThePrevious() {
        withSignalInterruptInstalled { previous in
            Glibc.raise(SIGINT)
            XCTAssertTrue(SignalInterrupt.flag.consume())

            var current = sigaction()
            sigaction(SIGINT, nil, &current)
            XCTAssertEqual(current.sa_flags & Int32(SA_RESTART), 0, "no SA_RESTART: blocking reads return EINTR")
            SignalInterrupt.restore(previous)
            sigaction(SIGINT, nil, &current)
            XCTAssertEqual(
                unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self),
                unsafeBitCast(SIG_IGN, to: Int.self))
        }
    }
}
