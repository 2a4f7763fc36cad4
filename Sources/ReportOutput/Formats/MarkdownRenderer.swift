import ReportModel

/// A GitHub pipe table, padded by display width so it also reads well as plain text:
///
///     | agency | year |
///     | ------ | ---: |
///     | 北京市 | 2023 |
///
/// The alignment row marks numeric columns `---:`. In cells `|` is written `\|` and a line break
/// `<br>`; other control characters are escaped as in a table. Values are shown as in a table (null
/// as `nullText`, decimals to `decimalPlaces`) but never cut, and every row is written — as bytes
/// from the typed cells, measured in one pass and written in a second (`MarkdownCells`).
public struct MarkdownRenderer: ResultRenderer {
    public init() {}

    public func render(_ result: ResultSet, options: RenderOptions) -> String {
        ByteWriter.text { write(result, options: options, to: $0) }
    }

    public func write(_ result: ResultSet, options: RenderOptions, to out: ByteWriter) {
        guard !result.columns.isEmpty else { return }
        let columns = result.columns.indices.map { index in
            let cells = result.cells(index)
            let format = ColumnFormat(column: result.columns[index], cells: cells, rows: result.rowCount, options: options)
            return HumanCells(cells, format: format, options: options)
        }
        var cell = MarkdownCell()
        let headers = result.columns.map { column -> (bytes: [UInt8], width: Int) in
            let width = cell.measure { $0.append(contentsOf: column.name.utf8) }
            return (cell.bytes, width)
        }
        let widths = columns.indices.map { index in
            (0..<result.rowCount).reduce(max(3, headers[index].width)) { width, row in
                max(width, cell.measure { columns[index].raw(row, into: &$0) })
            }
        }
        let alignments = columns.map(\.format.alignment)
        func line(_ fill: (Int) -> Int) {
            out.append("| ")
            for index in columns.indices {
                if index > 0 { out.append(" | ") }
                let filler = max(0, widths[index] - fill(index))
                if alignments[index] == .right { out.append(repeating: UInt8(ascii: " "), count: filler) }
                out.append(cell.bytes)
                if alignments[index] != .right { out.append(repeating: UInt8(ascii: " "), count: filler) }
            }
            out.append(" |\n")
        }
        line { index in
            cell.bytes = headers[index].bytes
            return headers[index].width
        }
        out.append("| ")
        for index in columns.indices {
            if index > 0 { out.append(" | ") }
            let right = alignments[index] == .right
            out.append(repeating: UInt8(ascii: "-"), count: right ? widths[index] - 1 : widths[index])
            if right { out.append(UInt8(ascii: ":")) }
        }
        out.append(" |\n")
        for row in 0..<result.rowCount {
            line { index in cell.measure { columns[index].raw(row, into: &$0) } }
        }
    }
}

/// A Markdown cell's bytes: the table's text of the cell before escaping (`HumanCells.raw`, never
/// cut) with `|` written `\|` and CR LF, CR or LF as `<br>`, then other controls escaped
/// (`VisibleText`), in reused arrays.
struct MarkdownCell {
    /// The last cell measured.
    var bytes: [UInt8] = []
    private var raw: [UInt8] = []
    private var marked: [UInt8] = []
    private static let special = ByteSet([UInt8(ascii: "|"), 0x0A, 0x0D])
    private static let lineBreak = Array("<br>".utf8)

    /// Makes the cell from what `fill` appends; its display width.
    mutating func measure(_ fill: (inout [UInt8]) -> Void) -> Int {
        raw.removeAll(keepingCapacity: true)
        fill(&raw)
        marked.removeAll(keepingCapacity: true)
        var index = 0
        while index < raw.count {
            let next = raw.withUnsafeBufferPointer { MarkdownCell.special.firstIndex(in: $0, from: index) }
            marked.append(contentsOf: raw[index..<next])
            guard next < raw.count else { break }
            index = next + 1
            switch raw[next] {
            case UInt8(ascii: "|"): marked.append(contentsOf: [0x5C, UInt8(ascii: "|")])
            case 0x0D where index < raw.count && raw[index] == 0x0A:
                marked.append(contentsOf: MarkdownCell.lineBreak)
                index += 1
            default: marked.append(contentsOf: MarkdownCell.lineBreak)
            }
        }
        bytes.removeAll(keepingCapacity: true)
        marked.withUnsafeBufferPointer { VisibleText.escape($0, to: &bytes) }
        return bytes.withUnsafeBufferPointer { DisplayWidth.of(utf8: $0) }
    }
}
