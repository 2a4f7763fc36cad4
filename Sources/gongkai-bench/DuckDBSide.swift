import Foundation

/// DuckDB's side: scripts/bench-duckdb.py in its own process (the Python package from
/// scripts/install-deps, in .build/python), given a JSON spec — the SQLite file of the bench's rows,
/// the statements, the exports — and answering JSON: each statement's median time inside that
/// process (`COPY (…) TO '/dev/null'`: render and write included), each export's, and the rows of
/// each statement in a file for the row check.
struct DuckDBSide {
    struct Answer: Decodable {
        struct Timing: Decodable {
            var name: String
            var ms: Double
        }
        var version: String
        var rows: Int
        var statements: [Timing]
        var exports: [Timing]
    }

    struct Export {
        var name: String
        var sql: String
        var path: String
    }

    let python: String
    let script: String

    /// nil (with the reason logged) when the Python environment or the script is missing.
    static func find(python: String, script: String) -> DuckDBSide? {
        guard FileManager.default.isExecutableFile(atPath: python), FileManager.default.fileExists(atPath: script) else {
            log("DuckDB: not run (no \(python) or \(script); scripts/install-deps makes .build/python)")
            return nil
        }
        return DuckDBSide(python: python, script: script)
    }

    /// Runs every statement and export; the rows of statement i are in `rowsDirectory/duckdb-i.rows`.
    func run(database: String, statements: [BenchStatement], exports: [Export], runs: Int, rowsDirectory: String) throws -> Answer {
        let spec: [String: Any] = [
            "database": database, "runs": runs,
            "statements": statements.enumerated().map { index, statement -> [String: Any] in
                ["name": statement.name, "setup": statement.sqlSetup, "sql": statement.sql, "rows": rowsPath(index, in: rowsDirectory)]
            },
            "exports": exports.map { ["name": $0.name, "sql": $0.sql, "path": $0.path] },
        ]
        let specPath = rowsDirectory + "/duckdb-spec.json"
        try JSONSerialization.data(withJSONObject: spec).write(to: URL(fileURLWithPath: specPath))
        let child = try ChildProcess.run(python, [script, specPath], scratch: rowsDirectory)
        guard child.status == 0, let answer = try? JSONDecoder().decode(Answer.self, from: Data(child.output.utf8)) else {
            throw BenchError("DuckDB side failed (status \(child.status)): \(child.errorOutput.suffix(800))")
        }
        return answer
    }

    func rowsPath(_ index: Int, in directory: String) -> String { directory + "/duckdb-\(index).rows" }
}
