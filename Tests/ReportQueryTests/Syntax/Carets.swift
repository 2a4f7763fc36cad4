import XCTest
@testable import ReportQuery

/// Error positions written as a caret line under the query in the test source:
///
///     "select agency where requests.nwe > 0",
///     "                    ^^^^^^^^^^^^",
///
/// Columns count display width (CJK characters are two columns). A single caret just past the end of
/// the text marks the end of input (an empty range there).
enum Carets {
    static func range(under text: String, _ carets: String) -> SourceRange {
        let marks = Array(carets)
        guard let first = marks.firstIndex(of: "^"), let last = marks.lastIndex(of: "^") else {
            return SourceRange(start: 0, end: 0)
        }
        var column = 0
        var offset = 0
        var start: Int?
        var end: Int?
        for character in text {
            if column == first { start = offset }
            if column == last + 1 { end = offset }
            column += character.unicodeScalars.contains { isWide($0) } ? 2 : 1
            offset += character.utf8.count
        }
        if column == last + 1 { end = offset }
        return SourceRange(start: start ?? offset, end: end ?? offset)
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
            return true
        default:
            return false
        }
    }
}

extension XCTestCase {
    /// Asserts that parsing `text` fails with `message` at the span the caret line marks.
    func assertParseError(
        _ text: String, _ carets: String, _ message: String, hint: String? = nil, atEnd: Bool? = nil,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        do {
            let statement = try Parser.parseStatement(text)
            XCTFail("parsed without error: \(statement)", file: file, line: line)
        } catch {
            XCTAssertEqual(error.error.message, message, file: file, line: line)
            XCTAssertEqual(error.error.range, Carets.range(under: text, carets), "range", file: file, line: line)
            if let hint { XCTAssertEqual(error.error.hint, hint, file: file, line: line) }
            if let atEnd { XCTAssertEqual(error.atEnd, atEnd, "atEnd", file: file, line: line) }
        }
    }

    /// Asserts that executing `text` on `database` fails with `message` at the span the caret line marks.
    func assertQueryError(
        _ database: inout Database, _ text: String, _ carets: String, _ message: String, hint: String? = nil,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        do {
            _ = try database.execute(text)
            XCTFail("ran without error: \(text)", file: file, line: line)
        } catch {
            XCTAssertEqual(error.message, message, file: file, line: line)
            XCTAssertEqual(error.range, Carets.range(under: text, carets), "range", file: file, line: line)
            if let hint { XCTAssertEqual(error.hint, hint, file: file, line: line) }
        }
    }
}
