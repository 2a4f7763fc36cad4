import CSQLite
import XCTest
import ReportModel
@testable import ReportQuery

/// The relational fixtures as the SQLite table `t` (in memory), and a comparison of a query's rows in
/// gongkai and in SQLite: same rows in the same order, numbers equal (an integer equals the same
/// decimal; decimals to 1e-9), true/false as SQLite's 1/0.
final class RelationalOracle {
    private var handle: OpaquePointer?

    init() throws {
        guard sqlite3_open(":memory:", &handle) == SQLITE_OK else { throw OracleError(message: "cannot open SQLite") }
        try execute("create table t (id text, agency text, province text, year integer, new integer, carried_in integer, carried_out integer, fees real)")
        for row in RelationalFixtures.rows {
            func sql(_ v: String?) -> String { v.map { "'\($0)'" } ?? "null" }
            func sql(_ v: Int?) -> String { v.map(String.init) ?? "null" }
            func sql(_ v: Double?) -> String { v.map { "\($0)" } ?? "null" }
            try execute("insert into t values (\(sql(row.id)), \(sql(row.agency)), \(sql(row.province)), \(sql(row.year)), \(sql(row.new)), \(sql(row.carriedIn)), \(sql(row.carriedOut)), \(sql(row.fees)))")
        }
    }

    deinit { sqlite3_close(handle) }

    struct OracleError: Error { var message: String }

    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(handle, sql, nil, nil, &message) == SQLITE_OK else {
            defer { sqlite3_free(message) }
            throw OracleError(message: message.map { String(cString: $0) } ?? "error")
        }
    }

    func query(_ sql: String) throws -> [[Value]] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw OracleError(message: String(cString: sqlite3_errmsg(handle)) + " in " + sql)
        }
        defer { sqlite3_finalize(statement) }
        var rows: [[Value]] = []
        let columns = sqlite3_column_count(statement)
        while sqlite3_step(statement) == SQLITE_ROW {
            rows.append((0..<columns).map { c in
                switch sqlite3_column_type(statement, c) {
                case SQLITE_INTEGER: return .integer(Int(sqlite3_column_int64(statement, c)))
                case SQLITE_FLOAT: return .decimal(sqlite3_column_double(statement, c))
                case SQLITE_TEXT: return .text(String(cString: sqlite3_column_text(statement, c)))
                default: return .null
                }
            })
        }
        return rows
    }

    static var version: String { String(cString: sqlite3_libversion()) }

    /// Whether two cells mean the same value.
    static func same(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.bool(let x), _): return same(.integer(x ? 1 : 0), b)
        case (_, .bool(let y)): return same(a, .integer(y ? 1 : 0))
        case (.integer(let x), .decimal(let y)), (.decimal(let y), .integer(let x)): return abs(Double(x) - y) < 1e-9
        case (.decimal(let x), .decimal(let y)): return abs(x - y) < 1e-9 * max(1, abs(x))
        default: return a == b
        }
    }
}

/// Runs queries in gongkai and SQLite and compares them row for row.
class OracleTestCase: QueryTestCase {
    var oracle: RelationalOracle!

    override func setUpWithError() throws {
        database = try RelationalFixtures.database()
        oracle = try RelationalOracle()
    }

    /// `sql` for SQLite and `gongkai` (the same text unless given) give the same rows in the same order.
    func assertSame(_ sql: String, gongkai: String? = nil, file: StaticString = #filePath, line: UInt = #line) {
        let expected: [[Value]]
        let actual: [[Value]]
        do {
            expected = try oracle.query(sql)
        } catch {
            return XCTFail("SQLite: \(error)", file: file, line: line)
        }
        do {
            actual = try database.query(gongkai ?? sql).rows
        } catch {
            return XCTFail("gongkai: \(error.message) \(error.hint ?? "") in \(gongkai ?? sql)", file: file, line: line)
        }
        XCTAssertFalse(expected.isEmpty, "the oracle query should return rows: \(sql)", file: file, line: line)
        guard expected.count == actual.count else {
            return XCTFail("\(actual.count) rows, SQLite \(expected.count): \(gongkai ?? sql)\n\(actual)\n\(expected)", file: file, line: line)
        }
        for (k, (a, e)) in zip(actual, expected).enumerated() {
            guard a.count == e.count, zip(a, e).allSatisfy({ RelationalOracle.same($0, $1) }) else {
                return XCTFail("row \(k): \(a) but SQLite \(e) in \(gongkai ?? sql)", file: file, line: line)
            }
        }
    }

    /// The error of a statement, with its caret's text.
    func failure(_ statement: String, file: StaticString = #filePath, line: UInt = #line) -> (message: String, marked: String)? {
        do {
            _ = try database.execute(statement)
            XCTFail("expected an error: \(statement)", file: file, line: line)
            return nil
        } catch {
            let bytes = Array(statement.utf8)
            let marked = error.range.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) } ?? ""
            return (error.message, marked)
        }
    }
}
