import Foundation

/// The statements (`BenchStatement.all`) and the two exports on the three engines over the large
/// corpus: each engine's median time inside its own process, and whether the answers agree row for
/// row (sorted). gongkai and SQLite run in this process, one statement after the other in the same
/// minute; DuckDB afterwards in its own (`DuckDBSide`).
struct StatementBenchmark {
    struct Timing {
        var name: String
        var rows: Int
        var gongkai: Double
        var sqlite: Double
        var duckdb: Double?
        /// nil when that engine's rows agree with gongkai's; else the first difference.
        var sqliteDifference: String?
        var duckdbDifference: String?
        var duckdbChecked = false
    }

    /// An export to a CSV file: gongkai's `export … to 'FILE' overwrite`, SQLite's rows written as CSV
    /// to a file, DuckDB's `COPY … TO 'FILE'`; `megabytes` of report text when it writes the texts.
    struct Export {
        var name: String
        var gongkai: String
        var sql: String
        var megabytes: Double?
        var gongkaiMs = 0.0, sqliteMs = 0.0
        var duckdbMs: Double?
    }

    let gongkai: GongkaiSide
    let sqlite: SQLiteSide
    let runs: Int
    let output: String
    /// The statements timed (all of them; on the panel corpus only the cross-report ones).
    var list = BenchStatement.all

    func statements() throws -> [Timing] {
        try list.map { statement in
            for setup in statement.gongkaiSetup { try gongkai.run(setup) }
            for setup in statement.sqlSetup { try sqlite.database.execute(setup) }
            let ours = try gongkai.rows(statement.gongkai)
            let theirs = try sqlite.rows(statement.sql)
            let timing = Timing(name: statement.name, rows: ours.count, gongkai: try gongkai.time(statement.gongkai, runs: runs),
                                sqlite: try sqlite.time(statement.sql, runs: runs), sqliteDifference: RowCheck.difference(ours, theirs))
            log(String(format: "  %@: gongkai %.2f ms, SQLite %.2f ms, %d rows%@", statement.name, timing.gongkai, timing.sqlite,
                       ours.count, timing.sqliteDifference.map { " — SQLite differs: " + $0 } ?? ""))
            return timing
        }
    }

    /// The headline columns of every report, and every report's id and text, to CSV files in `output`.
    func exports() throws -> [Export] {
        let textBytes = try sqlite.database.query("SELECT sum(length(CAST(text AS BLOB))) FROM reports").first?.first
        var exports = [
            Export(name: "headline columns to CSV", gongkai: "select headline.*", sql: BenchTable.headlineSQL),
            Export(name: "report texts to CSV", gongkai: "select id, text", sql: "SELECT id, text FROM reports",
                   megabytes: textBytes.flatMap { if case .integer(let n) = $0 { Double(n) / 1_048_576 } else { nil } }),
        ]
        let runs = min(self.runs, 5)
        for index in exports.indices {
            let path = output + "/export-\(index)"
            exports[index].gongkaiMs = try gongkai.time("export \(exports[index].gongkai) to '\(path)-gongkai.csv' overwrite", runs: runs)
            exports[index].sqliteMs = try sqlite.timeExport(exports[index].sql, to: path + "-sqlite.csv", runs: runs)
            log(String(format: "  %@: gongkai %.0f ms, SQLite %.0f ms", exports[index].name, exports[index].gongkaiMs, exports[index].sqliteMs))
        }
        return exports
    }

    /// DuckDB's times and row checks, added to the timings (the exports' file names as above).
    func duckdb(_ side: DuckDBSide, database: String, timings: inout [Timing], exports: inout [Export]) throws -> String {
        let answer = try side.run(
            database: database, statements: list,
            exports: exports.indices.map { DuckDBSide.Export(name: exports[$0].name, sql: exports[$0].sql, path: output + "/export-\($0)-duckdb.csv") },
            runs: runs, rowsDirectory: output)
        for index in timings.indices {
            timings[index].duckdb = answer.statements.first { $0.name == timings[index].name }?.ms
            let ours = try gongkai.rows(list[index].gongkai)
            let theirs = RowCheck.lines(file: side.rowsPath(index, in: output)) ?? []
            timings[index].duckdbDifference = RowCheck.difference(ours, theirs)
            timings[index].duckdbChecked = true
            if let difference = timings[index].duckdbDifference { log("  \(timings[index].name): DuckDB differs: \(difference)") }
        }
        for index in exports.indices { exports[index].duckdbMs = answer.exports.first { $0.name == exports[index].name }?.ms }
        return answer.version
    }
}
