import XCTest
@testable import ReportOutput

final class DecimalTextTests: XCTestCase {
    func testFixedPlacesRoundHalfAwayFromZeroOnTheShortestDigits() {
        XCTAssertEqual(DecimalText.fixed(2.0 / 3.0, places: 4), "0.6667")
        XCTAssertEqual(DecimalText.fixed(0.5, places: 4), "0.5000")
        XCTAssertEqual(DecimalText.fixed(0.285, places: 2), "0.29", "the digits a reader sees, not the binary 0.28499…")
        XCTAssertEqual(DecimalText.fixed(1.005, places: 2), "1.01")
        XCTAssertEqual(DecimalText.fixed(-2.5, places: 0), "-3")
        XCTAssertEqual(DecimalText.fixed(9.9999, places: 2), "10.00")
        XCTAssertEqual(DecimalText.fixed(999.96, places: 1), "1000.0")
        XCTAssertEqual(DecimalText.fixed(12, places: 2), "12.00")
        XCTAssertEqual(DecimalText.fixed(0, places: 0), "0")
    }

    func testNoExponentNotationAndNoNegativeZero() {
        XCTAssertEqual(DecimalText.fixed(1e-5, places: 6), "0.000010")
        XCTAssertEqual(DecimalText.fixed(1e-5, places: 4), "0.0000")
        XCTAssertEqual(DecimalText.fixed(-1e-5, places: 4), "0.0000")
        XCTAssertEqual(DecimalText.fixed(-0.0, places: 1), "0.0")
        XCTAssertEqual(DecimalText.fixed(1.5e17, places: 1), "150000000000000000.0")
        XCTAssertEqual(DecimalText.fixed(0.00006, places: 4), "0.0001")
    }

    func testNonFiniteHasNoFixedText() {
        XCTAssertNil(DecimalText.fixed(.nan, places: 2))
        XCTAssertNil(DecimalText.fixed(-.infinity, places: 2))
    }

    func testPlacesNeeded() {
        XCTAssertEqual(DecimalText.placesNeeded(0.5, maxPlaces: 4), 1)
        XCTAssertEqual(DecimalText.placesNeeded(2.0 / 3.0, maxPlaces: 4), 4)
        XCTAssertEqual(DecimalText.placesNeeded(12, maxPlaces: 4), 0)
        XCTAssertEqual(DecimalText.placesNeeded(0.99999, maxPlaces: 4), 0, "rounds to 1")
        XCTAssertEqual(DecimalText.placesNeeded(1e-9, maxPlaces: 4), 0)
        XCTAssertEqual(DecimalText.placesNeeded(.nan, maxPlaces: 4), 0)
    }
}
