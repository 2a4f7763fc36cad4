import ReportModel
import XCTest
@testable import ReportOutput

/// The byte renderers for people (table, box, Markdown, line) against the reference renderers they
/// replaced (`ReferenceHumanRenderers`), over random results (`RandomResults`) and random options
/// (row and column limits, terminal widths, expanded, colour, footer, decimal places, cut widths,
/// `.width`, null text): the same bytes, from values or from typed cells. And the byte forms of the
/// width and escape rules (`DisplayWidth.of(utf8:)`, `VisibleText.escape(_:to:)`) against theirs.
final class HumanRendererPropertyTests: XCTestCase {
    func testByteRenderersMatchTheReference() {
        var random = RandomResults(generator: SplitMix(state: 29))
        for trial in 0..<2000 {
            let (rows, typed) = random.next()
            let options = Self.options(&random)
            let expected: [(OutputFormat, String)] = [
                (.table, ReferenceTableRenderer().render(rows, options: options)),
                (.box, ReferenceBoxRenderer().render(rows, options: options)),
                (.markdown, ReferenceMarkdownRenderer().render(rows, options: options)),
                (.line, ReferenceLineRenderer().render(rows, options: options)),
            ]
            for (format, reference) in expected {
                for (kind, result) in [("values", rows), ("typed", typed)] {
                    let actual = format.render(result, options: options)
                    if Array(actual.utf8) != Array(reference.utf8) {
                        XCTFail("trial \(trial), \(format), \(kind) cells, \(options):\n\(actual)\nreference:\n\(reference)")
                        return
                    }
                }
            }
        }
    }

    static func options(_ random: inout RandomResults) -> RenderOptions {
        var options = RenderOptions()
        options.maxRows = [0, 0, 1, 3][random.int(4)]
        options.terminalWidth = [nil, 20, 40, 80][random.int(4)]
        options.expanded = [.off, .off, .on, .auto][random.int(4)]
        options.color = random.int(4) == 0
        options.footer = random.int(2) == 0
        options.decimalPlaces = [nil, 0, 2, 4][random.int(4)]
        options.maxColumnWidth = [nil, nil, 1, 5, 12][random.int(5)]
        options.headers = random.int(5) != 0
        options.columnWidths = [[], [], [0, 3], [-4, 2, 1]][random.int(4)]
        options.nullText = ["NULL", "", "∅", "a\nb"][random.int(4)]
        return options
    }

    func testWidthAndEscapesOnBytesFollowTheirRules() {
        var random = RandomResults(generator: SplitMix(state: 31))
        for _ in 0..<20_000 {
            let text = random.text()
            var bytes = Array(text.utf8)
            XCTAssertEqual(bytes.withUnsafeBufferPointer { DisplayWidth.of(utf8: $0) }, DisplayWidth.of(text), text.debugDescription)
            var escaped: [UInt8] = []
            bytes.withUnsafeBufferPointer { VisibleText.escape($0, to: &escaped) }
            XCTAssertEqual(escaped, Array(VisibleText.escape(text).utf8), text.debugDescription)
            bytes.removeAll()
        }
    }

    /// Every scalar of the Basic Multilingual Plane on its own and beside a Chinese character.
    func testTheBasicPlaneTableGivesEachScalarsWidth() {
        for value in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "中" + String(scalar) + "a"] {
                let width = Array(text.utf8).withUnsafeBufferPointer { DisplayWidth.of(utf8: $0) }
                if width != DisplayWidth.of(text) {
                    XCTFail("U+\(String(value, radix: 16)) in \(text.debugDescription): \(width) vs \(DisplayWidth.of(text))")
                    return
                }
            }
        }
    }
}
