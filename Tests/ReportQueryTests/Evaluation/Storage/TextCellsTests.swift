import XCTest
@testable import ReportModel
@testable import ReportQuery

/// A result's report texts (`text`, its sections) are read by the byte renderers as the bytes the
/// engine holds (`Projection.texts`, `ResultCells(count:textAddresses:…)`), no string made per cell:
/// through every kind of kept rows (all, a filter's, a sort's, a limit's offset) they are the bytes of
/// the values the result gives, nulls where it has nulls; and a view of them reads the same texts.
final class TextCellsTests: QueryTestCase {
    func testTextCellsAreTheBytesOfTheResultsValues() throws {
        let queries = [
            "select id, text",
            "select text, id where year >= 2022",
            "select id, text.s2, text order by id desc",
            "select id, text limit 3 offset 1",
        ]
        var texts = 0
        for query in queries {
            let result = try database.query(query)
            XCTAssertGreaterThan(result.rowCount, 0, query)
            for column in result.columns.indices where result.columns[column].name.hasPrefix("text") {
                let cells = result.cells(column)
                XCTAssertTrue(cells.inBytes, "\(query): \(result.columns[column].name) is read as bytes")
                cells.withPointers { pointers in
                    for row in 0..<result.rowCount {
                        let value = result[row, column]
                        XCTAssertEqual(pointers.isNull(row), value.isNull, "\(query) row \(row)")
                        guard case .text(let string) = value else { continue }
                        XCTAssertEqual(pointers.withText(row) { Array($0) }, Array(string.utf8), "\(query) row \(row)")
                        XCTAssertEqual(cells.text(row), string)
                        texts += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(texts, 8, "the fixtures' texts were compared")
    }

    func testAViewOfTextsReadsTheSameTexts() {
        let own = rows("select id, text order by id")
        XCTAssertTrue(own.contains { $0[1] != .null })
        XCTAssertEqual(rows("select i, t from (select text as t, id as i) order by i"), own)
        run("create view texts as select id, text")
        XCTAssertEqual(rows("select id, text from texts order by id"), own)
    }
}
