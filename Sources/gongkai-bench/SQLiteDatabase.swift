import CSQLite
import Foundation
import ReportModel

/// A thin wrapper over a SQLite database (the system library; in memory unless a path is given):
/// statements run, and query rows read into `Value`s as gongkai's results are, for the row check.
final class SQLiteDatabase {
    private(set) var handle: OpaquePointer?

    init(path: String = ":memory:") throws {
        guard sqlite3_open(path, &handle) == SQLITE_OK else { throw BenchError("cannot open SQLite database \(path)") }
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

    /// Writes the whole database to a new file at `path` (replacing one there): the on-disk copy that
    /// the `sqlite3` command and DuckDB's side read.
    func write(to path: String) throws {
        try? FileManager.default.removeItem(atPath: path)
        try execute("VACUUM INTO '\(path.replacingOccurrences(of: "'", with: "''"))'")
    }

    /// The rows of a query, each column read as the value SQLite holds.
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
