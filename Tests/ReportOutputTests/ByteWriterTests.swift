import FileAccess
import XCTest
@testable import ReportOutput

final class ByteWriterTests: XCTestCase {
    func testIntegersInFullAtTheExtremes() {
        for number in [0, 7, -7, 10, 99, 100, -100, 2023, Int.max, Int.min, Int.max - 1] {
            let text = ByteWriter.text { $0.append(integer: number) }
            XCTAssertEqual(text, String(number))
        }
    }

    func testTheFirstSinkFailureIsKeptAndLaterBytesDropped() {
        var calls = 0
        let writer = ByteWriter { _ in
            calls += 1
            return FileError(path: "x", operation: "write", code: 28)
        }
        writer.append("abc")
        XCTAssertEqual(writer.flush()?.code, 28)
        writer.append("def")
        XCTAssertEqual(writer.flush()?.code, 28)
        XCTAssertEqual(calls, 1)
    }

    func testByteSetFindsItsMembersOnly() {
        let set = ByteSet.controls(and: [UInt8(ascii: "\""), 0xFF])
        for byte in 0...255 {
            XCTAssertEqual(set.contains(UInt8(byte)), byte < 0x20 || byte == 0x22 || byte == 0xFF, "\(byte)")
        }
        let bytes: [UInt8] = Array("ab北京\"c".utf8)
        bytes.withUnsafeBufferPointer { XCTAssertEqual(set.firstIndex(in: $0), 8) }
    }
}
