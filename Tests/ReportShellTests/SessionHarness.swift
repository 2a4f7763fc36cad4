import Foundation
import ReportOutput
import XCTest
@testable import ReportShell

/// A session over the repository's corpus/ with its output collected, and a temporary folder for
/// its views file and exports (removed by `remove()`), so no test touches the user's files.
final class SessionHarness {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = repository.appendingPathComponent("corpus").path

    let folder: URL
    private(set) var standard = ""
    private(set) var error = ""
    private(set) var session: Session!

    /// `configure` adjusts the configuration (format, keepGoing …) before the session starts.
    init(interactive: Bool = false, viewsFile: String = "views.sql", folder: URL? = nil,
         configure: (inout SessionConfiguration) -> Void = { _ in }) throws {
        self.folder = try folder ?? SessionHarness.makeFolder()
        var configuration = SessionConfiguration(
            paths: [SessionHarness.corpus], interactive: interactive,
            viewsPath: self.folder.appendingPathComponent(viewsFile).path,
            terminalWidth: { interactive ? 100 : nil })
        configure(&configuration)
        session = Session(configuration: configuration, output: SessionOutput(
            standard: { [unowned self] in self.standard += $0 },
            error: { [unowned self] in self.error += $0 }))
    }

    static func makeFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-shell-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Forgets what was written so far (e.g. the load summary).
    func clear() {
        standard = ""
        error = ""
    }

    /// Runs `input` as typed (or as -c) and returns the status; output is collected.
    @discardableResult
    func run(_ input: String) -> SessionStatus {
        session.execute(input)
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
