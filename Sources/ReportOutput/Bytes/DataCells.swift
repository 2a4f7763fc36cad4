import ReportModel

/// How the data formats (CSV, TSV, JSON) write one cell as bytes, exactly, never rounded, without a
/// `Value`: integers in full, decimals as `Value.format(decimal:)`, bools `true`/`false`; a null or
/// a non-finite decimal is `null` (CSV and TSV write nothing for it, JSON `null`); a text's UTF-8
/// bytes go to `text`, which quotes or escapes them as the format does.
enum DataCells {
    @inlinable
    static func write(_ cells: CellPointers, _ k: Int, to out: ByteWriter, null: StaticString,
                      text: (UnsafeBufferPointer<UInt8>) -> Void) {
        switch cells.kind {
        case .values:
            write(cells.value(k), to: out, null: null, text: text)
        case _ where cells.isNull(k):
            out.append(null)
        case .integer:
            out.append(integer: cells.integer(k))
        case .decimal:
            decimal(cells.decimal(k), to: out, null: null)
        case .bool:
            out.append(cells.bool(k) ? "true" : "false")
        case .text:
            cells.withText(k, text)
        }
    }

    static func write(_ value: Value, to out: ByteWriter, null: StaticString, text: (UnsafeBufferPointer<UInt8>) -> Void) {
        switch value {
        case .null: out.append(null)
        case .integer(let number): out.append(integer: number)
        case .decimal(let number): decimal(number, to: out, null: null)
        case .bool(let flag): out.append(flag ? "true" : "false")
        case .text(let string): withBytes(of: string, text)
        }
    }

    @inlinable
    static func decimal(_ number: Double, to out: ByteWriter, null: StaticString) {
        if number.isFinite { out.append(Value.format(decimal: number)) } else { out.append(null) }
    }
}
