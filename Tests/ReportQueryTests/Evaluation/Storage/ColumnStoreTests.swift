import XCTest
import ReportModel
@testable import ReportQuery

final class ColumnStoreTests: XCTestCase {
    func testColumnsAreTypedWithNullMasks() {
        let store = Fixtures.store
        let catalog = FieldCatalog.standard
        XCTAssertEqual(store.rowCount, 5)
        let table = store.table(using: Set(catalog.fields.map(\.id.rawValue)))
        guard case .integer(let new) = table.columns[catalog.id("requests.new.total").rawValue],
              case .decimal(let fees) = table.columns[catalog.id("proactive.fees").rawValue],
              case .text(let province) = table.columns[catalog.id("province").rawValue],
              case .bool(let ok) = table.columns[catalog.id("check.ok").rawValue] else {
            return XCTFail("column types")
        }
        XCTAssertEqual(new.valid, [true, true, false, true, true])
        XCTAssertEqual(new.values.enumerated().filter { new.valid[$0.offset] }.map(\.element), [10, 0, 25, 7])
        XCTAssertEqual(fees.valid, [true, false, true, true, false])
        XCTAssertEqual(province.valid, [true, true, true, true, false])
        XCTAssertEqual(ok.valid, [true, true, false, true, false])
        XCTAssertEqual(table.columns.count, catalog.count)
    }

    func testNumberColumnsAreBuiltWhenAQueryFirstUsesThem() throws {
        let catalog = FieldCatalog.standard
        let store = ColumnStore(records: Fixtures.store.records)
        let new = catalog.id("requests.new.total").rawValue, year = catalog.id("year").rawValue
        XCTAssertEqual(store.table.columns[new].count, 0, "not built with the store")
        XCTAssertEqual(store.table.columns[catalog.id("province").rawValue].count, 5, "short texts are")
        XCTAssertEqual(store.table(using: [new]).columns[new].values(), Fixtures.store.records.map { $0[FieldID(new)] })
        XCTAssertEqual(store.table(using: [year]).columns[new].count, 0, "only the fields asked for")
        XCTAssertEqual(store.table(using: [year]).columns[year].count, 5)
        store.buildEveryColumn()
        let all = store.table(using: Set(catalog.fields.map(\.id.rawValue)))
        for field in catalog.fields where field.group != .text {
            XCTAssertEqual(all.column(field.id.rawValue).values(), Fixtures.store.records.map { $0[field.id] }, field.name)
        }
        let database = Database(store: store)
        XCTAssertEqual(try database.query("select sum(requests.new), count(check.ok) where year > 0").rows,
                       try Database(records: Fixtures.store.records).query("select sum(requests.new), count(check.ok) where year > 0").rows)
    }

    func testMismatchedValuesAreNullExceptIntegersInDecimalFields() {
        let catalog = FieldCatalog.standard
        var record = ReportRecord()
        record.set(catalog.id("year"), .text("2022"), line: 1, origin: .table)
        record.set(catalog.id("proactive.fees"), .integer(3), line: 1, origin: .table)
        record.set(catalog.id("agency"), .integer(5), line: 1, origin: .table)
        let table = ColumnStore(records: [record]).table(using: Set(catalog.fields.map(\.id.rawValue)))
        XCTAssertEqual(table.columns[catalog.id("year").rawValue].value(at: 0), .null)
        XCTAssertEqual(table.columns[catalog.id("proactive.fees").rawValue].value(at: 0), .decimal(3))
        XCTAssertEqual(table.columns[catalog.id("agency").rawValue].value(at: 0), .null)
    }

    func testEmptyCorpus() throws {
        let database = Database(records: [])
        XCTAssertEqual(try database.query("select agency").rows, [])
        XCTAssertEqual(try database.query("select count(*), sum(year)").rows, [[.integer(0), .null]])
        XCTAssertEqual(try database.query("select province, count(*) group by province").rows, [])
    }

