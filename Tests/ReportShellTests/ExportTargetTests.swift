import Foundation
import XCTest
@testable import ReportShell

/// The one check every export passes (`ExportTarget`): no control character in the path, the
/// loaded files compared by identity after resolving the path, and only regular files replaced.
final class ExportTargetTests: XCTestCase {
    private var folder: URL!
    /// A copy of the corpus in the test's folder, so links to its files stay on one device.
    private var corpus: String!
    private let report = "003_d68fabd84de01588.txt"

    override func setUpWithError() throws {
        folder = try SessionHarness.makeFolder()
        corpus = folder.appendingPathComponent("corpus").path
        try FileManager.default.copyItem(atPath: SessionHarness.corpus, toPath: corpus)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    private func session(loading paths: [String]) throws -> SessionHarness {
        let shell = try SessionHarness(folder: folder) { $0.paths = paths }
        shell.clear()
        return shell
    }

    private func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    /// Issue 12 item 6: the NUL cut the path at `report.txt`, which the export then overwrote.
    func testANulInThePathIsRefusedAndTheReportIsUntouched() throws {
        let file = corpus + "/" + report
        let before = try bytes(file)
        for paths in [[file], [corpus!]] {
            let shell = try session(loading: paths)
            XCTAssertEqual(shell.run("export reports to '\(file)\u{0}.csv'"), .failure)
            XCTAssertEqual(shell.error, "error: cannot export to '\(file)\\u{0}.csv': the path contains a NUL byte — file names for export may not contain control characters\n")
            XCTAssertEqual(try bytes(file), before)
        }
        let shell = try session(loading: [corpus!])
        XCTAssertEqual(shell.run("export reports to '\(path("a\u{1B}[2Jb.csv"))'"), .failure)
        XCTAssertTrue(shell.error.contains("the path contains a control character (\\u{1B})"), shell.error)
        XCTAssertFalse(shell.error.contains("\u{1B}"), "the escape itself never reaches the terminal")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["corpus"])
    }

    /// A hard link has its own spelling and no link to follow: only the inode shows it is the report.
    func testAHardLinkToALoadedReportIsRefused() throws {
        let file = corpus + "/" + report
        let before = try bytes(file)
        let link = path("same-file.csv")
        XCTAssertEqual(Foundation.link(file, link), 0)
        for paths in [[file], [corpus!]] {
            let shell = try session(loading: paths)
            XCTAssertEqual(shell.run("export reports to '\(link)'"), .failure)
            XCTAssertTrue(shell.error.hasPrefix("error: refusing to export to '\(link)': it is a loaded report"), shell.error)
        }
        XCTAssertEqual(try bytes(file), before)
    }

    /// `..` after a link is resolved as the system resolves it (physically), not by cutting the text.
    func testDotDotAfterALinkIsResolvedAsTheSystemDoes() throws {
        try FileManager.default.createDirectory(atPath: corpus + "/sub", withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: path("into-sub"), withDestinationPath: corpus + "/sub")
        let shell = try session(loading: [corpus!])
        let target = path("into-sub") + "/../out.csv"   // physically corpus/out.csv; by spelling beside the corpus
        XCTAssertEqual(shell.run("export reports to '\(target)'"), .failure)
        XCTAssertTrue(shell.error.hasPrefix("error: refusing to export to '\(target)': it is inside the corpus folder '\(corpus!)'"),
                      shell.error)
        XCTAssertFalse(FileManager.default.fileExists(atPath: corpus + "/out.csv"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("out.csv")))
    }

    /// Issue 12 item 7: a FIFO or a device node was replaced by a regular file.
    func testAFIFOOrADeviceIsNeverReplaced() throws {
        let fifo = path("pipe.csv")
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        let device = path("null.csv")
        try FileManager.default.createSymbolicLink(atPath: device, withDestinationPath: "/dev/null")
        let subfolder = path("folder.csv")
        try FileManager.default.createDirectory(atPath: subfolder, withIntermediateDirectories: false)
        let shell = try session(loading: [corpus!])
        for (target, kind) in [(fifo, "a FIFO (named pipe)"), (device, "a character device"), (subfolder, "a folder")] {
            shell.clear()
            XCTAssertEqual(shell.run("export reports to '\(target)'"), .failure, target)
            XCTAssertEqual(shell.error, "error: refusing to export to '\(target)': it is \(kind), not a regular file — export writes a new file; name a file, not \(kind)\n")
        }
        var info = stat()
        XCTAssertEqual(lstat(fifo, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO, "still a FIFO")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: device), "/dev/null")
    }

    /// A link to a file outside the corpus is written through: the link stays, its file gets the rows.
    func testALinkIsWrittenThroughAndStaysALink() throws {
        let real = path("real.csv")
        try "old\n".write(toFile: real, atomically: true, encoding: .utf8)
        let link = path("link.csv")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let shell = try session(loading: [corpus!])
        XCTAssertEqual(shell.run("export select year where id ~ '003' to '\(link)'"), .success, shell.error)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), real)
        XCTAssertEqual(try String(contentsOfFile: real, encoding: .utf8), "year\r\n2023\r\n")
        let dangling = path("dangling.csv")
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: path("missing/x.csv"))
        XCTAssertEqual(shell.run("export reports to '\(dangling)'"), .failure)
        XCTAssertTrue(shell.error.contains("a symbolic link to a file that does not exist"), shell.error)
    }

    /// Issue 12 item 13: `~` expands from `$HOME`, as in a shell.
    func testTildeExpandsFromHome() throws {
        let saved = ProcessInfo.processInfo.environment["HOME"]
        setenv("HOME", folder.path, 1)
        defer { if let saved { setenv("HOME", saved, 1) } else { unsetenv("HOME") } }
        let shell = try session(loading: [corpus!])
        XCTAssertEqual(shell.run("export select year where id ~ '003' to '~/home.csv'"), .success, shell.error)
        XCTAssertEqual(try String(contentsOfFile: path("home.csv"), encoding: .utf8), "year\r\n2023\r\n")
    }
}
