import XCTest
final class ReportOutputTestsPlaceholder: XCTestCase { func testPlaceholderBuilds() { XCTAssertTrue(true) } }
