/// Layout d: Markdown pipe tables, a `|---|` row after the first row.
enum MarkdownPipeRenderer {
    static func render(_ table: SynthTable, style: SynthStyle, rng: inout SplitMix64) -> [String] {
        let group = TableRenderer.isRequestTable(table) && style.groupColumn
        let width = table.width + (group ? 1 : 0)
        var lines: [String] = []
        func emit(_ cells: [String]) {
            lines.append("| " + TableRenderer.padded(cells, to: width).joined(separator: " | ") + " |")
            if lines.count == 1 { lines.append("|" + String(repeating: "---|", count: width)) }
        }
        if table.rows.first?.isHeader != true { emit([]) }
        for row in table.rows {
            if row.isHeader {
                emit(row.cells.map(\.text))
                continue
            }
            var label = row.label
            if style.splitLabels, rng.chance(0.3), let (a, b) = TableRenderer.split(label, &rng) { label = a + "<br>" + b }
            var head: [String] = label.isEmpty ? [] : [label]
            if group {
                head.insert(row.prefix.first ?? "", at: 0)
            } else {
                for prefix in row.prefix { emit([prefix]) }
            }
            emit(head + row.cells.map(\.text))
        }
        return lines
    }
}
