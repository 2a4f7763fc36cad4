import Foundation
import ReportModel
import XCTest
@testable import ReportShell

/// `export … to 'PATH'`: the format by extension, exact bytes, BOM, and where it refuses to write.
final class ExportTests: XCTestCase {
    private var shell: SessionHarness!
    private let query = "select agency, year, proposals.npc where year = 2022 and city = '聊城市'"

    override func setUpWithError() throws {
        shell = try SessionHarness()
        shell.clear()
    }

    override func tearDown() {
        shell.remove()
    }

    private func export(to name: String, bom: Bool = false) throws -> [UInt8] {
        let path = shell.path(name)
        XCTAssertEqual(shell.run("export \(query) to '\(path)'\(bom ? " with bom" : "")"), .success, shell.error)
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    func testEachExtensionWritesItsFormat() throws {
        let expected = [
            "csv": "agency,year,proposals.npc\r\n聊城市工业和信息化局,2022,12\r\n",
            "tsv": "agency\tyear\tproposals.npc\n聊城市工业和信息化局\t2022\t12\n",
            "json": "[\n  {\"agency\":\"聊城市工业和信息化局\",\"year\":2022,\"proposals.npc\":12}\n]\n",
            "jsonl": "{\"agency\":\"聊城市工业和信息化局\",\"year\":2022,\"proposals.npc\":12}\n",
            "md": """
                | agency               | year | proposals.npc |
                | -------------------- | ---: | ------------: |
                | 聊城市工业和信息化局 | 2022 |            12 |

                """,
        ]
        for (fileExtension, text) in expected {
            XCTAssertEqual(try export(to: "out.\(fileExtension)"), Array(text.utf8), fileExtension)
        }
        XCTAssertEqual(shell.standard, "", "script mode keeps standard output for results")
        XCTAssertTrue(shell.error.contains("wrote 1 row to \(shell.path("out.csv"))\n"), shell.error)
    }

    func testExportReportsWritesEveryFieldInEachTextFormat() throws {
        // `export reports` is `select *`: every field, the same bytes as naming each field in catalog order.
        let names = FieldCatalog.standard.fields.map(\.name)
        let everyField = "select " + names.joined(separator: ", ")
        for fileExtension in ["csv", "tsv", "json", "jsonl", "md"] {
            let all = shell.path("all.\(fileExtension)")
            let named = shell.path("named.\(fileExtension)")
            XCTAssertEqual(shell.run("export reports to '\(all)'"), .success, shell.error)
            XCTAssertEqual(shell.run("export \(everyField) to '\(named)'"), .success, shell.error)
            let bytes = try Data(contentsOf: URL(fileURLWithPath: all))
            XCTAssertEqual(bytes, try Data(contentsOf: URL(fileURLWithPath: named)), fileExtension)
            let text = String(decoding: bytes, as: UTF8.self)
            switch fileExtension {
            case "csv": XCTAssertTrue(text.hasPrefix(names.joined(separator: ",") + "\r\n"), fileExtension)
            case "tsv": XCTAssertTrue(text.hasPrefix(names.joined(separator: "\t") + "\n"), fileExtension)
            case "jsonl":
                let lines = text.split(separator: "\n")
                XCTAssertEqual(lines.count, 5)
                for line in lines {
                    let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                    XCTAssertEqual(Set(object.keys), Set(names))
                }
            case "json":
                let array = try XCTUnwrap(JSONSerialization.jsonObject(with: bytes) as? [[String: Any]])
                XCTAssertEqual(array.count, 5)
                XCTAssertEqual(Set(array[0].keys), Set(names))
            default: XCTAssertTrue(text.hasPrefix("| id "), fileExtension)
            }
        }
    }

    func testWithBOMStartsTheFileWithAByteOrderMark() throws {
        XCTAssertEqual(Array(try export(to: "bom.csv", bom: true).prefix(5)), [0xEF, 0xBB, 0xBF, 0x61, 0x67])
        XCTAssertEqual(Array(try export(to: "plain.csv").prefix(2)), [0x61, 0x67])
    }

    func testAViewExportsEveryColumnAndTheMessageCountsRows() throws {
        let interactive = try SessionHarness(interactive: true, folder: shell.folder)
        interactive.clear()
        interactive.run("create view y2022 as select id, year where year = 2022")
        let path = shell.path("y.csv")
        XCTAssertEqual(interactive.run("export y2022 to '\(path)'"), .success)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8),
                       "id,year\r\n000_afc6a6d0ad89b90e,2022\r\n002_8805b726e6c8b84f,2022\r\n004_d751c33895197328,2022\r\n")
        XCTAssertEqual(interactive.standard, "created view y2022\nwrote 3 rows to \(path)\n")
    }

    func testExportReplacesAnExistingFileWhole() throws {
        let path = shell.path("again.csv")
        try String(repeating: "old content\n", count: 100).write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(shell.run("export select year where id ~ '003' to '\(path)'"), .success)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "year\r\n2023\r\n")
    }

    func testRefusesToWriteInsideTheCorpus() throws {
        let inside = SessionHarness.corpus + "/x.csv"
        XCTAssertEqual(shell.run("export reports to '\(inside)'"), .failure)
        XCTAssertEqual(shell.error, "error: refusing to export to '\(inside)': it is inside the corpus folder '\(SessionHarness.corpus)' — gongkai never writes into the reports it reads; choose another folder\n")
        let link = shell.path("link")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: SessionHarness.corpus)
        for path in [link + "/y.csv", SessionHarness.corpus + "/../corpus/z.csv"] {
            shell.clear()
            XCTAssertEqual(shell.run("export reports to '\(path)'"), .failure, path)
            XCTAssertTrue(shell.error.hasPrefix("error: refusing to export"), shell.error)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: inside))
    }

    /// A corpus loaded as one file: that file (reached here through a symbolic link) is protected.
    func testRefusesToOverwriteALoadedFile() throws {
        let file = SessionHarness.corpus + "/003_d68fabd84de01588.txt"
        let copy = shell.path("003.txt")
        try FileManager.default.copyItem(atPath: file, toPath: copy)
        let single = try SessionHarness(folder: shell.folder) { $0.paths = [copy] }
        single.clear()
        let target = shell.path("003.csv")
        try FileManager.default.moveItem(atPath: copy, toPath: target)
        try FileManager.default.createSymbolicLink(atPath: copy, withDestinationPath: target)
        XCTAssertEqual(single.run("export reports to '\(copy)'"), .failure)
        XCTAssertTrue(single.error.contains("unknown extension '.txt'"), single.error)
        single.clear()
        XCTAssertEqual(single.run("export reports to '\(target)'"), .failure)
        XCTAssertTrue(single.error.hasPrefix("error: refusing to export to '\(target)': it is a loaded report"), single.error)
    }

    func testUnknownExtensionsListTheSupportedOnes() throws {
        for (name, kind) in [("out.xlsx", "unknown extension '.xlsx'"), ("out", "no extension")] {
            shell.clear()
            XCTAssertEqual(shell.run("export reports to '\(shell.path(name))'"), .failure)
            XCTAssertEqual(shell.error, "error: cannot export to '\(shell.path(name))': \(kind) — the extension picks the format: .csv, .tsv, .json, .jsonl, .md, .sqlite, .db, .parquet\n")
        }
    }

    func testAMissingFolderIsAnError() throws {
        let path = shell.path("no/such/folder/x.csv")
        XCTAssertEqual(shell.run("export reports to '\(path)'"), .failure)
        XCTAssertTrue(shell.error.contains("the folder '\(shell.path("no/such/folder"))' does not exist"), shell.error)
    }
}
