import XCTest
import Foundation
@testable import ReportIngest

final class TextDecoderTests: XCTestCase {
    private let sample = "一、总体情况\n主动公开政府信息数240条。"

    private func decoded(_ data: Data) -> String? {
        if case .success(let text) = TextDecoder.decode(data) { return text }
        return nil
    }

    private func failure(_ data: Data) -> DecodingFailure? {
        if case .failure(let failure) = TextDecoder.decode(data) { return failure }
        return nil
    }

    func testUTF8WithAndWithoutByteOrderMark() {
        XCTAssertEqual(decoded(Data(sample.utf8)), sample)
        XCTAssertEqual(decoded(Data([0xEF, 0xBB, 0xBF]) + Data(sample.utf8)), sample, "the mark is dropped")
    }

    func testUTF16WithByteOrderMarks() throws {
        let le = Data([0xFF, 0xFE]) + (try XCTUnwrap(sample.data(using: .utf16LittleEndian)))
        let be = Data([0xFE, 0xFF]) + (try XCTUnwrap(sample.data(using: .utf16BigEndian)))
        XCTAssertEqual(decoded(le), sample)
        XCTAssertEqual(decoded(be), sample)
    }

    func testOddLengthUTF16IsUndecodable() {
        guard case .undecodable = failure(Data([0xFF, 0xFE, 0x41, 0x00, 0x42])) else {
            return XCTFail("odd UTF-16 accepted")
        }
    }

    func testGB18030AndGBKFallback() throws {
        let gb = try XCTUnwrap(sample.data(using: TextDecoder.gb18030))
        XCTAssertNotEqual(Array(gb), Array(sample.utf8))
        XCTAssertEqual(decoded(gb), sample)
    }

    func testLineBreaksAreNormalised() {
        XCTAssertEqual(decoded(Data("甲\r\n乙\r丙".utf8)), "甲\n乙\n丙")
    }

    func testEmptyAndMarkOnlyFilesAreEmpty() {
        XCTAssertEqual(failure(Data()), .empty)
        XCTAssertEqual(failure(Data([0xEF, 0xBB, 0xBF])), .empty)
        XCTAssertEqual(failure(Data([0xFF, 0xFE])), .empty)
        XCTAssertEqual(DecodingFailure.empty.message, "empty file")
    }

    func testNulBytesMakeAFileBinary() {
        XCTAssertEqual(failure(Data([0x41, 0x00, 0x42])), .binary(reason: TextDecoder.nulReason))
    }

    func testManyControlCharactersMakeAFileBinary() {
        let bytes = (0..<200).map { UInt8($0 % 2 == 0 ? 0x41 : 0x01) }
        guard case .binary(let reason) = failure(Data(bytes)) else { return XCTFail("not binary") }
        XCTAssertTrue(reason.contains("100 control characters"), reason)
    }

    func testAFewStrayControlCharactersAreTolerated() {
        let text = String(repeating: "政府信息公开", count: 30) + "\u{0C}\u{1A}"
        XCTAssertNotNil(decoded(Data(text.utf8)))
    }

    func testBytesValidInNoEncodingAreUndecodable() {
        guard case .undecodable(let reason) = failure(Data([0xE4, 0xB8, 0x80, 0x80, 0xFF, 0xFE, 0x80, 0x41])) else {
            return XCTFail("decoded garbage")
        }
        XCTAssertTrue(reason.contains("GB18030"), reason)
    }

    func testInvalidUTF8AfterAByteOrderMarkIsUndecodable() {
        guard case .undecodable = failure(Data([0xEF, 0xBB, 0xBF, 0xC3, 0x28])) else { return XCTFail("accepted") }
    }

    /// Random bytes (deterministic): decoding either fails with a reason or gives text the parser takes.
    func testRandomBytesNeverCrash() {
        var state: UInt64 = 7
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        var decodedCount = 0
        for round in 0..<300 {
            let highOnly = round % 2 == 0
            let bytes = (0..<Int(next() % 400)).map { _ in UInt8(truncatingIfNeeded: highOnly ? 0x80 | next() : next()) }
            switch TextDecoder.decode(Data(bytes)) {
            case .success(let text):
                decodedCount += 1
                _ = ReportParser.parse(text: text, file: "x", id: "x")
            case .failure(let failure):
                XCTAssertFalse(failure.message.isEmpty)
            }
        }
        XCTAssertGreaterThan(decodedCount, 0, "some high-byte buffers decode as GB18030")
    }

    /// The word-at-a-time scan for NUL and control bytes agrees with a byte-by-byte one, wherever the
    /// byte falls in or after a word, for every byte value around the limits.
    func testTheBinaryScanAgreesWithAByteByByteScan() {
        func plain(_ bytes: [UInt8]) -> String? {
            var controls = 0
            for byte in bytes {
                if byte == 0 { return TextDecoder.nulReason }
                if (byte < 0x20 && !(0x09...0x0D).contains(byte)) || byte == 0x7F { controls += 1 }
            }
            return Double(controls) > TextDecoder.maxControlShare * Double(bytes.count)
                ? "\(controls) control characters in \(bytes.count) bytes" : nil
        }
        let text = Array("信息公开 abc 123\n".utf8)
        for special: UInt8 in [0x00, 0x01, 0x08, 0x09, 0x0A, 0x0D, 0x0E, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0xFF] {
            for position in 0..<text.count {
                var bytes = text
                bytes[position] = special
                let reason = bytes.withUnsafeBufferPointer { TextDecoder.binaryReason($0) }
                XCTAssertEqual(reason, plain(bytes), "byte \(special) at \(position)")
                var many = Array(repeating: special, count: 3) + text
                many.append(special)
                XCTAssertEqual(many.withUnsafeBufferPointer { TextDecoder.binaryReason($0) }, plain(many), "\(special) at both ends")
            }
        }
    }
}
