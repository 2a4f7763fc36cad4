import ReportModel

/// One result column as Parquet stores it: its physical type (from the column's gongkai type) and
/// which values it stores (`stored`, and `append` for typed cells; `ParquetPage` encodes them).
/// Integers are INT64, decimals DOUBLE, bools BOOLEAN, text (and a column with no type, every value
/// null) BYTE_ARRAY annotated as UTF-8 strings. Every column
/// is OPTIONAL; a null is a definition level of 0 and no value. A value of another type than the
/// column's (which a query does not produce) is written only when exact — an integer in a DOUBLE
/// column — and otherwise as null, never as a guess.
struct ParquetColumn {
    enum PhysicalType: Int32 {
        case boolean = 0
        case int64 = 2
        case double = 5
        case byteArray = 6
    }

    let name: String
    let type: PhysicalType

    init(name: String, type: FieldType?) {
        self.name = name
        switch type {
        case .integer: self.type = .int64
        case .decimal: self.type = .double
        case .bool: self.type = .boolean
        case .text, nil: self.type = .byteArray
        }
    }

    /// The value as this column stores it, or nil when it is written as null.
    func stored(_ value: Value) -> Value? {
        switch (type, value) {
        case (.int64, .integer), (.byteArray, .text), (.boolean, .bool): return value
        case (.double, .decimal(let v)): return v.isFinite ? value : nil
        case (.double, .integer(let v)): return Double(exactly: v).map(Value.decimal)
        default: return nil
        }
    }

    /// Appends cell k as this column stores it — `stored(_:)`'s rule, read from the typed cells
    /// without a `Value` (a `.values` column goes through `stored(_:)` itself).
    func append(_ cells: CellPointers, _ k: Int, to page: inout ParquetPage) {
        if cells.kind == .values { return page.append(stored(cells.value(k)), column: self) }
        if cells.isNull(k) { return page.appendNull() }
        switch (type, cells.kind) {
        case (.int64, .integer): page.append(int64: cells.integer(k))
        case (.double, .decimal):
            let v = cells.decimal(k)
            if v.isFinite { page.append(double: v) } else { page.appendNull() }
        case (.double, .integer):
            if let v = Double(exactly: cells.integer(k)) { page.append(double: v) } else { page.appendNull() }
        case (.boolean, .bool): page.append(bool: cells.bool(k))
        case (.byteArray, .text): cells.withText(k) { page.append(utf8: $0) }
        default: page.appendNull()
        }
    }

    /// The schema element: the name, the physical type, OPTIONAL, and for strings both the converted
    /// type UTF8 (0) and the logical type STRING (union member 1), which older and newer readers use.
    func writeSchemaElement(_ thrift: inout ThriftCompactWriter) {
        thrift.i32(1, type.rawValue)
        thrift.i32(3, 1)
        thrift.string(4, name)
        if type == .byteArray {
            thrift.i32(6, 0)
            thrift.structure(10) { $0.structure(1) { _ in } }
        }
    }
}
