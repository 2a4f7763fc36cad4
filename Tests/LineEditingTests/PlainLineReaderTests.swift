import Foundation
import XCTest
import LineEditing

final class PlainLineReaderTests: XCTestCase {
    /// A reader over a pipe that already holds `bytes` (the write end is closed).
    private func reader(over bytes: [UInt8]) -> (PlainLineReader, Pipe) {
        let pipe = Pipe()
        let writer = Thread {
            pipe.fileHandleForWriting.write(Data(bytes))
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        return (PlainLineReader(fileDescriptor: pipe.fileHandleForReading.fileDescriptor), pipe)
    }

    private func readAll(_ reader: LineReader) -> [String] {
        var lines: [String] = []
        while case .line(let line) = reader.readLine(prompt: "ignored> ") {
            lines.append(line)
        }
        return lines
    }

    func testListSourceReturnsLinesThenEndOfFile() {
        let reader = PlainLineReader(lines: ["select 1", "", "机关"])
        XCTAssertEqual(reader.readLine(prompt: "> "), .line("select 1"))
        XCTAssertEqual(reader.readLine(prompt: "> "), .line(""))
        XCTAssertEqual(reader.readLine(prompt: "> "), .line("机关"))
        XCTAssertEqual(reader.readLine(prompt: "> "), .endOfFile)
        XCTAssertEqual(reader.readLine(prompt: "> "), .endOfFile)
    }

    func testDescriptorSplitsLinesDropsCarriageReturnsAndKeepsAnUnterminatedLastLine() {
        let (reader, pipe) = reader(over: Array("select 1\r\n\nselect 机关\nlast".utf8))
        XCTAssertEqual(readAll(reader), ["select 1", "", "select 机关", "last"])
        XCTAssertEqual(reader.readLine(prompt: ""), .endOfFile)
        _ = pipe
    }

    func testLinesLongerThanOneReadAndCharactersSplitAcrossReads() {
        // 机 is three bytes; 30_000 of them straddle the 64 KiB read size.
        let long = String(repeating: "机", count: 30_000)
        let (reader, pipe) = reader(over: Array("\(long)\nend\n".utf8))
        XCTAssertEqual(readAll(reader), [long, "end"])
        _ = pipe
    }

    func testInvalidUTF8IsReplacedNotDropped() {
        let (reader, pipe) = reader(over: [0x61, 0xFF, 0x62, 0x0A])
        XCTAssertEqual(readAll(reader), ["a\u{FFFD}b"])
        _ = pipe
    }

    func testEmptyInputIsEndOfFile() {
        let (reader, pipe) = reader(over: [])
        XCTAssertEqual(reader.readLine(prompt: ""), .endOfFile)
        _ = pipe
    }

    func testKeepsNoHistory() {
        let reader = PlainLineReader(lines: [])
        XCTAssertNil(reader.addHistory("select 1"))
    }
}
