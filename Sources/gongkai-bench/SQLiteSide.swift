import Foundation

/// In-memory SQLite's side, in this process: the bench's table (`BenchTable`) filled from gongkai's
/// rows, each statement timed as prepare, step, every cell read as text and written as CSV to
/// /dev/null (`SQLiteCSV`), the work gongkai's side does for the same answer.
final class SQLiteSide {
    let database: SQLiteDatabase
    private let devNull: Int32

    init(database: SQLiteDatabase) throws {
        self.database = database
        devNull = open("/dev/null", O_WRONLY)
        guard devNull >= 0 else { throw BenchError("cannot open /dev/null") }
    }

    deinit { close(devNull) }

    func time(_ sql: String, runs: Int) throws -> Double {
        try Stopwatch.median(runs: runs) { try SQLiteCSV.write(sql, in: database, to: devNull) }
    }

    /// The median time of writing a query's rows as CSV to a new file at `path`.
    func timeExport(_ sql: String, to path: String, runs: Int) throws -> Double {
        try Stopwatch.median(runs: runs) {
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else { throw BenchError("cannot write \(path)") }
            defer { close(fd) }
            try SQLiteCSV.write(sql, in: database, to: fd)
        }
    }

    func rows(_ sql: String) throws -> [String] { RowCheck.lines(try database.query(sql)) }
}
