import CSQLite
import ReportModel
import ReportOutput

/// The records as one SQLite table `reports`, a column per catalog field (named as the field, in
/// catalog order; INTEGER, REAL or TEXT; true/false as 1/0), inserted in one transaction. No index:
/// gongkai has none either.
enum SQLiteExport {
    static func export(_ records: [ReportRecord], into database: SQLiteDatabase, catalog: FieldCatalog = .standard) throws {
        let columns = catalog.fields.map { field -> String in
            let type: String
            switch field.type {
            case .integer, .bool: type = "INTEGER"
            case .decimal: type = "REAL"
            case .text: type = "TEXT"
            }
            return "\(quoted(field.name)) \(type)"
        }
        try database.execute("CREATE TABLE reports (\(columns.joined(separator: ", ")))")
        let placeholders = Array(repeating: "?", count: catalog.count).joined(separator: ", ")
        let insert = try database.prepare("INSERT INTO reports VALUES (\(placeholders))")
        defer { sqlite3_finalize(insert) }
        try database.execute("BEGIN")
        for record in records {
            for (index, value) in record.values.enumerated() {
                SQLiteBinding.bind(value, to: insert, at: Int32(index + 1))
            }
            guard sqlite3_step(insert) == SQLITE_DONE else { throw BenchError("SQLite insert failed") }
            sqlite3_reset(insert)
        }
        try database.execute("COMMIT")
    }

    static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
