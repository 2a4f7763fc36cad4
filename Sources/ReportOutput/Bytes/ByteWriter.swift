import FileAccess

/// Where rendered bytes go, a buffer at a time: a file descriptor, a file being replaced, memory.
/// Returns nil when every byte was taken, else why not (the writer then drops what follows).
public typealias ByteSink = (UnsafeRawBufferPointer) -> FileError?

/// A reusable output buffer the byte renderers write into: 256 KB, handed to its sink whenever it
/// fills and at `flush()`, so a result of any size is written in large writes and never held whole.
/// The first error a sink reports is kept (`failure`) and later bytes are dropped.
public final class ByteWriter {
    /// The buffer's size: large writes, still in the CPU's L2 cache.
    public static let capacity = 256 << 10

    @usableFromInline let buffer: UnsafeMutablePointer<UInt8>
    @usableFromInline var used = 0
    private let sink: ByteSink
    public private(set) var failure: FileError?
    /// Bytes handed to the sink so far, plus those in the buffer.
    public var count: Int { flushed + used }
    private var flushed = 0

    public init(sink: @escaping ByteSink) {
        buffer = .allocate(capacity: ByteWriter.capacity)
        self.sink = sink
    }

    /// A writer to an open descriptor (`path` names it in errors).
    public convenience init(fd: Int32, path: String) {
        self.init { AtomicFile.writeAll($0, to: fd, path: path) }
    }

    deinit { buffer.deallocate() }

    /// Hands the buffered bytes to the sink. Returns the first failure so far.
    @discardableResult
    public func flush() -> FileError? {
        if used > 0, failure == nil { failure = sink(UnsafeRawBufferPointer(start: buffer, count: used)) }
        flushed += used
        used = 0
        return failure
    }

    @inlinable @inline(__always)
    public func append(_ byte: UInt8) {
        if used == ByteWriter.capacity { flush() }
        buffer[used] = byte
        used += 1
    }

    /// Appends `count` bytes from `start`; a run longer than the buffer goes to the sink directly.
    @inlinable
    public func append(_ start: UnsafePointer<UInt8>, count: Int) {
        if count <= ByteWriter.capacity - used {
            (buffer + used).update(from: start, count: count)
            used += count
        } else {
            appendLong(start, count: count)
        }
    }

    @usableFromInline
    func appendLong(_ start: UnsafePointer<UInt8>, count: Int) {
        var start = start
        var left = count
        while left > 0 {
            if used == ByteWriter.capacity { flush() }
            if used == 0, left >= ByteWriter.capacity {
                if failure == nil { failure = sink(UnsafeRawBufferPointer(start: start, count: left)) }
                flushed += left
                return
            }
            let take = min(left, ByteWriter.capacity - used)
            (buffer + used).update(from: start, count: take)
            used += take
            start += take
            left -= take
        }
    }

    @inlinable
    public func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let base = bytes.baseAddress { append(base, count: bytes.count) }
    }

    @inlinable
    public func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// A text's UTF-8 bytes, read in place.
    @inlinable
    public func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// A static ASCII text (`","`, `"null"`).
    @inlinable
    public func append(_ text: StaticString) {
        append(text.utf8Start, count: text.utf8CodeUnitCount)
    }

    /// `n` copies of `byte`.
    public func append(repeating byte: UInt8, count n: Int) {
        for _ in 0..<max(0, n) { append(byte) }
    }

    /// An integer in decimal, written straight into the buffer.
    @inlinable
    public func append(integer value: Int) {
        if ByteWriter.capacity - used < 20 { flush() }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let written = withUnsafeMutableBytes(of: &digits) { scratch -> Int in
            var position = scratch.count
            repeat {
                position -= 1
                scratch[position] = UInt8(truncatingIfNeeded: magnitude % 10) &+ 0x30
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                position -= 1
                scratch[position] = UInt8(ascii: "-")
            }
            let length = scratch.count - position
            (buffer + used).update(from: scratch.baseAddress!.assumingMemoryBound(to: UInt8.self) + position, count: length)
            return length
        }
        used += written
    }
}

extension ByteWriter {
    /// What `body` writes, as text (the `render` of a byte renderer).
    public static func text(_ body: (ByteWriter) -> Void) -> String {
        let box = ByteBox()
        let writer = collecting(into: box)
        body(writer)
        writer.flush()
        return String(decoding: box.bytes, as: UTF8.self)
    }

    /// A writer collecting into memory; `String(decoding: bytes, as: UTF8.self)` after `flush()`.
    public static func collecting(into bytes: ByteBox) -> ByteWriter {
        ByteWriter { chunk in
            bytes.bytes.append(contentsOf: chunk)
            return nil
        }
    }
}

/// Bytes a collecting writer fills.
public final class ByteBox {
    public var bytes: [UInt8] = []
    public init() {}
}
