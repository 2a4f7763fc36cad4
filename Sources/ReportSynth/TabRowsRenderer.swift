/// Layout a: one row per line, cells separated by tabs (report 001).
enum TabRowsRenderer {
    static func render(_ table: SynthTable, style: SynthStyle, rng: inout SplitMix64) -> [String] {
        let twoLabels = TableRenderer.isRequestTable(table)
        let width = table.width + (twoLabels ? 1 : 0)
        var lines: [String] = []
        for row in table.rows {
            if row.isHeader {
                lines.append(TableRenderer.padded(row.cells.map(\.text), to: width).joined(separator: "\t"))
                continue
            }
            var head: [String] = []
            var label = row.label
            if !label.isEmpty {
                if style.splitLabels, row.prefix.isEmpty, rng.chance(0.5), let (a, b) = TableRenderer.split(label, &rng) {
                    lines.append(a)
                    label = b
                }
                if !twoLabels {
                    head = [label]
                } else if let group = row.prefix.first, rng.chance(0.3) {
                    lines.append(TableRenderer.padded([group], to: width).joined(separator: "\t"))
                    head = ["", label]
                } else if let group = row.prefix.first {
                    head = [group, label]
                } else {
                    head = rng.chance(0.5) ? ["", label] : [label, ""]
                }
            }
            lines.append(TableRenderer.padded(head + row.cells.map(\.text), to: width).joined(separator: "\t"))
        }
        return lines
    }
}
