import ReportModel

/// The measured grid of a table or box: each shown column's cells (`HumanCells`), header, width and
/// alignment, and which columns stand where once elided (nil: the `…` column). Cells are measured
/// here and written again, from the typed cells, when the lines are drawn — the table is never held
/// as text.
struct TableGrid {
    /// The result's column at each place; nil for the `…` column of an elision.
    private(set) var places: [Int?]
    private let columns: [HumanCells]
    private let headers: [[UInt8]]
    private let headerWidths: [Int]
    private(set) var widths: [Int]
    private var alignments: [TextAlignment]
    /// Cells wider than their column are cut (only when `.width` fixed a column).
    private let cuts: Bool
    let rowCount: Int
    private let options: RenderOptions
    private static let gap = Array("…".utf8)

    init(_ result: ResultSet, rows: Int, options: RenderOptions) {
        self.options = options
        rowCount = rows
        let columns = HumanCells.columns(of: result, rows: rows, options: options)
        self.columns = columns
        let (headers, headerWidths) = HumanCells.headers(of: result, options: options)
        self.headers = headers
        self.headerWidths = headerWidths
        var scratch: [UInt8] = []
        widths = columns.indices.map { index in
            if let fixed = options.fixedWidth(column: index)?.width { return fixed }
            var width = headerWidths[index]
            for row in 0..<rows { width = max(width, columns[index].text(row, into: &scratch).width) }
            return width
        }
        alignments = columns.indices.map { options.fixedWidth(column: $0)?.alignment ?? columns[$0].format.alignment }
        places = Array(columns.indices)
        cuts = !options.columnWidths.isEmpty
    }

    /// Only `elision`'s first and last columns, a `…` column between them.
    mutating func elide(_ elision: ColumnElision) {
        let last = places.count - elision.trailing
        func cut<T>(_ items: [T], _ gap: T) -> [T] { Array(items[..<elision.leading]) + [gap] + Array(items[last...]) }
        places = cut(places, nil)
        widths = cut(widths, 1)
        alignments = cut(alignments, .center)
    }

    /// One line: the header (`row` nil) or a row, each cell padded to its column between `bar`s.
    func line(_ row: Int?, style: ANSIStyle?, bar: [UInt8], to out: ByteWriter, scratch: inout [UInt8]) {
        out.append(bar)
        out.append(UInt8(ascii: " "))
        for (place, column) in places.enumerated() {
            if place > 0 {
                out.append(UInt8(ascii: " "))
                out.append(bar)
                out.append(UInt8(ascii: " "))
            }
            var width = 1
            var isNull = false
            scratch.removeAll(keepingCapacity: true)
            if let column, let row {
                (width, isNull) = columns[column].text(row, into: &scratch)
            } else if let column {
                scratch.append(contentsOf: headers[column])
                width = headerWidths[column]
            } else {
                scratch.append(contentsOf: TableGrid.gap)
            }
            if cuts, width > widths[place] { width = HumanCells.cut(&scratch, to: widths[place]) }
            pad(scratch, width: width, to: widths[place], alignment: alignments[place], style: style ?? (isNull ? .dim : nil), out: out)
        }
        out.append(UInt8(ascii: " "))
        out.append(bar)
        out.append(UInt8(ascii: "\n"))
    }

    /// `Cell.padded`'s rule on bytes: spaces to `target` by alignment; styled when colour is on.
    private func pad(_ text: [UInt8], width: Int, to target: Int, alignment: TextAlignment, style: ANSIStyle?, out: ByteWriter) {
        let filler = max(0, target - width)
        let before = alignment == .right ? filler : alignment == .center ? filler / 2 : 0
        out.append(repeating: UInt8(ascii: " "), count: before)
        if options.color, let style {
            out.append(style.wrap(String(decoding: text, as: UTF8.self)))
        } else {
            out.append(text)
        }
        out.append(repeating: UInt8(ascii: " "), count: filler - before)
    }

    /// A horizontal rule: `left`, a run of `fill` per column, `cross` between them, `right`.
    func rule(_ left: String, _ fill: String, _ cross: String, _ right: String, to out: ByteWriter) {
        out.append(left)
        for (place, width) in widths.enumerated() {
            if place > 0 { out.append(cross) }
            for _ in 0..<(width + 2) { out.append(fill) }
        }
        out.append(right)
        out.append(UInt8(ascii: "\n"))
    }

    /// The display width of every line: `| ` … ` |` around each column.
    var lineWidth: Int { widths.reduce(1) { $0 + $1 + 3 } }
}
