import ReportModel

/// One v1 data page of a column: the definition levels, then the non-null values PLAIN-encoded
/// (booleans bit-packed, first value in the lowest bit), after its page header. Pages are cut at
/// about `ParquetPage.targetBytes` of values so that no page's size nears the format's 32-bit limit.
struct ParquetPage {
    static let targetBytes = 1 << 20

    var valueCount = 0
    var nullCount = 0
    private var defined: [Bool] = []
    private var values = ByteBuffer()
    private var booleans: [Bool] = []

    var valueBytes: Int { values.count + booleans.count / 8 }

    mutating func append(_ value: Value?, column: ParquetColumn) {
        switch value {
        case nil: appendNull()
        case .integer(let v)?: append(int64: v)
        case .decimal(let v)?: append(double: v)
        case .bool(let flag)?: append(bool: flag)
        case .text(let v)?:
            var v = v
            v.withUTF8 { append(utf8: $0) }
        case .null?: appendNull()
        }
    }

    mutating func appendNull() {
        valueCount += 1
        nullCount += 1
        defined.append(false)
    }

    mutating func append(int64 v: Int) {
        valueCount += 1
        defined.append(true)
        values.appendLittleEndian(UInt64(bitPattern: Int64(v)))
    }

    mutating func append(double v: Double) {
        valueCount += 1
        defined.append(true)
        values.appendLittleEndian(v.bitPattern)
    }

    mutating func append(bool flag: Bool) {
        valueCount += 1
        defined.append(true)
        booleans.append(flag)
    }

    /// A BYTE_ARRAY: its length (4 bytes, little-endian), then its bytes.
    mutating func append(utf8: UnsafeBufferPointer<UInt8>) {
        valueCount += 1
        defined.append(true)
        values.appendLittleEndian(UInt32(utf8.count))
        values.append(contentsOf: utf8)
    }

    /// The page header and the page, ready to write.
    func encoded() -> [UInt8] {
        var body = DefinitionLevels.encode(defined[...])
        body.append(contentsOf: values.bytes)
        body.append(contentsOf: ParquetPage.packed(booleans))
        var header = ThriftCompactWriter()
        header.structBody { page in
            page.i32(1, 0)
            page.i32(2, Int32(body.count))
            page.i32(3, Int32(body.count))
            page.structure(5) { data in
                data.i32(1, Int32(valueCount))
                data.i32(2, 0)
                data.i32(3, 3)
                data.i32(4, 3)
            }
        }
        return header.bytes + body
    }

    /// PLAIN booleans: one bit each, eight to a byte, the first in the lowest bit.
    static func packed(_ flags: [Bool]) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: (flags.count + 7) / 8)
        for (index, flag) in flags.enumerated() where flag { bytes[index / 8] |= 1 << UInt8(index % 8) }
        return bytes
    }
}
