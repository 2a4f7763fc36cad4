import ReportModel
import XCTest
@testable import ReportQuery

/// Chinese names for the values of `level`, `template` and `tables.*` (`FieldValueAliases`), and the
/// warning for a comparison with a value a field never takes (`ValueWarnings`).
final class FieldValueAliasesTests: XCTestCase {
    /// 16 reports: r0 county/2021/text, r1 city/2019/image, r2 province/2021/absent, r3 with no level,
    /// r4… in 13 more provinces (so `province` has 14 values, more than are listed).
    static let provinces = ["山东省", "北京市", "上海市", "河北省", "山西省", "辽宁省", "吉林省", "江苏省",
                            "浙江省", "安徽省", "福建省", "江西省", "河南省", "湖北省"]
    static let database: Database = {
        let catalog = FieldCatalog.standard
        let records = (0..<16).map { index in
            var record = ReportRecord()
            func set(_ name: String, _ value: Value) { record.set(catalog.id(name), value, line: 1, origin: .narrative) }
            let levels = ["county", "city", "province"]
            set("id", .text("r\(index)"))
            set("level", index < 3 ? .text(levels[index]) : index == 3 ? .null : .text("county"))
            set("template", .text(index == 1 ? "2019" : "2021"))
            set("tables.requests", .text(["text", "image", "absent"][index < 3 ? index : 0]))
            set("province", .text(provinces[min(index, provinces.count - 1)]))
            return record
        }
        return Database(records: records)
    }()

    private func ids(_ query: String) throws -> [String] {
        var database = Self.database
        guard case .rows(let result) = try database.execute(query) else { XCTFail("no rows"); return [] }
        return (0..<result.rowCount).map { result[$0, 0].textValue ?? "NULL" }
    }

    private func warnings(_ query: String) throws -> [String] {
        var database = Self.database
        _ = try database.execute(query)
        return database.warnings.map { $0.message + ($0.hint.map { " — " + $0 } ?? "") }
    }

    func testChineseValueNamesMeanTheCanonicalValues() throws {
        XCTAssertEqual(try ids("select id where level = '县级' and id in ('r0', 'r1', 'r2', 'r3')"), ["r0"])
        XCTAssertEqual(try ids("select id where level = '区县级' order by id").count, 13, "r0 and r4…r15")
        XCTAssertEqual(try ids("select id where '市级' = level"), ["r1"])
        XCTAssertEqual(try ids("select id where level in ('省级', '地市级') order by id"), ["r1", "r2"])
        XCTAssertEqual(try ids("select id where template = '60号'"), ["r1"])
        XCTAssertEqual(try ids("select id where template = '2019版'"), ["r1"])
        XCTAssertEqual(try ids("select id where tables.requests = '图片'"), ["r1"])
        XCTAssertEqual(try ids("select id where 表三 = '缺失'"), ["r2"])
        XCTAssertEqual(try ids("select id where level != '县级' order by id"), ["r1", "r2"])
        XCTAssertEqual(try ids("select case level when '市级' then '市' else '-' end where id = 'r1'"), ["市"])
        XCTAssertEqual(try ids("select r.id from reports r join reports p on p.id = r.id where r.level = '省级'"), ["r2"])
        // The canonical values still work, and results keep them.
        XCTAssertEqual(try ids("select level where level = 'city'"), ["city"])
        XCTAssertEqual(try ids("select level where level = '市级'"), ["city"])
    }

    func testOnlyTheseFieldsAndOnlyComparisonsTranslate() throws {
        // '县级' is no value name of province; `like` and `~` compare the text as written.
        XCTAssertEqual(try ids("select id where province = '县级'"), [])
        XCTAssertEqual(try ids("select id where level like '县%'"), [])
        XCTAssertEqual(FieldValueAliases.canonical("县级", field: "level"), "county")
        XCTAssertEqual(FieldValueAliases.canonical("图片", field: "tables.review"), "image")
        XCTAssertNil(FieldValueAliases.canonical("县级", field: "province"))
        XCTAssertNil(FieldValueAliases.canonical("county", field: "level"))
    }

    func testEveryValueOfTheCatalogsFixedSetsHasANameAndNamesAreUnique() {
        let fixed = ["level": ["central", "province", "city", "county", "township"], "template": ["2021", "2019", "unknown"],
                     "tables.requests": ["text", "partial", "unread", "image", "absent"]]
        for (field, values) in fixed {
            let names = FieldValueAliases.names(forField: field)!
            XCTAssertEqual(names.map(\.key).sorted(), values.sorted(), field)
            let all = names.flatMap(\.value)
            XCTAssertEqual(Set(all).count, all.count, "\(field): a name names one value")
        }
    }

    func testAValueTheFieldNeverTakesIsAWarningListingItsValues() throws {
        XCTAssertEqual(try warnings("select id where level = 'county '"),
                       ["level is never 'county ' in the loaded reports — it is one of: 'city', 'county', 'province'"])
        XCTAssertEqual(try warnings("select id where tables.requests in ('image', 'picture')"),
                       ["tables.requests is never 'picture' in the loaded reports — it is one of: 'absent', 'image', 'text'"])
        XCTAssertEqual(try warnings("select id where level = '县级' or template = '2019'"), [], "values taken: no warning")
        XCTAssertEqual(try warnings("select id where level = 'township' or tables.requests = 'partial'"), [],
                       "a value of the fixed set that no report has: a fair question, no warning")
        var database = Self.database
        _ = try database.execute("select id where level = 'County'")
        let warning = try XCTUnwrap(database.warnings.first)
        XCTAssertEqual(warning.range, SourceRange(start: 24, end: 32), "at the literal")
        _ = try database.execute("select id")
        XCTAssertEqual(database.warnings, [], "each statement starts afresh")
    }

    func testAFieldWithManyValuesSuggestsOnlyCloseOnes() throws {
        XCTAssertEqual(try warnings("select id where province = '山东'"),
                       ["province is never '山东' in the loaded reports — did you mean '山东省'?"])
        XCTAssertEqual(try warnings("select id where province = '西藏自治区'"), [], "nothing close: nothing said")
        XCTAssertEqual(try warnings("select id where id = 'r99'"), [], "id is no small set")
    }
}
