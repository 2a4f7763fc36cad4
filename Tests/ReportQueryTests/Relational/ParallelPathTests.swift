import XCTest
import ReportModel
@testable import ReportQuery

/// The split path of `Morsels` (the join's probe and pair gathering, one key's sort, the multi-key
/// sort, `prev`/`next`) forced on small tables by a threshold of 2 rows, against SQLite on the
/// fixtures (nulls in keys, the duplicate 丁局 2022, ties) and against the serial path (the default
/// threshold, far above these tables) on generated reports: same rows in the same order.
final class ParallelPathTests: OracleTestCase {
    private let selfJoin = "on p.agency = r.agency and p.year = r.year - 1"

    /// `body` with every split taken (threshold 2 rows).
    private func split<T>(_ body: () throws -> T) rethrows -> T { try Morsels.$minimumRows.withValue(2) { try body() } }

    override func setUpWithError() throws {
        try super.setUpWithError()
        guard Morsels.workers > 1 else { throw XCTSkip("one core: nothing is split") }
        XCTAssertEqual(split { Morsels.parts(of: 12).count }, min(Morsels.workers, 12))
        XCTAssertEqual(Morsels.parts(of: 12).count, 1, "the default threshold keeps 12 rows on one thread")
    }

    func testSplitJoinsMatchSQLiteInOrder() {
        // gongkai without order by gives the join's own order: left rows in order, each one's matches
        // in right-row order. The fixtures' ids sort in row order, so SQLite orders by them.
        let order = " order by r.id, p.id"
        split {
            assertSame("select r.id, p.id, r.new - p.new from t r join t p \(selfJoin)" + order,
                       gongkai: "select r.id, p.id, r.requests.new.total - p.requests.new.total from reports r join reports p \(selfJoin)")
            assertSame("select r.id, p.id from t r left join t p \(selfJoin)" + order,
                       gongkai: "select r.id, p.id from reports r left join reports p \(selfJoin)")
            // Duplicate keys on both sides (丁局 2022 twice, every province many times), and a residual test.
            assertSame("select r.id, p.id from t r join t p on p.province = r.province" + order,
                       gongkai: "select r.id, p.id from reports r join reports p on p.province = r.province")
            assertSame("select r.id, p.id from t r join t p on p.province = r.province and p.id < r.id" + order,
                       gongkai: "select r.id, p.id from t r join t p on p.province = r.province and p.id < r.id")
            assertSame("select r.id, p.id from t r join t p on p.agency = r.agency and p.year = r.year" + order,
                       gongkai: "select r.id, p.id from t r join t p on p.agency = r.agency and p.year = r.year")
        }
    }

    func testSplitJoinWithAnEmptySide() {
        split {
            XCTAssertEqual(rows("select r.id, p.agency from reports r join (select agency from reports where year = 1900) p on p.agency = r.agency"), [])
            XCTAssertEqual(rows("select r.id from (select agency, id from reports where year = 1900) r join reports p on p.agency = r.agency"), [])
            assertSame("select r.id, p.agency from t r left join (select agency from t where year = 1900) p on p.agency = r.agency order by r.id",
                       gongkai: "select r.id, p.agency from t r left join (select agency from t where year = 1900) p on p.agency = r.agency")
        }
    }

    func testSplitWindowsSortsAndPrevMatchSQLite() {
        split {
            assertSame("select id, rank() over (partition by province order by new desc) from t order by id",
                       gongkai: "select id, rank() over (partition by province order by requests.new.total desc) from reports")
            assertSame("select id, new from t order by new desc nulls last, id", gongkai: "select id, new from t order by new desc, id")
            assertSame("select id, agency from t order by agency desc nulls last, id", gongkai: "select id, agency from t order by agency desc, id")
            assertSame("select id from t order by province nulls last, new nulls last, id", gongkai: "select id from t order by province, new, id")
            assertSame("select id, lag(new) over (partition by agency order by year, id) from t order by id",
                       gongkai: "select id, lag(new) over (partition by agency order by year, id) from t")
        }
        let serial = rows("select id, prev(requests.new), next(requests.new), prev(id), next(id) from reports")
        XCTAssertEqual(split { rows("select id, prev(requests.new), next(requests.new), prev(id), next(id) from reports") }, serial)
        XCTAssertEqual(split { rows("select id, prev(new), next(new) from t") }, serial.map { Array($0[0..<3]) })
        // d1 and d2 share 丁局 2022: neither is d3's prev, and neither has a next.
        XCTAssertEqual(serial.first { $0[0] == .text("d3") }?[1], .null)
        XCTAssertEqual(serial.first { $0[0] == .text("d1") }?[2], .null)
    }

