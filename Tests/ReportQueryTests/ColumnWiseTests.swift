import Foundation
import XCTest
import ReportIngest
import ReportModel
import ReportSynth
@testable import ReportQuery

/// Every query of queries/ (and the benchmark's questions) gives the same rows from the column-wise
/// executor as from `RowWiseEvaluator`, a plain row-at-a-time reading of the same bound query, over
/// the bundled reports and synthetic ones, copied so the corpus spans several chunks of rows.
final class ColumnWiseTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let records: [ReportRecord] = {
        var generator = ReportGenerator(seed: 31)
        let synthetic = (0..<150).map { _ -> ReportRecord in
            let report = generator.next()
            return ReportParser.parse(text: report.text, file: report.fileName,
                                      id: String(report.fileName.dropLast(4)))
        }
        let real = CorpusLoader.load(paths: [root.appendingPathComponent("corpus").path],
                                     options: LoadOptions(cache: .off, showsProgress: false)).records
        let catalog = FieldCatalog.standard
        var records: [ReportRecord] = []
        for copy in 0..<16 {
            for var record in real + synthetic {
                record.set(catalog.id("id"), .text("\(record.id)-\(copy)"), line: 0, origin: .derived)
                records.append(record)
            }
        }
        return records
    }()

    static let benchmarkStatements = [
        "select agency, year where requests.new > 50",
        "select province, year, count(*), sum(requests.new), avg(rate.granted) group by province, year",
        "select id, agency, year, requests.new order by requests.new desc, id limit 20",
        "select id, agency where text ~ '信息处理费'",
        "create view recent as select agency, province, year, requests.new as new where year >= 2022",
        "create view by_province as select province, count(*) as n, sum(new) as total from recent group by province",
        "select province, n, total from by_province where total > 0 order by total desc, province",
        "select level, median(proactive.total), percentile(requests.new, 90), min(agency), max(check.ok), "
            + "count(distinct city) group by level having count(*) > 1",
        "select agency, round(rate.granted, 2), coalesce(processing_fee, 0), length(agency), source(requests.new) "
            + "where agency like '%局' and year in (2021, 2023) order by 2 desc, 1 limit 50 offset 5",
    ]

    func testEveryQueryScriptGivesTheSameRowsColumnWiseAndRowWise() throws {
        let folder = ColumnWiseTests.root.appendingPathComponent("queries")
        let scripts = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".sql") }.sorted()
        XCTAssertGreaterThanOrEqual(scripts.count, 10)
        var compared = 0
        var rows = 0
        for script in scripts {
            let text = try String(contentsOf: folder.appendingPathComponent(script), encoding: .utf8)
            let statements = StatementSplitter.split(text).filter { $0.kind == .statement }.map(\.text)
            let counts = try compare(statements, name: script)
            compared += counts.queries
            rows += counts.rows
        }
        XCTAssertGreaterThanOrEqual(compared, 10)
        XCTAssertGreaterThan(rows, 100, "the queries return rows to compare")
    }

    func testTheBenchmarkQueriesGiveTheSameRowsColumnWiseAndRowWise() throws {
        let counts = try compare(ColumnWiseTests.benchmarkStatements, name: "benchmark")
        XCTAssertEqual(counts.queries, 7)
        XCTAssertGreaterThan(counts.rows, 100)
    }

    /// Runs the statements in order; each query both ways. Returns how many queries and rows were compared.
    private func compare(_ statements: [String], name: String) throws -> (queries: Int, rows: Int) {
        var database = Database(records: ColumnWiseTests.records)
        let reference = RowWiseEvaluator(records: ColumnWiseTests.records)
        var queries = 0
        var rows = 0
        for statement in statements {
            guard case .select(let query) = try Parser.parseStatement(statement) else {
                _ = try database.execute(statement)
                continue
            }
            let columnWise = try database.query(statement)
            let bound = try Binder.bind(query, text: statement, catalog: .standard, views: database.views)
            // Joins, windows and subqueries have their own tests against SQLite (Relational/).
            let rowWise: [[Value]]
            do {
                rowWise = try reference.run(bound)
            } catch is RowWiseUnsupported {
                continue
            }
            XCTAssertEqual(columnWise.columns, bound.columns, "\(name): \(statement)")
            XCTAssertEqual(columnWise.rows.count, rowWise.count, "\(name): \(statement)")
            for (index, (a, b)) in zip(columnWise.rows, rowWise).enumerated() where !ColumnWiseTests.same(a, b) {
                XCTFail("\(name): row \(index) differs: \(a) vs \(b) in \(statement)")
                break
            }
            queries += 1
            rows += rowWise.count
        }
        return (queries, rows)
    }

    /// Equal rows; decimals may differ in the last bits (sums added up in another order).
    static func same(_ a: [Value], _ b: [Value]) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { x, y in
            if case .decimal(let u) = x, case .decimal(let v) = y {
                return u == v || abs(u - v) <= 1e-9 * max(abs(u), abs(v))
            }
            return x == y
        }
    }
}
