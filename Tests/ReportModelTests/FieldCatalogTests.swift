import XCTest
@testable import ReportModel

final class FieldCatalogTests: XCTestCase {
    let catalog = FieldCatalog.standard

    /// Every field name of ../shared/docs/fields.md resolves.
    func testEveryDocumentedNameResolves() {
        let names = [
            "id", "file", "agency", "dept", "province", "city", "county", "level", "year", "published", "template",
            "tables.proactive", "tables.requests", "tables.review", "text", "text.s1", "text.s6",
            "proactive.total", "proactive.rules.issued", "proactive.rules.repealed", "proactive.rules.valid",
            "proactive.normative.issued", "proactive.normative.repealed", "proactive.normative.valid",
            "proactive.license", "proactive.penalty", "proactive.coercion", "proactive.fees",
            "requests.new", "requests.new.natural", "requests.granted", "requests.denied.state_secret.total",
            "requests.denied.org", "requests.other_handling.misc", "requests.processed", "requests.carried_out",
            "requests.received", "review", "review.upheld", "litigation.direct", "litigation.after_review.pending",
            "litigation", "processing_fee", "proposals.npc", "proposals.cppcc", "proposals.total",
            "rate.granted", "rate.disclosed", "review.correction_rate", "litigation.correction_rate",
            "check.balance", "check.rows", "check.processed", "check.review", "check.ok", "warnings",
        ]
        for name in names { XCTAssertNotNil(catalog.lookup(name), name) }
    }

    func testRowPathMeansTotalColumn() {
        XCTAssertEqual(catalog.lookup("requests.new"), catalog.lookup("requests.new.total"))
        XCTAssertEqual(catalog.lookup("review"), catalog.lookup("review.total"))
        XCTAssertEqual(catalog.lookup("litigation.direct"), catalog.lookup("litigation.direct.total"))
    }

    func testChineseAliases() {
        XCTAssertEqual(catalog.lookup("机关"), catalog.lookup("agency"))
        XCTAssertEqual(catalog.lookup("年度"), catalog.lookup("year"))
        XCTAssertEqual(catalog.lookup("本年新收"), catalog.lookup("requests.new.total"))
        XCTAssertEqual(catalog.lookup("予以公开"), catalog.lookup("requests.granted.total"))
        XCTAssertEqual(catalog.lookup("予以公开.自然人"), catalog.lookup("requests.granted.natural"))
        XCTAssertEqual(catalog.lookup("行政复议"), catalog.lookup("review.total"))
        XCTAssertEqual(catalog.lookup("行政复议.纠正"), catalog.lookup("review.corrected"))
    }

    func testComputedIdsMatchNames() {
        for row in RequestRow.allCases {
            for column in ApplicantColumn.allCases {
                XCTAssertEqual(catalog[catalog.requests(row, column)].name, "requests.\(row.name).\(column.name)")
            }
        }
        for block in ReviewBlock.allCases {
            for outcome in ReviewOutcome.allCases {
                XCTAssertEqual(catalog[catalog.review(block, outcome)].name, "\(block.name).\(outcome.name)")
            }
        }
        for item in ProactiveItem.allCases { XCTAssertEqual(catalog[catalog.proactive(item)].name, item.name) }
    }

    func testTypesAndDerivation() {
        XCTAssertEqual(catalog[catalog.id("year")].type, .integer)
        XCTAssertEqual(catalog[catalog.id("proactive.fees")].type, .decimal)
        XCTAssertEqual(catalog[catalog.id("check.ok")].type, .bool)
        XCTAssertTrue(catalog[catalog.id("requests.denied.total")].isDerived)
        XCTAssertTrue(catalog[catalog.id("requests.new.org")].isDerived)
        XCTAssertFalse(catalog[catalog.id("requests.new.natural")].isDerived)
        XCTAssertEqual(RequestRow.printed.count, 25)
        XCTAssertEqual(RequestRow.outcomes.count, 21)
    }

    func testPrefixExpansion() {
        XCTAssertEqual(catalog.fields(under: "requests.new").map(\.name),
                       ApplicantColumn.allCases.map { "requests.new.\($0.name)" })
    }

    func testRecordProvenanceAndLines() {
        var record = ReportRecord()
        let id = catalog.id("text")
        record.set(id, .text("a\nb\nc"), line: 0, origin: .derived)
        XCTAssertEqual(record.line(2), "b")
        XCTAssertEqual(record.line(3), "c")
        XCTAssertNil(record.line(4))
        let n = catalog.id("requests.new.total")
        record.set(n, .integer(2), line: 8, origin: .narrative)
        XCTAssertEqual(record.source(of: n), Provenance(line: 8, origin: .narrative))
        record.set(n, .null, line: 8, origin: .narrative)
        XCTAssertNil(record.source(of: n))
        XCTAssertEqual(record["requests.new"], .null)
    }
}
