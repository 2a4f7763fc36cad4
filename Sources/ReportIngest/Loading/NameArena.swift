import Foundation

/// The relative paths a folder walk accepts, as bytes in one buffer: each path followed by a NUL (so
/// `fstatat` reads it in place), with where it starts, how long it is and whether it was reached through
/// a symbolic link. No `String` is made per name (a warm start lists every file of the corpus, and a
/// string, a copy and a retain per name showed in its profile). Names are kept as the folder gives
/// them: bytes that are not UTF-8 are decoded (with U+FFFD) only when a file's name is asked for.
struct NameArena: Sendable {
    struct Span: Sendable {
        var start: Int
        var count: Int
        var isLink: Bool
    }

    private(set) var bytes: [UInt8] = []
    private(set) var spans: [Span] = []

    var count: Int { spans.count }

    /// Appends `prefix` then the NUL-terminated name at `name`, and returns where the path starts
    /// (for `keep` or `drop`).
    mutating func append(prefix: [UInt8], name: UnsafePointer<CChar>) -> Int {
        let start = bytes.count
        bytes.append(contentsOf: prefix)
        let length = strlen(name)
        name.withMemoryRebound(to: UInt8.self, capacity: length) { bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: length)) }
        return start
    }

    /// The bytes appended since `start` (the path `append` began there).
    func path(from start: Int) -> ArraySlice<UInt8> { bytes[start...] }

    /// Keeps the path appended at `start` as a name of the list.
    mutating func keep(from start: Int, isLink: Bool) {
        spans.append(Span(start: start, count: bytes.count - start, isLink: isLink))
        bytes.append(0)
    }

    /// Forgets the path appended at `start` (not accepted).
    mutating func drop(from start: Int) { bytes.removeSubrange(start...) }

    /// The indices of the names in memcmp order of their bytes (code point order for UTF-8, as text sorts
    /// in queries): by the leading 8 bytes as one big-endian integer, then by the bytes on a tie.
    func sortedOrder() -> [Int] {
        bytes.withUnsafeBufferPointer { all in
            var keys = spans.indices.map { index -> (UInt64, Int) in
                let span = spans[index]
                var key: UInt64 = 0
                for k in 0..<min(8, span.count) { key |= UInt64(all[span.start + k]) << (56 - 8 * k) }
                return (key, index)
            }
            keys.sort { a, b in
                if a.0 != b.0 { return a.0 < b.0 }
                let x = spans[a.1], y = spans[b.1]
                let order = memcmp(all.baseAddress! + x.start, all.baseAddress! + y.start, min(x.count, y.count))
                return order != 0 ? order < 0 : x.count < y.count
            }
            return keys.map(\.1)
        }
    }

    /// The bytes of the name at `index`, without its NUL.
    func withName<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let span = spans[index]
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[span.start..<span.start + span.count])) }
    }

    /// The name at `index` as a string.
    func name(_ index: Int) -> String { withName(index) { String(decoding: $0, as: UTF8.self) } }
}
