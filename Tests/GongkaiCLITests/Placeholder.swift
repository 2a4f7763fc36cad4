import XCTest
final class GongkaiCLITestsPlaceholder: XCTestCase { func testPlaceholderBuilds() { XCTAssertTrue(true) } }
