import XCTest
import ReportModel
@testable import ReportQuery

/// Helpers for running queries against the fixture corpus.
class QueryTestCase: XCTestCase {
    var database = Fixtures.database()

    /// Runs a query and returns its rows; fails the test on an error.
    func rows(_ query: String, file: StaticString = #filePath, line: UInt = #line) -> [[Value]] {
        do {
            return try database.query(query).rows
        } catch {
            XCTFail("\(query): \(error.message) \(error.hint ?? "")", file: file, line: line)
            return []
        }
    }

    /// The single column of a query's rows.
    func column(_ query: String, file: StaticString = #filePath, line: UInt = #line) -> [Value] {
        rows(query, file: file, line: line).map { $0.first ?? .null }
    }

    /// The one value of a one-row, one-column query.
    func value(_ query: String, file: StaticString = #filePath, line: UInt = #line) -> Value {
        let result = rows(query, file: file, line: line)
        XCTAssertEqual(result.count, 1, query, file: file, line: line)
        return result.first?.first ?? .null
    }

    /// Runs a statement and returns what it gives; fails the test on an error.
    @discardableResult
    func run(_ statement: String, file: StaticString = #filePath, line: UInt = #line) -> StatementResult? {
        do {
            return try database.execute(statement)
        } catch {
            XCTFail("\(statement): \(error.message)", file: file, line: line)
            return nil
        }
    }

    /// The error a statement fails with (fails the test if it succeeds).
    func error(_ statement: String, file: StaticString = #filePath, line: UInt = #line) -> QueryError? {
        do {
            _ = try database.execute(statement)
            XCTFail("expected an error: \(statement)", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }
}
