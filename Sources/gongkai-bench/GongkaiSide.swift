import Foundation
import ReportIngest
import ReportQuery
import ReportShell

/// gongkai's side, in this process: a shell session over the corpus (warm from the bench's cache
/// directory, the one the one-shot children use too), its results rendered as CSV — the `.format
/// csv` path of `-c`, streamed through `standardBytes` as the executable's is — and written to /dev/null. A statement's time is `Session.execute` around it:
/// parse, bind, run, render and write.
final class GongkaiSide {
    let session: Session
    /// Wall time of opening the session (load, column store, views).
    let openMilliseconds: Double
    private let errors: ErrorBox

    init(corpus path: String, cacheDirectory: String) throws {
        let devNull = open("/dev/null", O_WRONLY)
        guard devNull >= 0 else { throw BenchError("cannot open /dev/null") }
        let errors = ErrorBox()
        var configuration = SessionConfiguration(
            paths: [path], format: .csv, viewsPath: nil,
            loadOptions: LoadOptions(cache: .directory(URL(fileURLWithPath: cacheDirectory)), showsProgress: false))
        configuration.quiet = true
        let watch = Stopwatch()
        session = Session(configuration: configuration, output: SessionOutput(
            standard: { text in var text = text; text.withUTF8 { GongkaiSide.writeAll($0, to: devNull) } },
            error: { errors.last = $0 },
            standardBytes: { bytes in GongkaiSide.writeAll(bytes.assumingMemoryBound(to: UInt8.self), to: devNull) }))
        openMilliseconds = watch.milliseconds
        self.errors = errors
        guard session.corpus.recordCount > 0 else { throw BenchError("no reports loaded from \(path)") }
    }

    /// Runs a statement (or meta-command) once; an error is thrown with gongkai's message.
    func run(_ statement: String) throws {
        guard session.execute(statement) == .success else {
            throw BenchError("gongkai: \(statement): \(errors.last.prefix(400))")
        }
    }

    /// The median of `runs` executions after one warm-up, milliseconds.
    func time(_ statement: String, runs: Int) throws -> Double {
        try Stopwatch.median(runs: runs) { try run(statement) }
    }

    /// The statement's answer, as the row check reads it.
    func rows(_ statement: String) throws -> [String] {
        do {
            return RowCheck.lines(try session.database.query(statement))
        } catch {
            throw BenchError("gongkai: \(statement): \(error.message)")
        }
    }

    static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to fd: Int32) {
        var offset = 0
        while offset < bytes.count {
            let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            offset += n
        }
    }
}

/// The last error text a session wrote.
final class ErrorBox: @unchecked Sendable {
    var last = ""
}
