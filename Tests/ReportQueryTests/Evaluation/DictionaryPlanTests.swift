import XCTest
import ReportModel
@testable import ReportQuery

/// The corpus runs text work through its dictionaries and byte layouts; a view over the same rows has
/// neither. Both must give the same answers.
final class DictionaryPlanTests: QueryTestCase {
    func testCorpusAndPlainViewAgree() throws {
        _ = try database.execute("create view plain as select id, agency, province, year, requests.new, check.ok")
        let queries = [
            "select id, province = '山东省', province < '北', province ~ '东', agency like '%局' %@",
            "select id, coalesce(province, '无'), length(province), province is null, province in ('北京市', null) %@",
            "select province, count(*), count(distinct agency), sum(requests.new) %@ group by province",
            "select province, year, count(*) %@ group by province, year order by 3 desc, 1",
            "select agency %@ where agency ~ '济南' or province = '上海市' order by agency desc",
            "select id %@ where not (province like '_京%') order by province, id desc limit 3",
            "select min(province), max(agency), count(distinct province) %@",
        ]
        for query in queries {
            let corpus = try database.query(query.replacingOccurrences(of: "%@", with: "from reports")).rows
            let view = try database.query(query.replacingOccurrences(of: "%@", with: "from plain")).rows
            XCTAssertEqual(corpus, view, query)
            XCTAssertFalse(corpus.isEmpty, query)
        }
    }

    func testPredicatesOnOneTextFieldArePrecomputedPerValue() throws {
        let store = Fixtures.store
        let province = FieldCatalog.standard.id("province").rawValue
        XCTAssertEqual(store.dictionary(province)?.values, ["山东省", "北京市", "上海市"])
        var plan = DictionaryPlan(store: store)
        let bound = try Binder.bind(try Parser.parseQuery("select id where province = '山东省' and year > 2000"),
                                    text: "select id where province = '山东省' and year > 2000", catalog: .standard, views: [:])
        let rewritten = plan.apply(bound).query
        guard case .and(let left, _)? = rewritten.filter?.node, case .dictionaryLookup(province, slot: 0) = left.node else {
            return XCTFail("\(String(describing: rewritten.filter?.node))")
        }
        XCTAssertEqual(plan.lookups.first?.values(), [.bool(true), .bool(false), .bool(false), .null])
    }

    func testExpressionsThatCouldFailAreNotPrecomputed() throws {
        // length(agency) * huge overflows for every agency, but `and` never needs it: no error.
        XCTAssertEqual(rows("select count(*) where id = 'none' and length(agency) * 9223372036854775807 > 0"), [[.integer(0)]])
    }
}
