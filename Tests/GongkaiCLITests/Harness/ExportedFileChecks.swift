import Foundation
import XCTest

/// Checks that an exported file at its final name is whole: a SQLite database passing
/// `integrity_check` with the rows expected in `result`, a Parquet file with both magics and a
/// footer inside the file. A missing file passes (nothing partial is there).
enum ExportedFileChecks {
    static func assertComplete(sqlite path: String, rows: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let check = try GongkaiProcess.runTool("/usr/bin/sqlite3", [path, "pragma integrity_check; select count(*) from result;"])
        XCTAssertEqual(check, "ok\n\(rows)\n", "a complete database is at \(path)", file: file, line: line)
    }

    static func assertComplete(parquet path: String, file: StaticString = #filePath, line: UInt = #line) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        XCTAssertEqual(Array(bytes.prefix(4)), Array("PAR1".utf8), file: file, line: line)
        XCTAssertEqual(Array(bytes.suffix(4)), Array("PAR1".utf8), "the file ends with its footer", file: file, line: line)
        guard bytes.count >= 12 else { return XCTFail("\(path) is too short for a Parquet file", file: file, line: line) }
        let footer = bytes[bytes.count - 8..<bytes.count - 4].reversed().reduce(0) { $0 << 8 | Int($1) }
        XCTAssertLessThan(footer, bytes.count - 12, file: file, line: line)
    }
}
