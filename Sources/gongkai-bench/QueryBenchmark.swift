import Foundation
import ReportModel
import ReportQuery

/// Times each `BenchQuery` on gongkai's engine and on SQLite over the same records (the median of
/// `runs` runs, after a warm-up), and checks that both give the same rows. Each timed run asks the
/// question and reads every cell of the answer as a `Value`, on both sides.
struct QueryBenchmark {
    struct Timing {
        var query: BenchQuery
        var rows: Int
        var gongkai: Double
        /// gongkai's first run, which builds the columns the query is the first to use.
        var gongkaiFirst: Double
        var sqlite: Double?
        /// nil when SQLite was not run; else whether the rows agree.
        var sameRows: Bool?
    }

    var database: Database
    let sqlite: SQLiteDatabase?
    let runs: Int

    mutating func run() throws -> [Timing] {
        var timings: [Timing] = []
        for query in BenchQuery.all {
            for statement in query.gongkaiSetup { _ = try database.execute(statement) }
            for statement in query.sqlSetup { try sqlite?.execute(statement) }
            let engine = database
            var result = ResultSet(columns: [], rows: [])
            var cells = 0
            let watch = Stopwatch()
            cells &+= QueryBenchmark.readEveryCell(try engine.query(query.gongkai))
            let first = watch.milliseconds
            let gongkai = try Stopwatch.median(runs: runs) {
                result = try engine.query(query.gongkai)
                cells &+= QueryBenchmark.readEveryCell(result)
            }
            var timing = Timing(query: query, rows: result.rowCount, gongkai: gongkai, gongkaiFirst: first)
            if let sqlite {
                timing.sqlite = try Stopwatch.median(runs: runs) {
                    try sqlite.forEachRow(query.sql) { columns, cell in
                        for c in 0..<columns where !cell(c).isNull { cells &+= 1 }
                    }
                }
                let rows = try sqlite.query(query.sql)
                timing.sameRows = QueryBenchmark.same(result.rows, rows, ordered: query.ordered)
                if timing.sameRows == false {
                    log("  \(query.name): results differ (gongkai \(result.rowCount) rows, SQLite \(rows.count))")
                }
            }
            log(String(format: "  %@: %.2f ms%@", query.name, gongkai, timing.sqlite.map { String(format: " (SQLite %.2f ms)", $0) } ?? ""))
            timings.append(timing)
        }
        return timings
    }

    /// Reads every cell of a result as a value; the count of non-null cells keeps the reads from being
    /// optimised away.
    static func readEveryCell(_ result: ResultSet) -> Int {
        var cells = 0
        for row in 0..<result.rowCount {
            for column in result.columns.indices where !result[row, column].isNull { cells += 1 }
        }
        return cells
    }

    /// Rows compared cell by cell: numbers by value (to 9 significant digits: sums and averages may be
    /// added up in another order), true/false as 1/0, text exactly.
    static func same(_ a: [[Value]], _ b: [[Value]], ordered: Bool) -> Bool {
        guard a.count == b.count else { return false }
        var left = a.map(canonical)
        var right = b.map(canonical)
        if !ordered {
            left.sort()
            right.sort()
        }
        return left == right
    }

    static func canonical(_ row: [Value]) -> String {
        row.map { value -> String in
            switch value {
            case .null: return "∅"
            case .integer(let v): return String(format: "%.9g", Double(v))
            case .decimal(let v): return String(format: "%.9g", v)
            case .bool(let v): return v ? "1" : "0"
            case .text(let v): return "'" + v
            }
        }.joined(separator: "\u{1F}")
    }
}
