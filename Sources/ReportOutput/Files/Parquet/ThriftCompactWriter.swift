/// Thrift's compact protocol, as much as Parquet's metadata needs (structs, i32, i64, binary,
/// lists, the empty struct of a union). A field header is one byte — the field id's distance from
/// the previous one (1…15) in the high nibble and the type in the low — or, for a longer jump, the
/// type alone followed by the id as a zigzag varint. Integers are zigzag varints; binary is a varint
/// length then the bytes; a list header holds its size (below 15) and element type in one byte;
/// a struct ends with a 0 byte. Spec: thrift/doc/specs/thrift-compact-protocol.md.
struct ThriftCompactWriter {
    enum FieldType: UInt8 {
        case i32 = 5
        case i64 = 6
        case binary = 8
        case list = 9
        case structure = 12
    }

    private(set) var buffer = ByteBuffer()
    /// The last field id written in each open struct, innermost last.
    private var lastFieldIDs: [Int16] = [0]

    var bytes: [UInt8] { buffer.bytes }

    mutating func i32(_ id: Int16, _ value: Int32) {
        header(id, .i32)
        buffer.appendZigzag(Int64(value))
    }

    mutating func i64(_ id: Int16, _ value: Int64) {
        header(id, .i64)
        buffer.appendZigzag(value)
    }

    mutating func string(_ id: Int16, _ value: String) {
        header(id, .binary)
        binary(Array(value.utf8))
    }

    /// A struct field whose fields `body` writes.
    mutating func structure(_ id: Int16, _ body: (inout ThriftCompactWriter) -> Void) {
        header(id, .structure)
        structBody(body)
    }

    /// A list of i32 (Parquet's enums).
    mutating func i32List(_ id: Int16, _ values: [Int32]) {
        header(id, .list)
        listHeader(count: values.count, .i32)
        for value in values { buffer.appendZigzag(Int64(value)) }
    }

    mutating func stringList(_ id: Int16, _ values: [String]) {
        header(id, .list)
        listHeader(count: values.count, .binary)
        for value in values { binary(Array(value.utf8)) }
    }

    /// A list of structs, each written by `body`.
    mutating func structList<T>(_ id: Int16, _ elements: [T], _ body: (inout ThriftCompactWriter, T) -> Void) {
        header(id, .list)
        listHeader(count: elements.count, .structure)
        for element in elements { structBody { body(&$0, element) } }
    }

    /// The fields `body` writes as a struct of their own, then its stop byte (a top-level struct too).
    mutating func structBody(_ body: (inout ThriftCompactWriter) -> Void) {
        lastFieldIDs.append(0)
        body(&self)
        lastFieldIDs.removeLast()
        buffer.append(0)
    }

    private mutating func header(_ id: Int16, _ type: FieldType) {
        let delta = Int(id) - Int(lastFieldIDs[lastFieldIDs.count - 1])
        if delta > 0 && delta <= 15 {
            buffer.append(UInt8(delta) << 4 | type.rawValue)
        } else {
            buffer.append(type.rawValue)
            buffer.appendZigzag(Int64(id))
        }
        lastFieldIDs[lastFieldIDs.count - 1] = id
    }

    private mutating func listHeader(count: Int, _ type: FieldType) {
        if count < 15 {
            buffer.append(UInt8(count) << 4 | type.rawValue)
        } else {
            buffer.append(0xF0 | type.rawValue)
            buffer.appendVarint(UInt64(count))
        }
    }

    private mutating func binary(_ bytes: [UInt8]) {
        buffer.appendVarint(UInt64(bytes.count))
        buffer.append(contentsOf: bytes)
    }
}
