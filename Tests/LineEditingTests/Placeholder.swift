import XCTest
final class LineEditingTestsPlaceholder: XCTestCase { func testPlaceholderBuilds() { XCTAssertTrue(true) } }
