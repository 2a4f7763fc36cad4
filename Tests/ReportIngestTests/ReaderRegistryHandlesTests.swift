import XCTest
@testable import ReportIngest

/// `DocumentReaderRegistry.handles`, the byte-level check a folder listing makes for every name, says
/// what `reader(forPath:) != nil` says (the rule it stands in for), for the awkward names too.
final class ReaderRegistryHandlesTests: XCTestCase {
    func testHandlesAgreesWithReaderForPath() {
        let registry = DocumentReaderRegistry.standard
        let names = ["a.txt", "a.TXT", "a.Md", "r.html", "r.htm", "x.docx", "x.doc", "p.pdf", "p.PDF", "noext", "x.", ".",
                     "..", ".txt", "d/.txt", "d.txt/x", "d.txt/x.md", "d/x.tar.txt", "x.txt.gz", "x.txtx", "x.tx", "x.ｔｘｔ",
                     "x.\u{212A}", "年报.txt", "年报.文本", "x.Txt", "x.tXt", "2022/report.txt", "/abs/p.pdf", "a/b/", "", "x..txt",
                     "x.t\u{0301}xt", "x.md\u{0}"]
        var handled = 0
        for name in names {
            XCTAssertEqual(registry.handles(name), registry.reader(forPath: name) != nil, name)
            if registry.handles(name) { handled += 1 }
        }
        XCTAssertGreaterThanOrEqual(handled, 12, "the list holds names a reader takes")
        XCTAssertTrue(registry.handles("a.TXT"))
        XCTAssertFalse(registry.handles(".txt"), "a hidden file's name has no extension")
        XCTAssertFalse(registry.handles("d.txt/x"))
    }
}
