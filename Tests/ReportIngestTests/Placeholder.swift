import XCTest
final class ReportIngestTestsPlaceholder: XCTestCase { func testPlaceholderBuilds() { XCTAssertTrue(true) } }
