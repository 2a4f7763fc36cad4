import CSQLite
import Foundation
import ReportModel
import ReportOutput
import ReportQuery

/// The one table every engine is timed on: the headline fields (what `select headline.*` returns),
/// `rate.granted` (a decimal) and the report's `text`, as the same rows in gongkai (the corpus, of
/// which a query reads only the columns it names), in-memory SQLite and DuckDB. Before, SQLite got
/// every catalog field (306 columns), which made its scans slower than the question needed.
enum BenchTable {
    /// The fields, in order: gongkai's names, which are the SQL column names too.
    static var fields: [FieldDescriptor] {
        let catalog = FieldCatalog.standard
        var fields = catalog.headline
        for name in ["rate.granted", "text"] {
            if let id = catalog.lookup(name), !fields.contains(where: { $0.name == name }) { fields.append(catalog[id]) }
        }
        return fields
    }

    /// `select <every field>` in gongkai: the rows the other engines get.
    static var gongkaiSelect: String { "select " + fields.map(\.name).joined(separator: ", ") }

    /// The headline columns alone (`select headline.*`), as SQL.
    static var headlineSQL: String {
        "SELECT " + FieldCatalog.standard.headline.map { quoted($0.name) }.joined(separator: ", ") + " FROM reports"
    }

    /// Creates table `reports` in `database` and inserts the rows of `result` (gongkai's answer to
    /// `gongkaiSelect`) in one transaction; INTEGER, REAL or TEXT by the field's type, true/false as 1/0.
    static func fill(_ database: SQLiteDatabase, from result: ResultSet) throws {
        let columns = fields.map { field -> String in
            switch field.type {
            case .integer, .bool: return quoted(field.name) + " INTEGER"
            case .decimal: return quoted(field.name) + " REAL"
            case .text: return quoted(field.name) + " TEXT"
            }
        }
        guard result.columns.count == columns.count else { throw BenchError("gongkai gave \(result.columns.count) columns, not \(columns.count)") }
        try database.execute("CREATE TABLE reports (\(columns.joined(separator: ", ")))")
        let insert = try database.prepare("INSERT INTO reports VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))")
        defer { sqlite3_finalize(insert) }
        try database.execute("BEGIN")
        for row in 0..<result.rowCount {
            for column in 0..<columns.count { SQLiteBinding.bind(result[row, column], to: insert, at: Int32(column + 1)) }
            guard sqlite3_step(insert) == SQLITE_DONE else { throw BenchError("SQLite insert failed") }
            sqlite3_reset(insert)
        }
        try database.execute("COMMIT")
    }

    static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
