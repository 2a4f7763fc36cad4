import CSQLite
import ReportModel

/// An open database of the system's SQLite, for `SQLiteWriter`: statements run, values bound,
/// failures as `ExportWriteError`s carrying SQLite's message.
struct SQLiteConnection {
    let handle: OpaquePointer

    func execute(_ sql: String) throws(ExportWriteError) {
        var message: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(handle, sql, nil, nil, &message) == SQLITE_OK else {
            defer { sqlite3_free(message) }
            throw ExportWriteError("SQLite: \(message.map { String(cString: $0) } ?? "error")")
        }
    }

    func prepare(_ sql: String) throws(ExportWriteError) -> OpaquePointer {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw failure("prepare a statement")
        }
        return statement
    }

    /// The error SQLite reports now, for `what` was being done.
    func failure(_ what: String) -> ExportWriteError {
        ExportWriteError("SQLite could not \(what): \(String(cString: sqlite3_errmsg(handle)))")
    }

    func close() {
        sqlite3_close(handle)
    }
}
