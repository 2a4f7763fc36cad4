import CSQLite
import ReportModel

/// An in-memory SQLite database (the system library) holding the same rows as a test's records, to
/// check gongkai's answers against: the same query over the same rows must give the same values.
final class SQLiteOracle {
    struct Failure: Error, CustomStringConvertible { let description: String }

    private var handle: OpaquePointer?

    /// A table `reports` with one column per name, filled with `rows` (true/false stored as 1/0).
    init(columns: [String], rows: [[Value]]) throws {
        guard sqlite3_open(":memory:", &handle) == SQLITE_OK else { throw Failure(description: "cannot open SQLite") }
        try execute("create table reports (\(columns.joined(separator: ", ")))")
        for row in rows {
            let values = row.map { value -> String in
                switch value {
                case .null: return "null"
                case .integer(let v): return String(v)
                case .decimal(let v): return "\(v)"
                case .bool(let v): return v ? "1" : "0"
                case .text(let v): return "'" + v.replacingOccurrences(of: "'", with: "''") + "'"
                }
            }
            try execute("insert into reports values (\(values.joined(separator: ", ")))")
        }
    }

    deinit { sqlite3_close(handle) }

    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(handle, sql, nil, nil, &message) == SQLITE_OK else {
            defer { sqlite3_free(message) }
            throw Failure(description: "SQLite: \(message.map { String(cString: $0) } ?? "error") in \(sql)")
        }
    }

    /// The rows of a query, each cell as the value SQLite holds.
    func query(_ sql: String) throws -> [[Value]] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw Failure(description: "SQLite: \(String(cString: sqlite3_errmsg(handle))) in \(sql)")
        }
        defer { sqlite3_finalize(statement) }
        var rows: [[Value]] = []
        while sqlite3_step(statement) == SQLITE_ROW {
            rows.append((0..<sqlite3_column_count(statement)).map { c -> Value in
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

    /// A value as SQLite would hold it, for comparing: true/false as 1/0 and every number as a decimal.
    static func normalized(_ value: Value) -> Value {
        switch value {
        case .bool(let v): return .decimal(v ? 1 : 0)
        case .integer(let v): return .decimal(Double(v))
        default: return value
        }
    }
}
