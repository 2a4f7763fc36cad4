/// A set of byte values as a 256-entry table, to find the bytes that need escaping in one pass:
/// the renderers copy the run of bytes before the next member with one append.
public struct ByteSet: Sendable {
    @usableFromInline var table: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    public init(_ bytes: [UInt8]) {
        for byte in bytes { insert(byte) }
    }

    /// Every byte below 0x20 (the C0 controls), and `others`.
    public static func controls(and others: [UInt8]) -> ByteSet {
        ByteSet(Array(0..<0x20) + others)
    }

    public mutating func insert(_ byte: UInt8) {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: table.0 |= bit
        case 1: table.1 |= bit
        case 2: table.2 |= bit
        default: table.3 |= bit
        }
    }

    @inlinable @inline(__always)
    public func contains(_ byte: UInt8) -> Bool {
        let word = withUnsafeBytes(of: table) { $0.load(fromByteOffset: Int(byte >> 6) &* 8, as: UInt64.self) }
        return word & (UInt64(1) << UInt64(byte & 63)) != 0
    }

    /// The index of the first member of the set in `bytes[from...]`, or `bytes.count`.
    @inlinable
    public func firstIndex(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int {
        var index = start
        let count = bytes.count
        while index < count, !contains(bytes[index]) { index += 1 }
        return index
    }

    /// Whether any byte of `bytes` is a member.
    @inlinable
    public func any(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        firstIndex(in: bytes) < bytes.count
    }
}
