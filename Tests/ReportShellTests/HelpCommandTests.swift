import ReportQuery
import XCTest
@testable import ReportShell

final class HelpCommandTests: MetaCommandTestCase {
    func testTheOverviewListsEveryCommandAndTopic() {
        let help = output(".help")
        for command in MetaCommands.all {
            XCTAssertTrue(help.contains("\n  \(command.usage)"), command.name)
            XCTAssertTrue(help.contains(command.summary), command.name)
        }
        XCTAssertTrue(help.contains("Topics (.help TOPIC): language, functions, fields, formats, views, export, commands\n"))
        XCTAssertTrue(help.split(separator: "\n").allSatisfy { $0.count <= 100 }, "fits a 100-column terminal")
    }

    func testFunctionsTopicNamesEveryFunction() {
        let text = output(".help functions")
        for function in QueryVocabulary.functions {
            XCTAssertTrue(text.contains(function + "("), function)
        }
    }

    func testEveryTopicHasText() {
        for topic in HelpTopic.allCases {
            XCTAssertFalse(output(".help \(topic.rawValue)").isEmpty, topic.rawValue)
        }
        XCTAssertEqual(output(".help meta-commands"), output(".help"))
        XCTAssertEqual(output(".help exp"), output(".help export"), "a unique start names a topic")
        XCTAssertTrue(output(".help views").contains(shell.path("views.sql")), "says where views are saved")
    }

    func testFormatsTopicNamesEveryFormat() {
        let text = output(".help formats")
        for mode in FormatCommand.modes {
            XCTAssertTrue(text.contains("\n  \(mode) "), mode)
        }
    }

    func testAnUnknownTopicIsAUsageError() {
        XCTAssertEqual(output(".help fucntions", status: .usage), "")
        XCTAssertEqual(shell.error, "error: no help topic 'fucntions' — did you mean 'functions'?\n")
    }
}
