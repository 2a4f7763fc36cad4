/// One printed row: a column-header row, or a data row with its label, the group labels printed before
/// it ("三、本年度办理结果", "（三）不予公开") and its cells.
struct SynthRow: Sendable {
    enum Kind: Sendable { case header, data }

    var kind: Kind
    var prefix: [String] = []
    var label: String
    var cells: [SynthCell]
    /// The row every template prints, whose absence makes the table partial (false for 2019-only rows and headers).
    var required: Bool = true

    static func header(_ texts: [String]) -> SynthRow {
        SynthRow(kind: .header, label: "", cells: texts.map(SynthCell.header), required: false)
    }

    var isHeader: Bool { kind == .header }
    var hasBlank: Bool { cells.contains(where: \.isBlank) }
    var isAllBlank: Bool { !cells.isEmpty && cells.allSatisfy(\.isBlank) }
}
