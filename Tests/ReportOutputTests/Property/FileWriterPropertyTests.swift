import Foundation
import ReportModel
import XCTest
@testable import ReportOutput

/// The Parquet and SQLite writers read typed cells (`CellPointers`) where the engine gives them and
/// values (`value(at:)`) otherwise; over random results (`RandomResults`: nulls, every type, a column
/// of no type, non-finite decimals, texts of every kind, typed columns read through kept rows), both
/// paths write the same file, byte for byte — the typed rule is the value rule.
final class FileWriterPropertyTests: XCTestCase {
    func testTypedAndValueCellsWriteTheSameFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-writers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = RandomResults(generator: SplitMix(state: 41))
        let writers: [(String, any ResultFileWriter)] = [("parquet", ParquetWriter(rowsPerGroup: 5)), ("sqlite", SQLiteWriter())]
        for trial in 0..<300 {
            let next = random.next()
            let (rows, typed) = (Self.plainNames(next.rows), Self.plainNames(next.typed))
            guard !rows.columns.isEmpty else { continue }
            for (name, writer) in writers {
                var files: [Data] = []
                for (kind, result) in [("values", rows), ("typed", typed)] {
                    let path = folder.appendingPathComponent("\(trial)-\(kind).\(name)").path
                    XCTAssertNil(writer.write([ExportTable(name: "result", result: result)], toFile: path))
                    files.append(try Data(contentsOf: URL(fileURLWithPath: path)))
                }
                XCTAssertGreaterThan(files[0].count, 0)
                guard files[0] == files[1] else { return XCTFail("trial \(trial), \(name): the typed cells wrote another file") }
            }
        }
    }

    /// The columns named c0, c1 … (the random names are for the text formats; here the cells matter).
    static func plainNames(_ result: ResultSet) -> ResultSet {
        var result = result
        result.columns = result.columns.enumerated().map { ResultColumn(name: "c\($0)", type: $1.type) }
        return result
    }
}
