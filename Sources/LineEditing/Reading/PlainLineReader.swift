#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines without a terminal: from a file descriptor (a pipe, a redirected file) or from a
/// fixed list of strings (tests). Never prints a prompt, keeps no history.
///
/// Lines end at `\n`; a `\r` before it is dropped; a final line without `\n` is still returned.
/// Bytes that are not valid UTF-8 are replaced by U+FFFD.
public final class PlainLineReader: LineReader {
    private enum Source {
        case descriptor(Int32)
        case lines([String])
    }

    private var source: Source
    private var pending: [UInt8] = []
    private var reachedEnd = false

    /// Reads from `fileDescriptor` (not closed by the reader).
    public init(fileDescriptor: Int32) {
        source = .descriptor(fileDescriptor)
    }

    /// Returns `lines` one by one, then `.endOfFile`.
    public init(lines: [String]) {
        source = .lines(lines)
    }

    public func readLine(prompt: String) -> LineReadResult {
        switch source {
        case .lines(var remaining):
            guard !remaining.isEmpty else { return .endOfFile }
            let first = remaining.removeFirst()
            source = .lines(remaining)
            return .line(first)
        case .descriptor(let fd):
            return nextLine(from: fd)
        }
    }

    @discardableResult
    public func addHistory(_ entry: String) -> HistoryError? { nil }

    private func nextLine(from fd: Int32) -> LineReadResult {
        var searchFrom = 0
        while true {
            if let newline = pending[searchFrom...].firstIndex(of: UInt8(ascii: "\n")) {
                var bytes = Array(pending[..<newline])
                pending.removeSubrange(...newline)
                if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
                return .line(String(decoding: bytes, as: UTF8.self))
            }
            searchFrom = pending.count
            if reachedEnd || !fill(from: fd) {
                reachedEnd = true
                guard !pending.isEmpty else { return .endOfFile }
                let rest = pending
                pending.removeAll()
                return .line(String(decoding: rest, as: UTF8.self))
            }
        }
    }

    /// Appends the next chunk of input to `pending`; false at end of input or on a read error.
    private func fill(from fd: Int32) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                pending.append(contentsOf: chunk[..<count])
                return true
            }
            if count < 0 && errno == EINTR { continue }
            return false
        }
    }
}
