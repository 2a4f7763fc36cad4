/// Layout b: one cell per line after a tab, a blank line after each row (or none between data rows),
/// bookmarks and "　0" (report 003).
enum CellPerLineRenderer {
    static func render(_ table: SynthTable, style: SynthStyle, rng: inout SplitMix64) -> [String] {
        var lines: [String] = []
        for row in table.rows {
            if row.isHeader {
                lines += row.cells.map { "\t" + $0.text }
                lines.append("")
                continue
            }
            if !row.label.isEmpty {
                lines += Array(repeating: "\t", count: rng.int(0...2))
                lines += row.prefix.map { "\t" + $0 }
                let mark = style.bookmarks && rng.chance(0.4) ? "[bookmark: _Hlk\(rng.int(10_000_000...99_999_999))]" : ""
                if style.splitLabels, rng.chance(0.5), let (a, b) = TableRenderer.split(row.label, &rng) {
                    lines += ["\t" + mark + a, b]
                } else {
                    lines.append("\t" + mark + row.label)
                }
            }
            let space = style.fullWidthSpaceBeforeNumbers ? "\u{3000}" : ""
            lines += row.cells.map { $0.isBlank ? "\t" : "\t" + space + $0.text }
            if style.blankLinesBetween || row.label.isEmpty { lines.append("") }
        }
        return lines
    }
}
