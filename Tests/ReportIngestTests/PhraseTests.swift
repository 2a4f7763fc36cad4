import XCTest
@testable import ReportIngest

final class PhraseTests: XCTestCase {
    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    func testCountWithFillersSpacesAndUnits() {
        let hay = bytes("政务信息共 91 条")
        let number = Phrase.count(hay, at: 0, limit: hay.count, fillers: Phrase.words("政务信息", "共"),
                                  units: Phrase.words("条"))
        XCTAssertEqual(number?.integer, 91)
        XCTAssertEqual(number?.end, hay.count, "past the unit")
        XCTAssertNil(Phrase.count(hay, at: 0, limit: hay.count, units: Phrase.words("条")), "fillers not allowed")
    }

    func testFullWidthDigitsAndDecimals() {
        let hay = bytes("１２.5元")
        let number = ScannedNumber.scan(hay, at: 0, limit: hay.count)
        XCTAssertEqual(number?.integerPart, 12)
        XCTAssertEqual(number?.double, 12.5)
        XCTAssertNil(number?.integer)
    }

    func testYearsNeedTheYearMark() {
        let hay = bytes("2022 年度，2022全年，12021年，2021年")
        XCTAssertEqual(Phrase.years(in: hay, 0..<hay.count).map(\.year), [2022, 2021])
    }

    func testSentenceAboutAnotherYear() {
        let hay = bytes("2022年共受理2件。2021年度，我局共收到2件")
        let second = hay.count - bytes("收到2件").count
        XCTAssertTrue(Phrase.isAboutOtherYear(hay, at: second, floor: 0, year: 2022))
        XCTAssertFalse(Phrase.isAboutOtherYear(hay, at: 12, floor: 0, year: 2022))
        XCTAssertFalse(Phrase.isAboutOtherYear(hay, at: second, floor: 0, year: nil), "unknown year: no guard")
    }
}
