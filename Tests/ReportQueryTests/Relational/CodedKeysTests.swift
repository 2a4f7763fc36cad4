import XCTest
import ReportModel
@testable import ReportQuery

/// The fast paths over the corpus's dictionary-encoded text fields (`JoinKeys`, `NeighborIndex`,
/// `DictionaryPlan`'s window keys) against the same queries where the text is compared as text: over
/// the view `t` (no dictionary) and in SQLite. Nulls in keys, duplicate keys, ties and empty results.
final class CodedKeysTests: OracleTestCase {
    private let selfJoin = "on p.agency = r.agency and p.year = r.year - 1"

    func testSelfJoinOnCodesMatchesSQLite() {
        assertSame("select r.id, p.id, r.new - p.new from t r join t p \(selfJoin) order by r.id, p.id",
                   gongkai: "select r.id, p.id, r.requests.new.total - p.requests.new.total from reports r join reports p \(selfJoin) order by r.id, p.id")
        assertSame("select r.id, p.id from t r left join t p \(selfJoin) order by r.id, p.id nulls last",
                   gongkai: "select r.id, p.id from reports r left join reports p \(selfJoin) order by r.id, p.id")
        // Keys written the other way round, and a text key against a view's column (no dictionary there).
        assertSame("select r.id, p.id from t r join t p on r.agency = p.agency and r.year - 1 = p.year order by 1, 2",
                   gongkai: "select r.id, p.id from reports r join t p on r.agency = p.agency and r.year - 1 = p.year order by 1, 2")
        assertSame("select r.id, p.id from t r join t p on p.province = r.province and p.id < r.id order by 1, 2",
                   gongkai: "select r.id, p.id from reports r join reports p on p.province = r.province and p.id < r.id order by 1, 2")
    }

    func testJoinOfTwoDictionariesComparesTheirTexts() throws {
        // agency's codes: 甲 0, 乙 1, 丙 2, 戊 3; city's: 乙 0, 丙 1, 甲 2, 丁 3. Comparing codes
        // as they are would pair 甲 with 乙.
        let rows: [(String, String?, String?)] = [("x1", "甲", "乙"), ("x2", "乙", "丙"), ("x3", "丙", "甲"), ("x4", nil, "丁"), ("x5", "戊", nil)]
        let catalog = FieldCatalog.standard
        var database = Database(records: rows.map { id, agency, city in
            var record = ReportRecord()
            record.set(catalog.id("id"), .text(id), line: 1, origin: .table)
            record.set(catalog.id("agency"), agency.map(Value.text) ?? .null, line: 1, origin: .table)
            record.set(catalog.id("city"), city.map(Value.text) ?? .null, line: 1, origin: .table)
            return record
        })
        let expected: [[Value]] = [[.text("x1"), .text("x3")], [.text("x2"), .text("x1")], [.text("x3"), .text("x2")]]
        XCTAssertEqual(try database.query("select r.id, p.id from reports r join reports p on p.city = r.agency order by 1, 2").rows, expected)
        XCTAssertEqual(try database.query("select r.id, p.id from reports r join reports p on r.agency = p.city order by 1, 2").rows, expected)
        _ = try database.execute("create view v as select id, city from reports")
        XCTAssertEqual(try database.query("select r.id, p.id from reports r join v p on p.city = r.agency order by 1, 2").rows, expected)
        XCTAssertEqual(try database.query("select count(*) from reports r left join reports p on p.city = r.agency").rows, [[.integer(5)]])
    }

    func testWindowsPartitionedAndOrderedByCodesMatchSQLite() {
        assertSame("""
            select id, rank() over (partition by province order by new desc), dense_rank() over (partition by province order by new desc), \
            row_number() over (partition by province order by new nulls last, id) from t order by id
            """, gongkai: """
            select id, rank() over (partition by province order by requests.new.total desc), \
            dense_rank() over (partition by province order by requests.new.total desc), \
            row_number() over (partition by province order by requests.new.total, id) from reports order by id
            """)
        // After a filter (the window's rows are a selection), and ordered by a text field.
        assertSame("select id, rank() over (partition by agency order by year desc) from t where year >= 2022 order by id",
                   gongkai: "select id, rank() over (partition by agency order by year desc) from reports where year >= 2022 order by id")
        assertSame("select id, row_number() over (order by agency desc nulls last, id), rank() over (order by province nulls last) from t order by id",
                   gongkai: "select id, row_number() over (order by agency desc, id), rank() over (order by province) from reports order by id")
        assertSame("select id, lag(new) over (partition by agency order by year, id) from t order by id",
                   gongkai: "select id, lag(requests.new.total) over (partition by agency order by year, id) from reports order by id")
    }

    func testWindowsOverNoRows() {
        XCTAssertEqual(rows("select id, rank() over (partition by province order by requests.new.total) from reports where year = 1900"), [])
        XCTAssertEqual(rows("select id, rank() over (partition by province order by new) from t where year = 1900"), [])
    }

    func testPrevAndNextOnCodesMatchTheTextPath() {
        let coded = rows("select id, prev(requests.new), next(requests.new), prev(id) from reports order by id")
        XCTAssertEqual(coded.count, 12)
        XCTAssertEqual(coded, rows("select id, prev(new), next(new), prev(id) from t order by id"))
        XCTAssertEqual(coded.first { $0[0] == .text("a2") }, [.text("a2"), .integer(10), .null, .text("a1")])
    }
}
