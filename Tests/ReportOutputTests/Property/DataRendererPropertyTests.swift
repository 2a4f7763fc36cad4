import ReportModel
import XCTest
@testable import ReportOutput

/// The byte renderers (CSV, TSV, JSON, JSON Lines) against the reference renderers they replaced
/// (`ReferenceDataRenderers`), over random results (`RandomResults`): the same bytes, whether the
/// cells come as values or as typed arrays read through kept rows, with every option that changes
/// the text.
final class DataRendererPropertyTests: XCTestCase {
    static let separators: [String?] = [nil, ";", "\t", "::", "", "|", "，"]

    func testByteRenderersMatchTheReference() {
        compareWithTheReference(trials: 3000, seed: 17) { _ in .standard }
    }

    /// The parallel path (`RowBlocks`) with thresholds low enough for these small results: blocks of
    /// 1–3 rows rendered on two threads, written in order, give the reference's bytes too.
    func testTheParallelPathWritesTheSameBytes() {
        compareWithTheReference(trials: 1500, seed: 29) { random in
            RowBlocks(threshold: 1 + random.int(3), blockRows: 1 + random.int(3))
        }
    }

    private func compareWithTheReference(trials: Int, seed: UInt64, blocks: (inout RandomResults) -> RowBlocks) {
        var random = RandomResults(generator: SplitMix(state: seed))
        for trial in 0..<trials {
            let (rows, typed) = random.next()
            var options = RenderOptions()
            options.rowBlocks = blocks(&random)
            options.headers = random.int(4) != 0
            options.bom = random.int(4) == 0
            options.separator = Self.separators[random.int(Self.separators.count)]
            let expected = [
                ("csv", ReferenceDataRenderers.csv(rows, options: options)),
                ("tsv", ReferenceDataRenderers.tsv(rows, options: options)),
                ("json", ReferenceDataRenderers.json(rows)),
                ("jsonl", ReferenceDataRenderers.jsonl(rows)),
            ]
            for (name, reference) in expected {
                let format = OutputFormat(rawValue: name)!
                for (kind, result) in [("values", rows), ("typed", typed)] {
                    let actual = format.render(result, options: options)
                    if Array(actual.utf8) != Array(reference.utf8) {
                        XCTFail("trial \(trial), \(name), \(kind) cells, \(options.rowBlocks):\n\(actual.debugDescription)\nreference:\n\(reference.debugDescription)")
                        return
                    }
                }
            }
        }
    }

    /// A result larger than the writer's buffer, with texts longer than it, streamed in pieces to a
    /// sink: the same bytes as the reference, and every write but the last a whole buffer or more.
    func testAResultLargerThanTheBufferStreamsTheSameBytes() {
        let long = String(repeating: "北京\"市,\n", count: ByteWriter.capacity / 8)
        let rows: [[Value]] = (0..<40).map { [.integer($0), .text($0 % 7 == 0 ? long : "短 \($0)"), .decimal(Double($0) / 8)] }
        let result = ResultSet(columns: [ResultColumn(name: "n", type: .integer), ResultColumn(name: "t", type: .text),
                                         ResultColumn(name: "d", type: .decimal)], rows: rows)
        for (format, reference) in [(OutputFormat.csv, ReferenceDataRenderers.csv(result, options: RenderOptions())),
                                    (.jsonl, ReferenceDataRenderers.jsonl(result))] {
            var collected: [UInt8] = []
            var writes: [Int] = []
            let writer = ByteWriter { chunk in
                collected.append(contentsOf: chunk)
                writes.append(chunk.count)
                return nil
            }
            format.write(result, to: writer)
            XCTAssertNil(writer.flush())
            XCTAssertEqual(collected, Array(reference.utf8), "\(format)")
            XCTAssertGreaterThan(writes.count, 2)
            XCTAssertTrue(writes.dropLast().allSatisfy { $0 >= ByteWriter.capacity }, "\(writes)")
        }
    }
}
