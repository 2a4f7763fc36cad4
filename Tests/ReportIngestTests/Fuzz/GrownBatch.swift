import Foundation
import ReportSynth
@testable import ReportIngest

/// The batch of issue 12's complexity tests: one file of each input format (txt, md, html, docx, pdf)
/// with the content that was once super-linear — glued digit runs, long lines of numbers (in <pre>
/// too), table rows, paragraphs and cells of a .docx — repeated `k` times, and `k` copies of a PDF.
/// It holds `4 + k` report files. Deterministic for a seed.
enum GrownBatch {
    /// One file of each format, its repeated part `k` times.
    static func write(_ k: Int, to folder: URL, seed: UInt64) throws -> Int {
        var random = SplitMix64(seed: seed)
        func digits(_ n: Int) -> String { String((0..<n).map { _ in Character(String(random.int(0...9))) }) }
        func numbers(_ n: Int) -> String { (0..<n).map { _ in String(random.int(0...999)) }.joined(separator: " ") }
        var total = 0
        func write(_ name: String, _ data: Data) throws {
            try data.write(to: folder.appendingPathComponent(name))
            total += data.count
        }
        let report = try ReaderFixtures.corpusReport(0)
        var block = ""
        for _ in 0..<k {
            block += "一、本年新收政府信息公开申请数量\(digits(95))二、上年结转\(digits(70))\n"
            block += numbers(2000) + "\n（一）予以公开\t" + numbers(7).replacingOccurrences(of: " ", with: "\t") + "\n"
        }
        try write("grown.txt", Data((report + block).utf8))
        var pipes = ""
        for _ in 0..<(k * 20) { pipes += "| " + numbers(7).replacingOccurrences(of: " ", with: " | ") + " |\n" }
        try write("grown.md", Data((try ReaderFixtures.corpusReport(1) + "\n| a | b | c | d | e | f | g |\n|---|---|---|---|---|---|---|\n" + pipes).utf8))
        let page = String(decoding: try ReaderFixtures.data("report004.html"), as: UTF8.self)
        var extra = "<pre>\(numbers(8000 * k))</pre><table>"
        for _ in 0..<(k * 20) { extra += "<tr>" + numbers(7).split(separator: " ").map { "<td>\($0)</td>" }.joined() + "</tr>" }
        try write("grown.html", Data(page.replacingOccurrences(of: "</body>", with: extra + "</table></body>").utf8))
        var body = Report003DocxFixture.body(fromReport: try ReaderFixtures.corpusReport(3))
        for _ in 0..<(k * 20) { body += DocxFixture.paragraph("其他情况" + numbers(50)) }
        try DocxFixture.writeDocx(body: body, to: folder.appendingPathComponent("grown.docx"))
        total += try Data(contentsOf: folder.appendingPathComponent("grown.docx")).count
        let pdf = try ReaderFixtures.data("report004.pdf")
        for copy in 0..<k { try write("grown-\(copy).pdf", pdf) }
        return total
    }
}
