import XCTest
@testable import ReportIngest

final class ItemMarkerTests: XCTestCase {
    private func marker(_ text: String) -> ItemMarker? {
        let bytes = Array(text.utf8)
        return ItemMarker.parse(bytes, at: 0, limit: bytes.count)
    }

    func testStyles() {
        XCTAssertEqual(marker("三、收到")?.number, 3)
        XCTAssertEqual(marker("三、收到")?.style, .plain)
        XCTAssertEqual(marker("2、 主动")?.number, 2)
        XCTAssertEqual(marker("2、 主动")?.length, 5, "bytes, with the space after the marker")
        XCTAssertEqual(marker("（1） 做好")?.style, .parenthesized)
        XCTAssertEqual(marker("(七) 总计")?.number, 7)
        XCTAssertEqual(marker("第六部分 其他")?.style, .ordinal)
        XCTAssertEqual(marker("二是提高")?.style, .enumerating)
        XCTAssertEqual(marker("十二、其他")?.number, 12)
        XCTAssertEqual(marker("１．全角")?.number, 1)
    }

    func testNotMarkers() {
        XCTAssertNil(marker("2022年"), "a year")
        XCTAssertNil(marker("1.5万元"), "a decimal")
        XCTAssertNil(marker("总体情况"), "no number")
        XCTAssertNil(marker("（一"), "unclosed")
        XCTAssertNil(marker("0、"), "numbering starts at 1")
    }

    func testHeadingLineStripsMarkupAndMarker() throws {
        let bytes = Array(" 3、 [image: 微信截图_1]收到和处理政府信息公开申请情况 ".utf8)
        let heading = try XCTUnwrap(HeadingLine.parse(bytes, 0..<bytes.count))
        XCTAssertEqual(heading.marker?.number, 3)
        XCTAssertEqual(String(decoding: heading.content, as: UTF8.self), "收到和处理政府信息公开申请情况")
    }
}
