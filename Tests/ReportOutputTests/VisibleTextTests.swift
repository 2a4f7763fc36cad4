import XCTest
@testable import ReportOutput

final class VisibleTextTests: XCTestCase {
    func testControlsBecomeVisibleEscapes() {
        XCTAssertEqual(VisibleText.escape("a\nb\r\tc"), #"a\nb\r\tc"#)
        XCTAssertEqual(VisibleText.escape("bell\u{07}\u{85}"), #"bell\u{7}\u{85}"#)
        XCTAssertEqual(VisibleText.escape(#"C:\path 北京"#), #"C:\path 北京"#)
    }
}
