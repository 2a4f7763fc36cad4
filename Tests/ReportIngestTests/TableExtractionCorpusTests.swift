import XCTest
import ReportModel
@testable import ReportIngest

final class TableExtractionCorpusTests: XCTestCase {
    func testDump() throws {
        for p in ["000", "001", "002", "003", "004"] {
            let r = TableFixture.record(try TableFixture.corpusLines(p))
            var out = "== \(p)\n"
            for f in FieldCatalog.standard.fields where [.proactive, .requests, .review, .derived, .checks].contains(f.group) || f.name.hasPrefix("tables") || f.name == "template" {
                let v = r[f.id]
                if !v.isNull || f.name.hasPrefix("tables") || f.group == .checks { out += "\(f.name)=\(v) @\(r.source(of: f.id)?.line ?? -1)\n" }
            }
            out += "W: " + r.warningList.joined(separator: " | ") + "\n"
            try out.write(toFile: "/tmp/scratch/dump_\(p).txt", atomically: true, encoding: .utf8)
        }
    }
}
