import Foundation
import XCTest
@testable import ReportIngest

final class SubprocessTests: XCTestCase {
    func testOutputAndStatus() throws {
        let directory = try ReaderFixtures.temporaryDirectory(for: self)
        let shell = try XCTUnwrap(Subprocess.locate("sh"))
        let outcome = try Subprocess.run(shell, arguments: ["-c", "printf '一\\t二'; echo oops >&2; exit 3"],
                                         timeout: 20, workDirectory: directory)
        XCTAssertEqual(outcome.status, 3)
        XCTAssertEqual(String(decoding: outcome.standardOutput, as: UTF8.self), "一\t二")
        XCTAssertEqual(String(decoding: outcome.standardError, as: UTF8.self), "oops\n")
    }

    func testHangingProcessIsStopped() throws {
        let directory = try ReaderFixtures.temporaryDirectory(for: self)
        let sleep = try XCTUnwrap(Subprocess.locate("sleep"))
        XCTAssertThrowsError(try Subprocess.run(sleep, arguments: ["600"], timeout: 0.2, workDirectory: directory)) { error in
            guard case Subprocess.Failure.timedOut = error else { return XCTFail("\(error)") }
        }
    }

    func testMissingExecutable() {
        XCTAssertNil(Subprocess.locate("gongkai-no-such-tool"))
    }
}
