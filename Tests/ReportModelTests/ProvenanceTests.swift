import XCTest
@testable import ReportModel

final class ProvenanceTests: XCTestCase {
    /// A record keeps one optional provenance per field: it must stay at 8 bytes.
    func testAnOptionalProvenanceTakesEightBytes() {
        XCTAssertEqual(MemoryLayout<Provenance?>.stride, 8)
    }

    func testLinesRoundTripAndClamp() {
        XCTAssertEqual(Provenance(line: 86, origin: .table).line, 86)
        XCTAssertEqual(Provenance(line: Int.max, origin: .table).line, Int(Int32.max))
        var provenance = Provenance(line: 0, origin: .derived)
        provenance.line = 12
        XCTAssertEqual(provenance, Provenance(line: 12, origin: .derived))
        XCTAssertEqual("\(Origin.narrative)", "narrative")
    }
}
