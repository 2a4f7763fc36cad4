import Foundation
import XCTest

/// Through the binary: `level = '县级'` finds the county-level reports, and a comparison with a
/// value the field never takes is a warning on standard error naming the values it takes — the
/// statement still runs and the exit status is 0.
final class ValueWarningTests: XCTestCase {
    private var home: URL!

    override func setUpWithError() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-warn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: home)
    }

    private func run(_ statement: String) throws -> GongkaiProcess.Outcome {
        try GongkaiProcess.run([GongkaiBinary.corpus, "-q", "--format", "csv", "-c", statement],
                               environment: GongkaiBinary.environment(home: home.path))
    }

    func testChineseLevelNamesFindTheReports() throws {
        // 000 is 济宁市兖州区's bureau and 003 枣庄市市中区's: district bodies, county level.
        let outcome = try run("select id where level = '县级' order by id")
        XCTAssertEqual(outcome.status, 0, outcome.error)
        XCTAssertEqual(outcome.output, "id\r\n000_afc6a6d0ad89b90e\r\n003_d68fabd84de01588\r\n")
        XCTAssertEqual(outcome.error, "")
    }

    func testAValueNeverTakenIsAWarningWithTheValuesTaken() throws {
        // The bundled bodies are city (济宁市, 聊城市) and county level (兖州区, 市中区); 004 names no body.
        let outcome = try run("select id where level = 'county '")
        XCTAssertEqual(outcome.status, 0, "a warning, not an error")
        XCTAssertEqual(outcome.output, "id\r\n")
        XCTAssertEqual(outcome.error, """
            warning: level is never 'county ' in the loaded reports — it is one of: 'city', 'county'
              select id where level = 'county '
                                      ^~~~~~~~~

            """)
    }
}
