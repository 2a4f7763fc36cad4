import XCTest
import ReportModel
@testable import ReportQuery

/// The source columns a query reads (`BoundQuery.sourceColumns`): the column store builds only these,
/// so a column missing here is read as an empty column (a failure), one too many is built for nothing
/// (issue 17 item 1: `select count(*)` built 100,000 ids from the image, 10 ms of a warm one-shot).
final class SourceColumnsTests: XCTestCase {
    private func columns(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Set<String> {
        guard case .select(let query) = try Parser.parseStatement(text) else {
            XCTFail("not a select: \(text)", file: file, line: line)
            return []
        }
        let bound = try Binder.bind(query, text: text, catalog: .standard, views: [:])
        // A window's result is a column past the source's (`windowBase + k`); the store ignores it.
        let fields = FieldCatalog.standard.fields
        return Set(bound.sourceColumns.filter { $0 < fields.count }.map { fields[$0].name })
    }

    /// (`requests.new` names the field `requests.new.total`.)
    func testAnAggregateReadsItsKeysArgumentsAndFilterOnly() throws {
        XCTAssertEqual(try columns("select count(*)"), [])
        XCTAssertEqual(try columns("select count(*) from reports"), [])
        XCTAssertEqual(try columns("select province, count(*) as n, sum(requests.new) from reports where year > 2020 "
                                   + "group by province having count(*) > 1 order by n desc"),
                       ["province", "requests.new.total", "year"])
        XCTAssertEqual(try columns("select max(year) - min(year) from reports where agency like '%局'"), ["year", "agency"])
        XCTAssertEqual(try columns("select count(*) filter (where check.ok) from reports"), ["check.ok"])
    }

    func testARowQueryReadsItsOutputsSortKeysAndFilter() throws {
        XCTAssertEqual(try columns("select agency from reports where province = '广东' order by year"),
                       ["agency", "province", "year"])
        XCTAssertEqual(try columns("select id, rank() over (partition by province order by requests.new) from reports"),
                       ["id", "province", "requests.new.total"])
    }

    /// `prev`/`next` find a report's neighbours by agency and year, read whether or not the query names them.
    func testNeighboursReadAgencyAndYear() throws {
        XCTAssertEqual(try columns("select prev(requests.new) from reports"), ["requests.new.total", "agency", "year"])
        XCTAssertEqual(try columns("select count(*) from reports where prev(requests.new) > 0"), ["requests.new.total", "agency", "year"])
    }
}
