import Glibc
import XCTest
@testable import LineEditing

final class KeyboardInputTests: XCTestCase {
    private var keys: [Int32] = [-1, -1]
    private var wake: [Int32] = [-1, -1]

    override func setUp() {
        XCTAssertEqual(pipe(&keys), 0)
        XCTAssertEqual(pipe(&wake), 0)
    }

    override func tearDown() {
        (keys + wake).filter { $0 >= 0 }.forEach { close($0) }
    }

    private func type(_ bytes: [UInt8]) {
        XCTAssertEqual(write(keys[1], bytes, bytes.count), bytes.count)
    }

    private func next() -> KeyboardInput.Outcome {
        KeyboardInput.next(from: keys[0], wake: wake[0])
    }

    func testDecodesASCIIAndChineseOneCharacterAtATime() {
        type(Array("a机\u{1B}".utf8))
        XCTAssertEqual(next(), .character("a"))
        XCTAssertEqual(next(), .character("机"))
        XCTAssertEqual(next(), .character("\u{1B}"))
    }

    func testMalformedBytesAreDroppedAndTheNextCharacterKept() {
        type([0xFF, 0x61, 0xE6, 0x62, 0xE6, 0x9C, 0x63])  // stray byte; two truncated sequences
        XCTAssertEqual(next(), .character("a"))
        XCTAssertEqual(next(), .character("b"))
        XCTAssertEqual(next(), .character("c"))
    }

    func testEndOfInput() {
        close(keys[1])
        keys[1] = -1
        XCTAssertEqual(next(), .endOfInput)
    }

    func testTheWakeDescriptorInterruptsTheWait() {
        var byte: UInt8 = 1
        XCTAssertEqual(write(wake[1], &byte, 1), 1)
        XCTAssertEqual(next(), .interrupted)
    }

    func testSIGINTWakesThroughTheSignalPipe() {
        withSignalInterruptInstalled { _ in
            Glibc.raise(SIGINT)  // delivered before the wait starts: must still not be missed
            XCTAssertEqual(KeyboardInput.next(from: keys[0], wake: SignalInterrupt.wakeDescriptor), .interrupted)
        }
    }
}
