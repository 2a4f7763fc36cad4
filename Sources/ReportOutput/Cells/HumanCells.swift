import ReportModel

/// How a human format (table, box) shows the cells of one column, as bytes: `Cell`'s rule — the
/// column format's text (`ColumnFormat.text`), control characters escaped (`VisibleText`), cut to
/// `RenderOptions.maxColumnWidth` — read from the typed cells, with no `String` made for an integer
/// or a text that needs no cut. Each call writes one cell's bytes into a reused scratch array and
/// returns its display width.
struct HumanCells {
    let cells: ResultCells
    let format: ColumnFormat
    private let options: RenderOptions
    private let null: [UInt8]
    private let nullWidth: Int

    init(_ cells: ResultCells, format: ColumnFormat, options: RenderOptions) {
        self.cells = cells
        self.format = format
        self.options = options
        var null: [UInt8] = []
        nullWidth = HumanCells.plain(options.nullText, into: &null, options: options)
        self.null = null
    }

    /// Cell k's shown bytes in `scratch` (replacing what was there); its width and whether it is null.
    func text(_ k: Int, into scratch: inout [UInt8]) -> (width: Int, isNull: Bool) {
        scratch.removeAll(keepingCapacity: true)
        switch cells.kind {
        case .values:
            let value = cells.value(k)
            return (HumanCells.plain(format.text(value, options: options), into: &scratch, options: options), value.isNull)
        case _ where cells.isNull(k):
            scratch.append(contentsOf: null)
            return (nullWidth, true)
        case .integer:
            scratch.append(contentsOf: String(cells.integer(k)).utf8)
            return (HumanCells.fit(&scratch, width: scratch.count, options: options), false)
        case .text:
            withBytes(of: cells.text(k)) { VisibleText.escape($0, to: &scratch) }
            return (HumanCells.measured(&scratch, options: options), false)
        case .decimal, .bool:
            return (HumanCells.plain(format.text(cells.value(k), options: options), into: &scratch, options: options), false)
        }
    }

    /// Cell k's text before it is escaped or cut (`ColumnFormat.text`), appended to `out`.
    func raw(_ k: Int, into out: inout [UInt8]) {
        switch cells.kind {
        case .values: out.append(contentsOf: format.text(cells.value(k), options: options).utf8)
        case _ where cells.isNull(k): out.append(contentsOf: options.nullText.utf8)
        case .integer: out.append(contentsOf: String(cells.integer(k)).utf8)
        case .text: withBytes(of: cells.text(k)) { out.append(contentsOf: $0) }
        case .decimal, .bool: out.append(contentsOf: format.text(cells.value(k), options: options).utf8)
        }
    }

    /// A text (a header, the null text, a formatted number) as a cell: escaped, measured, cut.
    static func plain(_ text: String, into scratch: inout [UInt8], options: RenderOptions) -> Int {
        withBytes(of: text) { VisibleText.escape($0, to: &scratch) }
        return measured(&scratch, options: options)
    }

    private static func measured(_ scratch: inout [UInt8], options: RenderOptions) -> Int {
        let width = scratch.withUnsafeBufferPointer { DisplayWidth.of(utf8: $0) }
        return fit(&scratch, width: width, options: options)
    }

    /// Cuts the cell to `maxColumnWidth` (by `DisplayWidth.truncate`) when it is wider.
    private static func fit(_ scratch: inout [UInt8], width: Int, options: RenderOptions) -> Int {
        guard let limit = options.maxColumnWidth, width > max(1, limit) else { return width }
        return cut(&scratch, to: max(1, limit))
    }

    /// The cell cut to `width` columns with `…`; its new width.
    static func cut(_ scratch: inout [UInt8], to width: Int) -> Int {
        let cut = DisplayWidth.truncate(String(decoding: scratch, as: UTF8.self), toWidth: width)
        scratch = Array(cut.utf8)
        return DisplayWidth.of(cut)
    }
}
