import ReportModel

/// One field's column as a block of the column store's image (`StoreImage`), in the machine's byte
/// order (the image file's header checks it), for `rows` rows:
///
/// - integer: `rows` × Int64, then `rows` validity bytes (0 null, 1 a value);
/// - decimal: `rows` × Float64 bit patterns, then `rows` validity bytes;
/// - bool: `rows` value bytes, then `rows` validity bytes;
/// - text: the distinct count d (u64), d + 1 offsets (u64) into the distinct values' UTF-8 that
///   follows (in order of first appearance, as `TextDictionary` has them), zero bytes to a multiple of
///   8, then `rows` codes (Int32; -1 null).
///
/// A block is decoded only after its checksum passed, and every count, offset and code is still
/// checked against the block's length: a block that does not add up decodes to nil, never to a trap.
enum ColumnImage {
    // MARK: - Writing

    /// A number or boolean column's block.
    static func encode(_ vector: ColumnVector) -> [UInt8] {
        var bytes: [UInt8] = []
        switch vector {
        case .integer(let c):
            bytes.reserveCapacity(c.count * 9)
            c.values.withUnsafeBytes { bytes.append(contentsOf: $0) }
            append(c.valid, to: &bytes)
        case .decimal(let c):
            bytes.reserveCapacity(c.count * 9)
            c.values.withUnsafeBytes { bytes.append(contentsOf: $0) }
            append(c.valid, to: &bytes)
        case .bool(let c):
            bytes.reserveCapacity(c.count * 2)
            append(c.values, to: &bytes)
            append(c.valid, to: &bytes)
        case .text:
            preconditionFailure("text columns are written with encodeText")
        }
        return bytes
    }

    /// A text column's block: its codes into `values`.
    static func encodeText(codes: [Int32], values: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        func word(_ v: UInt64) { withUnsafeBytes(of: v) { bytes.append(contentsOf: $0) } }
        word(UInt64(values.count))
        var offset: UInt64 = 0
        word(0)
        for value in values {
            offset += UInt64(value.utf8.count)
            word(offset)
        }
        for var value in values { value.withUTF8 { bytes.append(contentsOf: $0) } }
        while bytes.count % 8 != 0 { bytes.append(0) }
        codes.withUnsafeBytes { bytes.append(contentsOf: $0) }
        return bytes
    }

    private static func append(_ flags: [Bool], to bytes: inout [UInt8]) {
        for flag in flags { bytes.append(flag ? 1 : 0) }
    }

    // MARK: - Reading

    /// A number or boolean column of `rows` rows from its block, or nil when the block does not fit.
    static func decode(_ bytes: UnsafeRawBufferPointer, type: FieldType, rows: Int) -> ColumnVector? {
        switch type {
        case .integer:
            guard bytes.count == rows * 9, let valid = flags(bytes, from: rows * 8, rows) else { return nil }
            return .integer(Column(values: words(bytes, rows, as: Int.self), valid: valid))
        case .decimal:
            guard bytes.count == rows * 9, let valid = flags(bytes, from: rows * 8, rows) else { return nil }
            return .decimal(Column(values: words(bytes, rows, as: Double.self), valid: valid))
        case .bool:
            guard bytes.count == rows * 2, let values = flags(bytes, from: 0, rows),
                  let valid = flags(bytes, from: rows, rows) else { return nil }
            return .bool(Column(values: values, valid: valid))
        case .text:
            return nil
        }
    }

    /// A text column's codes and distinct values from its block, or nil when the block does not fit.
    static func decodeText(_ bytes: UnsafeRawBufferPointer, rows: Int) -> (codes: [Int32], values: [String])? {
        guard bytes.count >= 16 else { return nil }
        let distinct = Int(truncatingIfNeeded: bytes.loadUnaligned(as: UInt64.self))
        guard distinct >= 0, distinct <= rows else { return nil }
        let textStart = 8 + (distinct + 1) * 8
        guard bytes.count >= textStart else { return nil }
        var values: [String] = []
        values.reserveCapacity(distinct)
        var previous = 0
        for k in 0...distinct {
            let offset = Int(truncatingIfNeeded: bytes.loadUnaligned(fromByteOffset: 8 + k * 8, as: UInt64.self))
            guard offset >= previous, offset <= bytes.count - textStart else { return nil }
            if k > 0 {
                values.append(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[textStart + previous..<textStart + offset]),
                                     as: UTF8.self))
            }
            previous = offset
        }
        let codesStart = (textStart + previous + 7) / 8 * 8
        guard bytes.count == codesStart + rows * 4 else { return nil }
        let codes = words(UnsafeRawBufferPointer(rebasing: bytes[codesStart...]), rows, as: Int32.self)
        guard codes.allSatisfy({ $0 >= -1 && Int($0) < distinct }) else { return nil }
        return (codes, values)
    }

    /// `count` values of a fixed-width type copied from the start of `bytes` (which hold them).
    private static func words<T: BitwiseCopyable>(_ bytes: UnsafeRawBufferPointer, _ count: Int, as: T.Type) -> [T] {
        [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            if count > 0 { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[..<(count * MemoryLayout<T>.stride)])) }
            initialized = count
        }
    }

    /// `count` flags from the bytes at `start`, each 0 or 1 (nil otherwise).
    private static func flags(_ bytes: UnsafeRawBufferPointer, from start: Int, _ count: Int) -> [Bool]? {
        var good = true
        let flags = [Bool](unsafeUninitializedCapacity: count) { buffer, initialized in
            for i in 0..<count {
                let b = bytes[start + i]
                good = good && b <= 1
                buffer[i] = b == 1
            }
            initialized = count
        }
        return good ? flags : nil
    }
}
