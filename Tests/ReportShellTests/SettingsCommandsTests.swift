import XCTest
@testable import ReportShell

final class SettingsCommandsTests: MetaCommandTestCase {
    func testAloneTheyShowTheCurrentSetting() {
        XCTAssertEqual(output(".format\n.maxrows\n.nullvalue\n.timer"), "format: table\nmaxrows: 0\nnullvalue: NULL\ntimer: off\n")
        XCTAssertEqual(output(".mode jsonl\n.maxrows 7\n.nullvalue ''\n.timer ON\n.format\n.maxrows\n.nullvalue\n.timer"),
                       "format: jsonl\nmaxrows: 7\nnullvalue: \ntimer: on\n")
    }

    func testTheInteractiveDefaultIsAHundredRows() throws {
        let interactive = try SessionHarness(interactive: true, folder: shell.folder)
        interactive.clear()
        interactive.run(".maxrows")
        XCTAssertEqual(interactive.standard, "maxrows: 100\n")
    }

    func testFormatsChangeTheOutput() {
        XCTAssertEqual(output(".format json\nselect year where id ~ '001'"), "[\n  {\"year\":2021}\n]\n")
        XCTAssertEqual(output(".format line\nselect year, agency where id ~ '001'"), "year   = 2021\nagency = 济宁市工业和信息化局\n")
        XCTAssertEqual(output(".format md\nselect year where id ~ '001'"), "| year |\n| ---: |\n| 2021 |\n")
    }

    func testWrongArgumentsAreUsageErrors() {
        for (input, message) in [
            (".format xml", "error: unknown format 'xml' — usage: .format [MODE]\n"),
            (".maxrows -1", "error: N must be a whole number, 0 or more — usage: .maxrows [N]\n"),
            (".timer maybe", "error: say on or off — usage: .timer [on|off]\n"),
            (".nullvalue a b", "error: one text at a time (quote it to include spaces) — usage: .nullvalue [TEXT]\n"),
            (".nullvalue 'open", "error: a quote is not closed — usage: .nullvalue [TEXT]\n"),
        ] {
            XCTAssertEqual(output(input, status: .usage), "", input)
            XCTAssertEqual(shell.error, message, input)
        }
    }

    func testMetaCommandLines() {
        XCTAssertEqual(MetaCommandLine(".read 'my script.sql'").arguments, ["my script.sql"])
        XCTAssertEqual(MetaCommandLine(".nullvalue 'it''s'").arguments, ["it's"])
        XCTAssertEqual(MetaCommandLine("  .load a  b ").arguments, ["a", "b"])
        XCTAssertEqual(MetaCommandLine(".nullvalue \"\"").arguments, [""])
        XCTAssertTrue(MetaCommandLine(".read 'x").hasOpenQuote)
    }
}
