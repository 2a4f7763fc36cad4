import ReportModel

/// RFC 4180 CSV: a header row, CRLF after every record (the last included), fields quoted only when
/// they need it — a comma, a double quote, CR or LF, or a leading/trailing space — with quotes doubled.
/// Null is an empty field; the empty string is `""`, so the two stay distinct. Numbers are written in
/// full (`Value.format(decimal:)`, which round-trips); a non-finite decimal is written as null. With
/// `RenderOptions.bom` the text starts with U+FEFF so Excel reads it as UTF-8. Every row is written.
/// `RenderOptions.headers` off leaves the header row out; `RenderOptions.separator` replaces the comma
/// (a field holding its bytes is quoted too).
///
/// Written as bytes straight from the result's typed cells (`CellPointers`, `DataCells`), a large
/// result in row blocks on two threads (`RowBlocks`); a text is scanned once for the bytes that force
/// quoting (`CSVField`).
public struct CSVRenderer: ResultRenderer {
    public init() {}

    public func render(_ result: ResultSet, options: RenderOptions) -> String {
        ByteWriter.text { write(result, options: options, to: $0) }
    }

    public func write(_ result: ResultSet, options: RenderOptions, to out: ByteWriter) {
        if options.bom { out.append("\u{FEFF}") }
        guard !result.columns.isEmpty else { return }
        let field = CSVField(separator: options.separator ?? ",")
        let separator = field.separator
        if options.headers {
            for (index, column) in result.columns.enumerated() {
                if index > 0 { out.append(separator) }
                withBytes(of: column.name) { field.write($0, to: out) }
            }
            out.append("\r\n")
        }
        options.rowBlocks.write(result, to: out) { columns, rows, out in
            for row in rows {
                for index in columns.indices {
                    if index > 0 { out.append(separator) }
                    DataCells.write(columns[index], row, to: out, null: "") { bytes in
                        if bytes.isEmpty { out.append("\"\"") } else { field.write(bytes, to: out) }
                    }
                }
                out.append("\r\n")
            }
        }
    }
}

/// A text as a CSV field: quoted when it holds a comma, a double quote, CR, LF or the separator's
/// bytes, or starts or ends with a space; inside quotes a `"` is doubled.
struct CSVField: Sendable {
    let separator: [UInt8]
    /// The bytes that force quoting (the separator's, when it is one byte).
    private let special: ByteSet
    /// A separator of several bytes, looked for as a whole.
    private let longSeparator: [UInt8]?
    private static let quote = ByteSet([UInt8(ascii: "\"")])

    init(separator: String) {
        self.separator = Array(separator.utf8)
        var special = ByteSet([UInt8(ascii: ","), UInt8(ascii: "\""), 0x0A, 0x0D])
        if self.separator.count == 1 { special.insert(self.separator[0]) }
        self.special = special
        longSeparator = self.separator.count > 1 ? self.separator : nil
    }

    func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        if first == 0x20 || last == 0x20 || special.any(in: bytes) { return true }
        guard let longSeparator else { return false }
        return Self.contains(bytes, longSeparator)
    }

    func write(_ bytes: UnsafeBufferPointer<UInt8>, to out: ByteWriter) {
        guard needsQuotes(bytes) else { return out.append(bytes) }
        out.append(UInt8(ascii: "\""))
        out.append(bytes, escaping: CSVField.quote) { _, out in out.append("\"\"") }
        out.append(UInt8(ascii: "\""))
    }

    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard needle.count <= bytes.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if needle.indices.allSatisfy({ bytes[start + $0] == needle[$0] }) { return true }
        }
        return false
    }
}
