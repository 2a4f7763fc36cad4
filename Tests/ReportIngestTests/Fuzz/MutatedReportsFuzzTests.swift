import Foundation
import ReportModel
import ReportSynth
import XCTest
@testable import ReportIngest

/// Issue 12 acceptance: a seeded fuzz test of mutated report files of every input format (txt, md, html,
/// docx, pdf), loaded as one batch beside the unmutated seeds. No crash (the test process would die);
/// each file either loads or is named exactly once, by its name, with a message that does not repeat
/// it; every seed loads; no figure is negative or outside `FigureBounds`.
///
/// 200 files a run by default (with the 9 seeds and a zip bomb); `GONGKAI_FUZZ_FILES` and `GONGKAI_FUZZ_SEED` run more offline.
final class MutatedReportsFuzzTests: XCTestCase {
    static var fileCount: Int { ProcessInfo.processInfo.environment["GONGKAI_FUZZ_FILES"].flatMap(Int.init) ?? 200 }
    static var seed: UInt64 { ProcessInfo.processInfo.environment["GONGKAI_FUZZ_SEED"].flatMap(UInt64.init) ?? 12 }

    /// The unmutated seed files by extension: corpus reports as text and Markdown, synthetic reports
    /// (web text with glued cells, Markdown pipe tables, HTML pages), the HTML and PDF fixtures, a .docx.
    static func seeds(in folder: URL) throws -> [(name: String, data: Data)] {
        var generator = ReportGenerator(seed: 7)
        var seeds: [(String, Data)] = [
            ("seed-000.txt", Data(try ReaderFixtures.corpusReport(0).utf8)),
            ("seed-001.md", Data(try ReaderFixtures.corpusReport(1).utf8)),
            ("seed-web.txt", Data(generator.next(layout: .webText).text.utf8)),
            ("seed-pipe.md", Data(generator.next(layout: .markdownPipe).text.utf8)),
            ("seed-synth.html", Data(generator.next(layout: .html).text.utf8)),
            ("seed-004.html", try ReaderFixtures.data("report004.html")),
            ("seed-003.html", try ReaderFixtures.data("report003_gbk.html")),
            ("seed-004.pdf", try ReaderFixtures.data("report004.pdf")),
        ]
        let docx = folder.appendingPathComponent("seed.docx.tmp")
        try DocxFixture.writeDocx(body: Report003DocxFixture.body(fromReport: ReaderFixtures.corpusReport(3)), to: docx)
        seeds.append(("seed-003.docx", try Data(contentsOf: docx)))
        try FileManager.default.removeItem(at: docx)
        return seeds
    }

    /// A .docx around `xml` as its document part.
    static func docx(xml: Data, in folder: URL) throws -> Data {
        let url = folder.appendingPathComponent("xml.docx.tmp")
        defer { try? FileManager.default.removeItem(at: url) }
        try DocxFixture.writeZip(bytes: [("_rels/.rels", Data(DocxFixture.packageRelationships.utf8)),
                                         ("word/document.xml", xml)], to: url)
        return try Data(contentsOf: url)
    }

