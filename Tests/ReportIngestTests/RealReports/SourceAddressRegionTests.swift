import XCTest
import ReportModel
@testable import ReportIngest

/// Regions of real reports that only the source address gives (SOURCES.md, "Regions from the source
/// address"): the file never writes them, so they are not labels — null is the right answer. The parser
/// may give null or the true value, never another: a different region would be a wrong value.
final class SourceAddressRegionTests: XCTestCase {
    /// Fixture → field → the true value (from the source address; never written in the file).
    static let trueRegions: [String: [String: String]] = [
        "09_hubei_wuhan_hanyang_gov_office_2022": ["county": "汉阳区"],
        "10_shaanxi_jiaxian_xizhen_2022": ["province": "陕西省", "city": "榆林市", "county": "佳县"],
        "32_shandong_weihai_wendeng_audit_2020_page9": ["province": "山东省", "city": "威海市", "county": "文登区"],
    ]

    func testTheParserGivesNullOrTheTrueRegionNeverAnother() throws {
        let fixtures = try RealReportSet.fixtures()
        for (name, fields) in Self.trueRegions {
            let fixture = try XCTUnwrap(fixtures.first { $0.name == name }, "\(name): no such fixture")
            let record = try RealReportSet.record(fixture)
            for (field, truth) in fields {
                XCTAssertNil(fixture.labels[field], "\(name) \(field): labelled, but SOURCES.md says the file never states it")
                switch record[field] {
                case .null: break
                case .text(let value): XCTAssertEqual(value, truth, "\(name) \(field): a region the file does not give")
                case let other: XCTFail("\(name) \(field): \(other) is not a region name")
                }
            }
        }
    }

    /// The files indeed never write these names (nor the region's other levels): if one is added to a
    /// fixture, its label belongs back in labels.json.
    func testTheFilesDoNotWriteTheirRegion() throws {
        let written: [String: [String]] = [
            "09_hubei_wuhan_hanyang_gov_office_2022": ["汉阳"],
            "10_shaanxi_jiaxian_xizhen_2022": ["佳县", "榆林", "陕西"],
            "32_shandong_weihai_wendeng_audit_2020_page9": ["文登", "威海", "山东"],
        ]
        for fixture in try RealReportSet.fixtures() {
            guard let names = written[fixture.name] else { continue }
            let text = try String(contentsOf: fixture.report, encoding: .utf8)
            for name in names { XCTAssertFalse(text.contains(name), "\(fixture.name) writes \(name)") }
        }
    }
}
