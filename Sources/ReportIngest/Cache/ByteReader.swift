/// Reads what `ByteWriter` wrote, from a byte range it never reads outside of: every read that would
/// run past the end, or a varint longer than 64 bits, throws `CacheDamage` instead.
struct ByteReader {
    let base: UnsafeRawPointer
    let end: Int
    var offset: Int

    init(_ buffer: UnsafeRawBufferPointer) {
        base = buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!
        end = buffer.count
        offset = 0
    }

    var isAtEnd: Bool { offset == end }

    @inline(__always)
    mutating func byte() throws(CacheDamage) -> UInt8 {
        guard offset < end else { throw CacheDamage("entry ends early") }
        defer { offset += 1 }
        return base.load(fromByteOffset: offset, as: UInt8.self)
    }

    @inline(__always)
    mutating func varint() throws(CacheDamage) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw CacheDamage("varint too long") }
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return result }
            shift += 7
        }
    }

    /// A varint that must be a count or offset no larger than `limit`.
    @inline(__always)
    mutating func count(limit: Int = Int(Int32.max)) throws(CacheDamage) -> Int {
        let v = try varint()
        guard v <= UInt64(limit) else { throw CacheDamage("count out of range") }
        return Int(v)
    }

    @inline(__always)
    mutating func signed() throws(CacheDamage) -> Int {
        let v = try varint()
        return Int(Int64(bitPattern: (v >> 1) ^ (0 &- (v & 1))))
    }

    @inline(__always)
    mutating func word() throws(CacheDamage) -> UInt64 {
        guard end - offset >= 8 else { throw CacheDamage("entry ends early") }
        defer { offset += 8 }
        return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The next `count` bytes.
    @inline(__always)
    mutating func bytes(_ count: Int) throws(CacheDamage) -> UnsafeRawBufferPointer {
        guard count >= 0, end - offset >= count else { throw CacheDamage("entry ends early") }
        defer { offset += count }
        return UnsafeRawBufferPointer(start: base + offset, count: count)
    }

    /// Length-prefixed UTF-8 that must be valid (damage otherwise, never a repaired string).
    mutating func string(checked: Bool = true) throws(CacheDamage) -> String {
        try ByteReader.string(bytes(try count()), checked: checked)
    }

    /// A string of UTF-8 bytes. `checked`: validated (damage when invalid, never a repaired string).
    /// Unchecked only for bytes whose entry checksum has just matched, which were written from Swift
    /// strings: validating them again ran at 0.85 GB/s and was the largest cost of reading a cache
    /// back; copying them as a `UTF8Span` runs at memory speed.
    static func string(_ bytes: UnsafeRawBufferPointer, checked: Bool = true) throws(CacheDamage) -> String {
        let utf8 = bytes.assumingMemoryBound(to: UInt8.self)
        if checked {
            guard let string = String(validating: utf8, as: UTF8.self) else { throw CacheDamage("invalid UTF-8") }
            return string
        }
        guard let first = utf8.first, let last = utf8.last else { return "" }
        // Even unchecked, a string must start on a character and end after one.
        guard first & 0xC0 != 0x80, last < 0x80 || last & 0xC0 == 0x80 else { throw CacheDamage("text cut inside a character") }
        return unsafe String(copying: UTF8Span(unchecked: Span(_unsafeElements: utf8)))
    }
}

/// Why a cache file or one of its entries cannot be trusted.
struct CacheDamage: Error, Sendable {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}
