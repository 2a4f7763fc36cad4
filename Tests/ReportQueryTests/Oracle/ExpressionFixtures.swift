import Foundation
import ReportModel
@testable import ReportQuery

/// Hand-built reports for the expression tests, with nulls in every column that can have one and
/// ASCII text for the case functions (SQLite's lower/upper change ASCII letters only).
///
/// | id | agency | dept | level | year | published | requests.new | proactive.fees | check.ok |
/// |----|--------|------|-------|------|-----------|--------------|----------------|----------|
/// | e1 | 北京市财政局 | 财政局 | province | 2023 | 2024-01-20 | 10 | 2.5 | true |
/// | e2 | 上海市人民政府 | 人民政府 | province | 2023 | 2024-03-31 | 0 | null | false |
/// | e3 | Ab Office, 'x' | null | county | null | null | null | 3.5 | null |
/// | e4 | 济南市公安局 | 公安局 | city | 2022 | 2023-02-01 | 25 | -2.5 | true |
/// | e5 | `  某县人民政府办公室 ` | 人民政府办公室 | county | 2023 | 2024-04-01 | 7 | 0 | false |
enum ExpressionFixtures {
    static let columns = ["id", "agency", "dept", "level", "year", "published", "requests.new", "proactive.fees", "check.ok"]

    static let rows: [[Value]] = [
        [.text("e1"), .text("北京市财政局"), .text("财政局"), .text("province"), .integer(2023), .text("2024-01-20"),
         .integer(10), .decimal(2.5), .bool(true)],
        [.text("e2"), .text("上海市人民政府"), .text("人民政府"), .text("province"), .integer(2023), .text("2024-03-31"),
         .integer(0), .null, .bool(false)],
        [.text("e3"), .text("Ab Office, 'x'"), .null, .text("county"), .null, .null, .null, .decimal(3.5), .null],
        [.text("e4"), .text("济南市公安局"), .text("公安局"), .text("city"), .integer(2022), .text("2023-02-01"),
         .integer(25), .decimal(-2.5), .bool(true)],
        [.text("e5"), .text("  某县人民政府办公室 "), .text("人民政府办公室"), .text("county"), .integer(2023), .text("2024-04-01"),
         .integer(7), .decimal(0), .bool(false)],
    ]

    static func records() -> [ReportRecord] {
        let catalog = FieldCatalog.standard
        let names = columns.map { $0 == "requests.new" ? "requests.new.total" : $0 }
        return rows.map { row in
            var record = ReportRecord()
            for (name, value) in zip(names, row) { record.set(catalog.id(name), value, line: 1, origin: .table) }
            return record
        }
    }

    static func database() -> Database { Database(records: records()) }

    /// The same rows in SQLite, columns named without dots (`requests.new` → `new`, `check.ok` → `ok`).
    static func oracle() throws -> SQLiteOracle {
        try SQLiteOracle(columns: columns.map(sqliteName), rows: rows)
    }

    static func sqliteName(_ column: String) -> String {
        switch column {
        case "requests.new": return "new"
        case "proactive.fees": return "fees"
        case "check.ok": return "ok"
        default: return column
        }
    }

    /// A gongkai query written for SQLite: dotted names replaced.
    static func sqlite(_ query: String) -> String {
        var text = query
        for column in columns where column.contains(".") { text = text.replacingOccurrences(of: column, with: sqliteName(column)) }
        return text
    }
}