    func testManyChunks() throws {
        let catalog = FieldCatalog.standard
        let records = (0..<5_000).map { i -> ReportRecord in
            var record = ReportRecord()
            record.set(catalog.id("year"), .integer(2020 + i % 4), line: 1, origin: .table)
            record.set(catalog.id("requests.new.total"), i % 7 == 0 ? .null : .integer(i), line: 2, origin: .table)
            return record
        }
        let database = Database(records: records)
        let expectedSum = (0..<5_000).filter { $0 % 7 != 0 }.reduce(0, +)
        XCTAssertEqual(try database.query("select count(*), count(requests.new), sum(requests.new)").rows,
                       [[.integer(5_000), .integer(5_000 - 715), .integer(expectedSum)]])
        XCTAssertEqual(try database.query("select year, count(*) group by year").rows.map { $0[1] }, Array(repeating: .integer(1_250), count: 4))
        XCTAssertEqual(try database.query("select requests.new order by requests.new desc limit 2").rows, [[.integer(4_999)], [.integer(4_997)]])
        XCTAssertEqual(try database.query("select requests.new where requests.new > 4000 limit 3 offset 2").rows,
                       [[.integer(4_003)], [.integer(4_005)], [.integer(4_006)]])
    }

    func testTextAndSectionColumnsAreBuiltOnFirstUse() throws {
        let catalog = FieldCatalog.standard
        let text = catalog.id("text"), s1 = catalog.id("text.s1")
        let records = ["一、总体情况\n甲\n", "一、总体情况\n乙丙\n"].map { body -> ReportRecord in
            var record = ReportRecord()
            record.set(text, .text(body), line: 1, origin: .narrative)
            let start = "一、总体情况\n".utf8.count
            record.set(s1, pieceOf: text, utf8: start..<body.utf8.count - 1, line: 2, origin: .narrative)
            return record
        }
        let store = ColumnStore(records: records)
        XCTAssertTrue(store.lazyFields.isSuperset(of: [s1.rawValue, text.rawValue]))
        XCTAssertEqual(store.table.columns[s1.rawValue].count, 0, "not copied out at load")
        XCTAssertEqual(store.table.columns[text.rawValue].count, 0, "not read at load")
        XCTAssertTrue(store.table.spans.isEmpty, "not laid out at load")
        XCTAssertEqual(store.table(using: [s1.rawValue]).column(s1.rawValue).values(), [.text("甲"), .text("乙丙")])
        XCTAssertEqual(store.table(using: [text.rawValue]).column(text.rawValue).values(), records.map { $0[text] })
        let database = Database(store: store)
        XCTAssertEqual(try database.query("select text.s1 where text.s1 ~ '丙'").rows, [[.text("乙丙")]])
        XCTAssertEqual(try database.query("select count(*) group by 第一部分").rows.count, 2, "by its alias, in a group key")
        XCTAssertEqual(try database.query("select source(text.s1) limit 1").rows, [[.text("?:2 (narrative)")]])
    }

    func testFiltersEvaluatedInParallelKeepTableOrderLimitsAndErrors() throws {
        let catalog = FieldCatalog.standard
        let count = QueryExecutor.chunkSize * QueryExecutor.parallelChunks * 2 + 123
        let records = (0..<count).map { i -> ReportRecord in
            var record = ReportRecord()
            record.set(catalog.id("id"), .text("r\(i)"), line: 0, origin: .derived)
            record.set(catalog.id("requests.new.total"), .integer(i), line: 2, origin: .table)
            record.set(catalog.id("text"), .text(i % 3 == 0 ? "收取信息处理费" : "无"), line: 1, origin: .narrative)
            record.set(catalog.id("year"), .integer(i == count - 5 ? Int.max : 2022), line: 3, origin: .table)
            return record
        }
        let database = Database(records: records)
        let matches = try database.query("select requests.new where text ~ '信息处理费'").rows
        XCTAssertEqual(matches, stride(from: 0, to: count, by: 3).map { [.integer($0)] }, "every match, in table order")
        XCTAssertEqual(try database.query("select requests.new where text ~ '处理费' limit 2 offset 5000").rows,
                       [[.integer(15_000)], [.integer(15_003)]], "limit and offset across windows")
        XCTAssertEqual(try database.query("select count(*) where text ~ '处理费'").rows, [[.integer((count + 2) / 3)]])
        XCTAssertThrowsError(try database.query("select id where year + 1 > 0"), "an overflow in a late chunk is reported")
    }
}
