import Foundation
import ReportModel

/// Whether engines gave the same answer: rows compared as sorted canonical lines (any order an
/// engine gives them in). A cell's canonical form — the same rule as `canonical()` in
/// scripts/bench-duckdb.py, which writes DuckDB's rows this way: null `∅`; a number to 9 significant
/// digits (`%.9g`: sums and averages may be added up in another order); true/false as 1/0 (SQLite
/// and DuckDB hold them as integers); text as `'` and the text with `\` and line feeds escaped.
enum RowCheck {
    static func lines(_ result: ResultSet) -> [String] {
        (0..<result.rowCount).map { row in line((0..<result.columns.count).map { result[row, $0] }) }.sorted()
    }

    static func lines(_ rows: [[Value]]) -> [String] { rows.map(line).sorted() }

    /// DuckDB's rows, as the script wrote them.
    static func lines(file path: String) -> [String]? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init).sorted()
    }

    static func line(_ row: [Value]) -> String {
        row.map(canonical).joined(separator: "\u{1F}")
    }

    static func canonical(_ value: Value) -> String {
        switch value {
        case .null: return "∅"
        case .integer(let v): return String(format: "%.9g", Double(v))
        case .decimal(let v): return String(format: "%.9g", v)
        case .bool(let v): return v ? "1" : "0"
        case .text(let v): return "'" + v.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
        }
    }

    /// The first difference between two sorted answers, for the log; nil when they agree.
    static func difference(_ a: [String], _ b: [String]) -> String? {
        if a == b { return nil }
        if a.count != b.count { return "\(a.count) rows against \(b.count)" }
        let index = a.indices.first { a[$0] != b[$0] } ?? 0
        return "row \(index): \(a[index].prefix(120)) | \(b[index].prefix(120))"
    }
}
