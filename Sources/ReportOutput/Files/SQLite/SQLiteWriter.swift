import CSQLite
import ReportModel

/// A SQLite 3 database written with the system's libsqlite3: one table per `ExportTable`, named as
/// it is, every column of the result in order, named exactly as in gongkai (always double-quoted, so
/// `"requests.new"` works) and typed — INTEGER for integers and bools (1/0), REAL for decimals, TEXT
/// for text (and for a column with no type, every value null). Null is NULL; a non-finite decimal is
/// NULL, as in CSV. The rows go in one transaction with no journal (the file is a temporary one that
/// is renamed into place only when complete), through one prepared statement per table, bound from
/// the typed cells (`SQLiteBinding`); a streamed table (`ExportTable.batches`) is inserted a batch at
/// a time, never held whole.
public struct SQLiteWriter: ResultFileWriter {
    public init() {}

    public func write(_ tables: [ExportTable], toFile path: String) -> ExportWriteError? {
        var handle: OpaquePointer?
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK, let handle else {
            let reason = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(handle)
            return ExportWriteError("cannot create the SQLite database: \(reason)")
        }
        let database = SQLiteConnection(handle: handle)
        defer { database.close() }
        do {
            try database.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA encoding = 'UTF-8'; BEGIN")
            for table in tables { try insert(table, into: database) }
            try database.execute("COMMIT")
        } catch {
            return error
        }
        return nil
    }

    private func insert(_ table: ExportTable, into database: SQLiteConnection) throws(ExportWriteError) {
        let names = table.columnNames
        guard !names.isEmpty else { return }
        let columns = zip(names, table.result.columns).map { name, column in
            "\(SQLiteWriter.quoted(name)) \(SQLiteWriter.declaredType(column.type))"
        }
        try database.execute("CREATE TABLE \(SQLiteWriter.quoted(table.name)) (\(columns.joined(separator: ", ")))")
        let placeholders = Array(repeating: "?", count: names.count).joined(separator: ", ")
        let insert = try database.prepare("INSERT INTO \(SQLiteWriter.quoted(table.name)) VALUES (\(placeholders))")
        defer { sqlite3_finalize(insert) }
        try SQLiteWriter.insert(table.result, with: insert, into: database, table: table.name)
        guard let batches = table.batches else { return }
        var failure: ExportWriteError?
        batches.produce { batch in
            do throws(ExportWriteError) {
                try SQLiteWriter.insert(batch, with: insert, into: database, table: table.name)
                return true
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
    }

    /// Inserts `result`'s rows with the prepared `insert` (bound from the typed cells, reused per row).
    private static func insert(_ result: ResultSet, with insert: OpaquePointer, into database: SQLiteConnection,
                               table: String) throws(ExportWriteError) {
        let failed = ResultCells.withPointers(result.columns.indices.map(result.cells)) { columns -> Bool in
            for row in 0..<result.rowCount {
                for column in columns.indices {
                    SQLiteBinding.bind(columns[column], row, to: insert, at: Int32(column + 1))
                }
                guard sqlite3_step(insert) == SQLITE_DONE else { return true }
                sqlite3_reset(insert)
            }
            return false
        }
        if failed { throw database.failure("insert into \(table)") }
    }

    /// The column's declared type.
    static func declaredType(_ type: FieldType?) -> String {
        switch type {
        case .integer, .bool: return "INTEGER"
        case .decimal: return "REAL"
        case .text, nil: return "TEXT"
        }
    }

    /// An identifier in double quotes, inner quotes doubled.
    static func quoted(_ name: String) -> String {
        "\"" + name.replacingScalars { $0 == "\"" ? "\"\"" : nil } + "\""
    }
}
