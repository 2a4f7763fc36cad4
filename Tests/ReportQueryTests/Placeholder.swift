import XCTest
final class ReportQueryTestsPlaceholder: XCTestCase { func testPlaceholderBuilds() { XCTAssertTrue(true) } }
