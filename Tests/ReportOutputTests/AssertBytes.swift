import XCTest

/// Asserts two texts are the same bytes. `XCTAssertEqual` on strings compares by canonical
/// equivalence (`e` + U+0301 equals `é`) and CRLF against LF hides in the failure message; renderer
/// output must match byte for byte, so this compares UTF-8 and shows both sides escaped.
func assertBytes(_ actual: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
    guard Array(actual.utf8) != Array(expected.utf8) else { return }
    XCTFail("""
        bytes differ
        actual:   \(actual.debugDescription)
        expected: \(expected.debugDescription)
        \(actual)
        """, file: file, line: line)
}