    /// Generated reports (many bodies repeated over the years, nulls in every key): each statement
    /// split and serial gives the same rows in the same order.
    func testSplitMatchesSerialOnGeneratedReports() throws {
        var database = Database(records: GeneratedReports.records(count: 700, seed: 15))
        let statements = [
            "select r.id, p.id, r.requests.new.total - p.requests.new.total from reports r join reports p \(selfJoin)",
            "select r.id, p.id from reports r left join reports p \(selfJoin)",
            "select r.id, p.id from reports r join reports p on p.province = r.province and p.year = r.year and p.id <> r.id",
            "select id, rank() over (partition by province order by requests.new.total desc) from reports",
            "select id, row_number() over (order by agency, year desc) from reports",
            "select id, requests.new - prev(requests.new), next(requests.new) from reports",
            "select id from reports order by requests.new.total desc, agency, id",
            "select id from reports order by agency desc",
            "select id from reports order by requests.new.total",
            // Computed outputs over every row (`computedOutputs`): the pairs are many chunks.
            "select r.id, r.year - p.year from reports r join reports p on p.agency = r.agency where r.year > p.year",
        ]
        for statement in statements {
            let serial = try database.query(statement).rows
            XCTAssertFalse(serial.isEmpty, statement)
            XCTAssertEqual(try split { try database.query(statement).rows }, serial, statement)
            XCTAssertEqual(try Morsels.$minimumRows.withValue(1) { try database.query(statement).rows }, serial, statement)
        }
        // Computed outputs over reports of many chunks (2,048 rows each), with and without a filter.
        let many = Database(records: GeneratedReports.records(count: 9_000, seed: 16))
        for statement in [
            "select id, requests.new.total * 2 + year, agency || '/' || id, requests.new.total > 10 from reports",
            "select id, year - 2000 from reports where agency like '%1%' and requests.new.total is not null",
        ] {
            let serial = try many.query(statement).rows
            XCTAssertGreaterThan(serial.count, QueryExecutor.chunkSize, statement)
            XCTAssertEqual(try split { try many.query(statement).rows }, serial, statement)
        }
        _ = try database.execute("create view none as select agency, year from reports where year = 1900")
        XCTAssertEqual(try split { try database.query("select r.id from reports r join none p on p.agency = r.agency").rows }, [])
    }
}

/// Reports with random bodies (15, one in ten without), provinces, years (2019–2023, some null) and
/// figures (some null): a deterministic generator (SplitMix64), so a failure is reproducible.
enum GeneratedReports {
    static func records(count: Int, seed: UInt64) -> [ReportRecord] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        let catalog = FieldCatalog.standard
        let provinces = ["山东省", "北京市", "上海市", "广东省"]
        return (0..<count).map { k in
            var record = ReportRecord()
            func set(_ name: String, _ value: Value) { record.set(catalog.id(name), value, line: 1, origin: .table) }
            set("id", .text("g\(k)"))
            set("agency", next(10) == 0 ? .null : .text("第\(next(15))局"))
            set("province", next(12) == 0 ? .null : .text(provinces[next(provinces.count)]))
            set("year", next(15) == 0 ? .null : .integer(2019 + next(5)))
            set("requests.new.total", next(8) == 0 ? .null : .integer(next(30)))
            return record
        }
    }
}
