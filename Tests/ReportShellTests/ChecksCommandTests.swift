import Foundation
import XCTest
@testable import ReportShell

/// `.checks` over one body's reports for two years, made from corpus/003 (a department's 2023 report,
/// every figure 0, signed 2024年1月11日): the 2024 report carries in 3 requests where 2023 carried out 0,
/// and is signed 2025年2月3日, three days late. Counts worked out by hand from those edits.
final class ChecksCommandTests: XCTestCase {
    private var shell: SessionHarness!

    override func setUpWithError() throws {
        let folder = try SessionHarness.makeFolder()
        let names = try FileManager.default.contentsOfDirectory(atPath: SessionHarness.corpus)
        let original = try String(contentsOfFile: SessionHarness.corpus + "/" + names.first { $0.hasPrefix("003") }!, encoding: .utf8)
        try original.write(toFile: folder.path + "/y2023.txt", atomically: true, encoding: .utf8)
        var lines = original.replacingOccurrences(of: "2024年1月11日", with: "2025年2月3日")
            .replacingOccurrences(of: "2023", with: "2024").components(separatedBy: "\n")
        let label = lines.firstIndex { $0.contains("二、上年结转政府信息公开申请数量") }!
        lines[label + 1] = "\t3"
        lines[label + 7] = "\t3"
        try lines.joined(separator: "\n").write(toFile: folder.path + "/y2024.txt", atomically: true, encoding: .utf8)
        shell = try SessionHarness(folder: folder) { $0.paths = [folder.path] }
        shell.clear()
    }

    override func tearDown() {
        shell.remove()
    }

    private func rows(_ input: String) -> [String: String] {
        shell.clear()
        XCTAssertEqual(shell.run(".format csv\n" + input), .success, shell.error)
        var rows: [String: String] = [:]
        for line in shell.standard.split(separator: "\r\n").dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            rows[String(cells[0])] = cells[1...4].joined(separator: ",")
        }
        return rows
    }

    func testCountsPassFailUndecidedWithAnExample() {
        let all = rows(".checks")
        XCTAssertEqual(all["check.carryover"], "0,1,1,y2024")
        XCTAssertEqual(all["check.timely"], "1,1,0,y2024")
        XCTAssertEqual(all["check.jump"], "0,0,2,")
        // 2024 breaks 一 + 二 = （七）总计 + 四 by the 3 carried in; 2023's zeros balance.
        XCTAssertEqual(all["check.balance"], "1,1,0,y2024")
    }

    func testWhereSelectsTheReports() {
        let later = rows(".checks where year = 2023")
        XCTAssertEqual(later["check.carryover"], "0,0,1,")
        XCTAssertEqual(later["check.timely"], "1,0,0,")
    }

    func testABadConditionIsAnError() {
        shell.clear()
        XCTAssertEqual(shell.run(".checks where nosuchfield = 1"), .failure)
        XCTAssertTrue(shell.error.contains("unknown field 'nosuchfield'"), shell.error)
        XCTAssertEqual(shell.run(".checks province = '山东省'"), .usage)
    }

    func testSourceNamesTheReportComparedWith() {
        shell.clear()
        XCTAssertEqual(shell.run(".format csv\nselect source(check.carryover) where id = 'y2024'"), .success, shell.error)
        XCTAssertTrue(shell.standard.contains("y2024.txt:"), shell.standard)
        XCTAssertTrue(shell.standard.contains("(derived, compared with y2023)"), shell.standard)
        shell.clear()
        XCTAssertEqual(shell.run(".source y2024 check.carryover"), .success, shell.error)
        XCTAssertTrue(shell.standard.contains("compared with y2023, the same body's report for the year before"), shell.standard)
    }
}
