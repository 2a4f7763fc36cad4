import XCTest
@testable import ReportShell

final class SourceCommandTests: MetaCommandTestCase {
    func testATableValueNamesItsFileLineAndText() {
        XCTAssertEqual(output(".source 003 requests.new.natural"),
                       "requests.new.natural = 0 (table)\n003_d68fabd84de01588.txt:86:\t0\n")
    }

    func testANarrativeValueAndAnAlias() {
        let text = output(".source 002 本年新收")
        XCTAssertTrue(text.hasPrefix("requests.new.total = 2 (narrative)\n002_8805b726e6c8b84f.txt:8:2022年共受理依申请公开2件，办结2件，"), text)
    }

    func testNullAndDerivedValuesSayWhyThereIsNoLine() {
        XCTAssertEqual(output(".source 000 requests.new.natural"),
                       "requests.new.natural is null in 000_afc6a6d0ad89b90e: the report does not state it\n")
        XCTAssertEqual(output(".source 004 requests.denied"),
                       "requests.denied.total = 0 (derived)\n004_d751c33895197328.txt: derived from other values, not read from one line\n")
    }

    /// The canonical agency names the line its name was read from; the printed one is kept beside it.
    func testTheAgencyNamesItsLineAndItsPrintedForm() {
        XCTAssertEqual(output(".source 003 agency"),
                       "agency = 枣庄市市中区工业和信息化局 (narrative)\n003_d68fabd84de01588.txt:2:市中区工业和信息化局\n")
        XCTAssertEqual(output(".source 003 机关原文"),
                       "agency_printed = 市中区工业和信息化局 (narrative)\n003_d68fabd84de01588.txt:2:市中区工业和信息化局\n")
        let fields = output(".fields agency")
        XCTAssertTrue(fields.contains("agency_printed") && fields.contains("机关（原文）"), fields)
    }

    func testUnknownFieldsAndWrongUsage() {
        XCTAssertEqual(output(".source 003 requests.nwe", status: .failure), "")
        XCTAssertEqual(shell.error, "error: unknown field 'requests.nwe' — did you mean 'requests.new'?\n")
        XCTAssertEqual(output(".source 003", status: .usage), "")
        XCTAssertEqual(shell.error, "error: name a report and a field — usage: .source ID FIELD\n")
    }
}

/// `.source` names one report or says which ones it could be: never one of two picked silently.
final class SourceAmongEqualNamesTests: XCTestCase {
    func testTheSameFileNameInTwoFoldersIsNeverPickedSilently() throws {
        let folder = try SessionHarness.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("corpus")
        for (year, name) in [("2022", "000_afc6a6d0ad89b90e.txt"), ("2023", "003_d68fabd84de01588.txt")] {
            let target = corpus.appendingPathComponent(year)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: SessionHarness.corpus + "/" + name,
                                             toPath: target.appendingPathComponent("report.txt").path)
        }
        let shell = try SessionHarness(folder: folder) { $0.paths = [corpus.path] }
        shell.clear()
        XCTAssertEqual(shell.run(".source report year"), .failure)
        XCTAssertEqual(shell.error, "error: 'report' names 2 report ids: 2022/report, 2023/report — type more of the id\n")
        shell.clear()
        XCTAssertEqual(shell.run(".source 2023/report year"), .success, shell.error)
        XCTAssertTrue(shell.standard.hasPrefix("year = 2023 (narrative)\n2023/report.txt:"), shell.standard)
        shell.clear()
        XCTAssertEqual(shell.run("select source(year) order by id"), .success, shell.error)
        XCTAssertTrue(shell.standard.contains("2022/report.txt:"), shell.standard)
        XCTAssertTrue(shell.standard.contains("2023/report.txt:"), shell.standard)
    }
}
