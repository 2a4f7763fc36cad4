import XCTest
import LineEditing

final class HistoryFileFormatTests: XCTestCase {
    func testEncodingEscapesBackslashNewlineAndCarriageReturn() {
        XCTAssertEqual(HistoryFileFormat.encode(["a\nb", #"c\d"#, "e\rf"]), "a\\nb\nc\\\\d\ne\\rf\n")
    }

    func testDecodingUndoesEncoding() {
        XCTAssertEqual(HistoryFileFormat.decode("a\\nb\nc\\\\d\ne\\rf\n"), ["a\nb", #"c\d"#, "e\rf"])
    }

    func testUnknownEscapesAndATrailingBackslashAreKept() {
        XCTAssertEqual(HistoryFileFormat.decode("a\\tb\nend\\\n"), [#"a\tb"#, #"end\"#])
    }

    func testBlankLinesAreSkipped() {
        XCTAssertEqual(HistoryFileFormat.decode("a\n\n\nb"), ["a", "b"])
    }
}
