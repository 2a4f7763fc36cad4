import Foundation
import XCTest
@testable import ReportShell

/// Every script in queries/ runs against corpus/ and answers its question. Expected numbers are worked
/// out by hand from the five reports: 000 济宁市兖州区 2022 (requests.new 0; table 三 an image, so its
/// other figures are null), 001 济宁市 2021 (0; processed 0), 002 聊城市 2022 (2, stated in words; table
/// 三 an image), 003 枣庄市市中区 2023 (0; granted 0, processed 0), 004 济南市济阳区 2022 (0; carried_in 1,
/// processed 1, granted 0).
final class QueriesFolderTests: XCTestCase {
    private static let folder = SessionHarness.repository.appendingPathComponent("queries")
    private var shell: SessionHarness!

    override func setUpWithError() throws {
        shell = try SessionHarness { $0.format = .csv }
    }

    override func tearDown() {
        shell.remove()
    }

    private func run(_ name: String) -> [String] {
        shell.clear()
        let status = shell.session.runScriptFile(QueriesFolderTests.folder.appendingPathComponent(name).path)
        XCTAssertEqual(status, .success, "\(name): \(shell.error)")
        return shell.standard.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    func testEveryScriptRunsAndAnswers() throws {
        let scripts = try FileManager.default.contentsOfDirectory(atPath: QueriesFolderTests.folder.path)
            .filter { $0.hasSuffix(".sql") }.sorted()
        XCTAssertGreaterThanOrEqual(scripts.count, 8)
        for script in scripts {
            let text = try String(contentsOf: QueriesFolderTests.folder.appendingPathComponent(script), encoding: .utf8)
            XCTAssertTrue(text.hasPrefix("-- "), "\(script) says what it asks")
            let rows = run(script)
            XCTAssertEqual(shell.error, "", script)
            XCTAssertGreaterThan(rows.count, 1, "\(script) answers with at least one row")
        }
    }

    func testRequestsByYear() {
        XCTAssertEqual(run("requests_by_year.sql"), [
            "year,reports,new_requests,granted,processed",
            "2021,1,0,,0",  // 001's granted row is not printed: null, not 0
            "2022,3,2,0,1",  // 000 + 002 + 004; granted and processed only from 004
            "2023,1,0,0,0",
        ])
    }

    func testImageTablesAndChecksThatCouldNotBeMade() {
        XCTAssertEqual(run("image_tables.sql").dropFirst().map { String($0.prefix(20)) },
                       ["000_afc6a6d0ad89b90e", "002_8805b726e6c8b84f"])
        XCTAssertEqual(run("balance_failures.sql").dropFirst().map { String($0.prefix(20)) },
                       ["000_afc6a6d0ad89b90e", "002_8805b726e6c8b84f"], "济 (U+6D4E) sorts before 聊 (U+804A)")
    }

    func testCountyOverviewCreatesItsView() {
        XCTAssertEqual(run("county_overview.sql"), [
            "city,county,reports,proactive_items,requests",
            "济宁市,兖州区,1,240,0",
            "枣庄市,市中区,1,65,0",  // 004 (济阳区 only in the titles it cites) has no region: issue 13
        ])
        XCTAssertNotNil(shell.session.database.views["county_reports"])
    }

    func testProposalsAndDisclosureRate() {
        XCTAssertEqual(run("proposals.sql").dropFirst().map { $0.split(separator: ",").last! }, ["47", "25", "24", "23", "5"])
        XCTAssertEqual(run("disclosure_rate_by_city.sql"), [
            "province,city,reports,processed,disclosed",
            "山东省,枣庄市,1,0,",  // 0 processed: the rate is null, not 0
            "山东省,济宁市,2,0,",
            "山东省,聊城市,1,,",
        ])
    }

    /// Only 003 states its date: 2024-01-11 for 2023, a department (工业和信息化局), due 2024-01-31 — 20
    /// days early. The other four state no date: unknown, never late.
    func testPublicationTimeliness() {
        let lines = run("publication_timeliness.sql")
        XCTAssertEqual(lines.first, "id,agency,year,kind,published,deadline,timeliness,days_after_deadline,check.timely")
        XCTAssertEqual(lines.dropFirst().first,
                       "003_d68fabd84de01588,枣庄市市中区工业和信息化局,2023,department,2024-01-11,2024-01-31,on time,-20,true")
        XCTAssertEqual(lines.filter { $0.contains(",unknown,") }.count, 4)
        XCTAssertEqual(Array(lines.suffix(2)), ["kind,reports,on_time,late,unknown", "department,5,1,0,4"])
    }
}
