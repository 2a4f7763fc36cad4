import XCTest
import ReportModel
@testable import ReportQuery

/// A statement that fails gives the same error split (`Morsels` threshold 2 rows) as on one thread:
/// the error of the first chunk, in row order, where the filter or an output fails (the filter first
/// within a chunk), not the filter's first failure further on.
final class ParallelErrorTests: XCTestCase {
    /// 5,000 reports (three chunks of 2,048 rows): `year` overflows `year + 1` in row 0 (chunk 0),
    /// `requests.new.total` overflows `requests.new.total + 1` in row 3,000 (chunk 1).
    private func database() -> Database {
        let catalog = FieldCatalog.standard
        let records = (0..<5_000).map { k in
            var record = ReportRecord()
            func set(_ name: String, _ value: Value) { record.set(catalog.id(name), value, line: 1, origin: .table) }
            set("id", .text("e\(k)"))
            set("year", .integer(k == 0 ? Int.max : 2020))
            set("requests.new.total", .integer(k == 3_000 ? Int.max : 1))
            return record
        }
        return Database(records: records)
    }

    private func error(_ database: Database, _ statement: String) -> QueryError? {
        do {
            _ = try database.query(statement)
            return nil
        } catch {
            return error
        }
    }

    func testAnOutputFailingBeforeTheFilterFailsGivesTheSameErrorSplitOrNot() throws {
        guard Morsels.workers > 1 else { throw XCTSkip("one core: nothing is split") }
        let db = database()
        let statement = "select id, year + 1 from reports where requests.new.total + 1 > 0"
        let serial = try XCTUnwrap(error(db, statement))
        // The output's error (row 0), not the filter's (row 3,000).
        let output = try XCTUnwrap(statement.range(of: "year + 1"))
        XCTAssertEqual(serial.range?.start, statement.distance(from: statement.startIndex, to: output.lowerBound))
        XCTAssertEqual(Morsels.$minimumRows.withValue(2) { error(db, statement) }, serial)
        // The filter failing first (no output fails before row 3,000) is the filter's error either way.
        let filterFirst = "select id, requests.new.total * 2 from reports where requests.new.total + 1 > 0"
        let filterError = try XCTUnwrap(error(db, filterFirst))
        XCTAssertEqual(Morsels.$minimumRows.withValue(2) { error(db, filterFirst) }, filterError)
    }
}
