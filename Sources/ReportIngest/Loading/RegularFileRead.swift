import Foundation

/// Reads a report file's bytes without ever blocking: opened non-blocking (so a FIFO put in its place
/// since it was listed does not wait for a writer), then checked with `fstat` to be a regular file (a
/// FIFO or a device is never read) of at most `limit` bytes.
enum RegularFileRead {
    static func bytes(of path: String, limit: Int) -> Result<Data, FileStamp.Problem> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(FileStamp.Problem(message: "cannot read the file: \(FileProblem.unreachable(errno))")) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            return .failure(FileStamp.Problem(message: "cannot read the file: \(FileProblem.reason(errno))"))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(FileStamp.Problem(message: FileProblem.notRegular(info.st_mode))) }
        var data = Data(count: min(Int(info.st_size), limit) + 1)
        var count = 0
        while count < data.count {
            let read = data.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if read < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .failure(FileStamp.Problem(message: "cannot read the file: \(FileProblem.reason(errno))"))
            }
            if read == 0 { break }
            count += read
        }
        guard count <= limit else {
            return .failure(FileStamp.Problem(message: "file is over the \(CorpusLoader.megabytes(limit)) limit; skipped"))
        }
        data.count = count
        return .success(data)
    }
}
