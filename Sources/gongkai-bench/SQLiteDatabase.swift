import CSQLite
import Foundation
import ReportModel

/// A thin wrapper over an in-memory SQLite database (the system library): statements run, and query
/// rows read into `Value`s exactly as gongkai's results are, so the timings compare like with like.
final class SQLiteDatabase {
    private var handle: OpaquePointer?

    init() throws {
        guard sqlite3_open(":memory:", &handle) == SQLITE_OK else { throw BenchError("cannot open SQLite") }
    }

    deinit { sqlite3_close(handle) }

    static var version: String { String(cString: sqlite3_libversion()) }

    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(handle, sql, nil, nil, &message) == SQLITE_OK else {
            defer { sqlite3_free(message) }
            throw BenchError("SQLite: \(message.map { String(cString: $0) } ?? "error") in \(sql)")
        }
    }

    func prepare(_ sql: String) throws -> OpaquePointer {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw BenchError("SQLite: \(String(cString: sqlite3_errmsg(handle))) in \(sql)")
        }
        return statement
    }

    /// Every row of a query, each column read as the value SQLite holds.
    /// The rows of a query.
    func query(_ sql: String) throws -> [[Value]] {
        var rows: [[Value]] = []
        try forEachRow(sql) { columns, cell in rows.append((0..<columns).map(cell)) }
        return rows
    }

    /// Runs a query and calls `body` for each row with its column count and a reader of its cells as
    /// values (the benchmark times reading every cell, as it does of gongkai's result).
    func forEachRow(_ sql: String, _ body: (_ columns: Int, _ cell: (Int) -> Value) -> Void) throws {
        let statement = try prepare(sql)
        defer { sqlite3_finalize(statement) }
        let columns = Int(sqlite3_column_count(statement))
        while true {
            let step = sqlite3_step(statement)
            if step == SQLITE_DONE { break }
            guard step == SQLITE_ROW else { throw BenchError("SQLite: \(String(cString: sqlite3_errmsg(handle)))") }
            body(columns) { column in
                let c = Int32(column)
                switch sqlite3_column_type(statement, c) {
                case SQLITE_INTEGER: return .integer(Int(sqlite3_column_int64(statement, c)))
                case SQLITE_FLOAT: return .decimal(sqlite3_column_double(statement, c))
                case SQLITE_TEXT:
                    let bytes = sqlite3_column_text(statement, c)
                    let count = Int(sqlite3_column_bytes(statement, c))
                    return .text(String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self))
                default: return .null
                }
            }
        }
    }
}
