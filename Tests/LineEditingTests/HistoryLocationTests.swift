import XCTest
import LineEditing

final class HistoryLocationTests: XCTestCase {
    func testOverrideWins() {
        let environment = ["GONGKAI_HISTORY": "/tmp/h", "XDG_STATE_HOME": "/state", "HOME": "/home/u"]
        XCTAssertEqual(HistoryLocation.path(environment: environment), "/tmp/h")
    }

    func testXDGStateHomeBeforeHome() {
        XCTAssertEqual(
            HistoryLocation.path(environment: ["XDG_STATE_HOME": "/state", "HOME": "/home/u"]),
            "/state/gongkai/history")
        XCTAssertEqual(
            HistoryLocation.path(environment: ["XDG_STATE_HOME": "/state/", "HOME": "/home/u"]),
            "/state/gongkai/history")
    }

    func testRelativeXDGStateHomeIsIgnored() {
        XCTAssertEqual(
            HistoryLocation.path(environment: ["XDG_STATE_HOME": "state", "HOME": "/home/u"]),
            "/home/u/.gongkai_history")
    }

    func testHomeFallback() {
        XCTAssertEqual(HistoryLocation.path(environment: ["HOME": "/home/u"]), "/home/u/.gongkai_history")
    }

    func testEmptyValuesCountAsUnset() {
        let environment = ["GONGKAI_HISTORY": "", "XDG_STATE_HOME": "", "HOME": "/home/u"]
        XCTAssertEqual(HistoryLocation.path(environment: environment), "/home/u/.gongkai_history")
    }

    func testNoLocationWithoutHome() {
        XCTAssertNil(HistoryLocation.path(environment: [:]))
        XCTAssertNil(HistoryLocation.path(environment: ["HOME": ""]))
    }
}