    /// `count` mutated files, written to `folder`, named `fuzz-NNNN.ext`; the mutation of each by name.
    static func writeMutations(_ count: Int, seed: UInt64, seeds: [(name: String, data: Data)], to folder: URL) throws -> [String: String] {
        var mutator = ReportMutator(seed: seed)
        let documentXML = DocxFixture.document(body: Report003DocxFixture.body(fromReport: try ReaderFixtures.corpusReport(3)))
        var written: [String: String] = [:]
        // Shares: docx 1/3 (the most structure), html 1/5, text and Markdown the rest, pdf 1/15.
        for index in 0..<count {
            let kind = index % 15
            let source: (name: String, data: Data)
            var mutated: (Data, String)
            switch kind {
            case 0...4:
                source = seeds.first { $0.name.hasSuffix(".docx") }!
                switch kind {
                case 0, 1: mutated = mutator.mutateZip(source.data)
                case 2, 3:
                    let (xml, what) = mutator.mutateMarkup(documentXML)
                    mutated = (try docx(xml: xml, in: folder), "document.xml: \(what)")
                default: mutated = mutator.mutate(source.data)
                }
            case 5...7:
                let pages = seeds.filter { $0.name.hasSuffix(".html") }
                source = pages[index % pages.count]
                mutated = kind == 7 ? mutator.mutate(source.data)
                    : mutator.mutateMarkup(String(decoding: source.data, as: UTF8.self))
            case 8:
                source = seeds.first { $0.name.hasSuffix(".pdf") }!
                mutated = mutator.mutate(source.data)
            default:
                let texts = seeds.filter { $0.name.hasSuffix(".txt") || $0.name.hasSuffix(".md") }
                source = texts[index % texts.count]
                mutated = mutator.mutate(source.data)
            }
            let name = String(format: "fuzz-%04d.", index) + (source.name.split(separator: ".").last.map(String.init) ?? "txt")
            try mutated.0.write(to: folder.appendingPathComponent(name))
            written[name] = "\(source.name), \(mutated.1)"
        }
        return written
    }

    func testMutatedFilesOfEveryFormatNeverStopTheLoad() throws {
        let folder = try ReaderFixtures.temporaryDirectory(for: self)
        let seeds = try Self.seeds(in: folder)
        for seed in seeds { try seed.data.write(to: folder.appendingPathComponent(seed.name)) }
        // One zip bomb whose headers lie about its size.
        try ZipBomb.docx(size: 70 << 20, declaredSize: 5000).write(to: folder.appendingPathComponent("fuzz-bomb.docx"))
        var mutations = try Self.writeMutations(Self.fileCount, seed: Self.seed, seeds: seeds, to: folder)
        mutations["fuzz-bomb.docx"] = "a 70 MB document.xml declared as 5,000 bytes"

        let corpus = CorpusLoader.load(paths: [folder.path], options: LoadOptions(cache: .off, showsProgress: false))

        let loaded = Dictionary(grouping: corpus.records, by: \.file)
        let failed = Dictionary(grouping: corpus.diagnostics, by: \.file)
        for seed in seeds {
            XCTAssertEqual(loaded[seed.name]?.count, 1, "seed \(seed.name) did not load: \(failed[seed.name] ?? [])")
        }
        XCTAssertEqual(failed["fuzz-bomb.docx"]?.map(\.message), ["the document is larger than 64 MB, the most gongkai reads"])
        for (name, what) in mutations.sorted(by: { $0.key < $1.key }) {
            let records = loaded[name]?.count ?? 0
            let messages = failed[name]?.map(\.message) ?? []
            XCTAssertEqual(records + messages.count, 1, "\(name) (\(what)): \(records) records, messages \(messages)")
            for message in messages {
                XCTAssertFalse(message.contains(name), "\(name) named twice: \(message)")
                XCTAssertFalse(message.isEmpty, name)
            }
        }
        XCTAssertEqual(corpus.records.count + corpus.diagnostics.count, seeds.count + mutations.count)
        for record in corpus.records {
            for field in FieldCatalog.standard.fields {
                let value = record[field.id]
                switch value {
                case .integer(let v): XCTAssertGreaterThanOrEqual(v, 0, "\(record.file) \(field.name) (\(mutations[record.file] ?? ""))")
                case .decimal(let v): XCTAssertTrue(v.isFinite && v >= 0, "\(record.file) \(field.name) = \(v)")
                default: continue
                }
                if let origin = record.source(of: field.id)?.origin, origin == .table || origin == .narrative {
                    XCTAssertTrue(FigureBounds.holds(value), "\(record.file) \(field.name) = \(value) (\(mutations[record.file] ?? ""))")
                }
            }
        }
        // The batch is a real mix: most mutations still load, many do not.
        let mutatedLoaded = mutations.keys.filter { loaded[$0] != nil }.count
        XCTAssertGreaterThan(mutatedLoaded, mutations.count / 4)
        XCTAssertGreaterThan(mutations.count - mutatedLoaded, mutations.count / 10)
    }
}
