import CSQLite
import ReportModel

/// How a gongkai value goes into a SQLite statement's parameter: the one rule for the export and
/// for the benchmark's database, for a `Value` and (the same rule) for a typed cell.
public enum SQLiteBinding {
    /// Binds one value to parameter `index` (1-based): true and false as 1 and 0, a non-finite decimal
    /// as NULL, text as UTF-8 (copied by SQLite before the call returns).
    public static func bind(_ value: Value, to statement: OpaquePointer, at index: Int32) {
        switch value {
        case .null: sqlite3_bind_null(statement, index)
        case .integer(let v): sqlite3_bind_int64(statement, index, Int64(v))
        case .decimal(let v):
            if v.isFinite { sqlite3_bind_double(statement, index, v) } else { sqlite3_bind_null(statement, index) }
        case .bool(let v): sqlite3_bind_int64(statement, index, v ? 1 : 0)
        case .text(let v) where v.isEmpty:
            sqlite3_bind_text(statement, index, "", 0, transient)
        case .text(let v):
            var v = v
            v.withUTF8 { utf8 in
                _ = utf8.withMemoryRebound(to: CChar.self) {
                    sqlite3_bind_text(statement, index, $0.baseAddress, Int32($0.count), transient)
                }
            }
        }
    }

    /// Binds cell `k` of a column as `bind(_:to:at:)` binds its value, read from the typed cells.
    @inline(__always)
    static func bind(_ cells: CellPointers, _ k: Int, to statement: OpaquePointer, at index: Int32) {
        switch cells.kind {
        case .values: bind(cells.value(k), to: statement, at: index)
        case _ where cells.isNull(k): sqlite3_bind_null(statement, index)
        case .integer: sqlite3_bind_int64(statement, index, Int64(cells.integer(k)))
        case .decimal:
            let v = cells.decimal(k)
            if v.isFinite { sqlite3_bind_double(statement, index, v) } else { sqlite3_bind_null(statement, index) }
        case .bool: sqlite3_bind_int64(statement, index, cells.bool(k) ? 1 : 0)
        case .text:
            cells.withText(k) { utf8 in
                guard let base = utf8.baseAddress, !utf8.isEmpty else { return sqlite3_bind_text(statement, index, "", 0, transient) }
                return base.withMemoryRebound(to: CChar.self, capacity: utf8.count) {
                    sqlite3_bind_text(statement, index, $0, Int32(utf8.count), transient)
                }
            }
        }
    }

    /// SQLITE_TRANSIENT: SQLite copies the bytes before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
