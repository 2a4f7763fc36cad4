import ReportModel
import XCTest
@testable import ReportOutput

final class OutputFormatTests: XCTestCase {
    func testNamesAndAliases() {
        XCTAssertEqual(OutputFormat(name: "CSV"), .csv)
        XCTAssertEqual(OutputFormat(name: "md"), .markdown)
        XCTAssertEqual(OutputFormat(name: "ndjson"), .jsonl)
        XCTAssertEqual(OutputFormat(name: "line"), .line)
        XCTAssertNil(OutputFormat(name: "xml"))
        XCTAssertEqual(OutputFormat.allCases.map(\.rawValue), ["table", "csv", "tsv", "json", "jsonl", "markdown", "line", "box"])
    }

    func testExportFormatFromFileExtension() {
        XCTAssertEqual(OutputFormat(fileExtension: "csv"), .csv)
        XCTAssertEqual(OutputFormat(fileExtension: ".JSON"), .json)
        XCTAssertEqual(OutputFormat(fileExtension: "ndjson"), .jsonl)
        XCTAssertEqual(OutputFormat(fileExtension: "md"), .markdown)
        XCTAssertNil(OutputFormat(fileExtension: "txt"))
    }

    func testEachFormatRendersThroughItsRenderer() {
        let options = RenderOptions()
        let result = SampleResults.agencies
        XCTAssertEqual(OutputFormat.table.render(result, options: options), TableRenderer().render(result, options: options))
        XCTAssertEqual(OutputFormat.csv.render(result, options: options), CSVRenderer().render(result, options: options))
        XCTAssertEqual(OutputFormat.tsv.render(result, options: options), TSVRenderer().render(result, options: options))
        XCTAssertEqual(OutputFormat.json.render(result, options: options), JSONRenderer().render(result, options: options))
        XCTAssertEqual(OutputFormat.jsonl.render(result, options: options), JSONLinesRenderer().render(result, options: options))
        XCTAssertEqual(OutputFormat.markdown.render(result, options: options), MarkdownRenderer().render(result, options: options))
        XCTAssertEqual(OutputFormat.line.render(result, options: options), LineRenderer().render(result, options: options))
        XCTAssertNotEqual(Set(OutputFormat.allCases.map { $0.render(result) }).count, 1)
    }

    func testEveryOutputEndsWithItsLineTerminator() {
        for format in OutputFormat.allCases {
            let text = format.render(SampleResults.agencies)
            XCTAssertTrue(text.hasSuffix(format == .csv ? "\r\n" : "\n"), "\(format)")
        }
    }

    func testInteractivePreset() {
        let options = RenderOptions.interactive(terminalWidth: 100)
        XCTAssertTrue(options.footer)
        XCTAssertEqual(options.expanded, .off)
        XCTAssertEqual(options.terminalWidth, 100)
        XCTAssertFalse(RenderOptions().footer, "scripts: no footer unless asked")
    }
}
