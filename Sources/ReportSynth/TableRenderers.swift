/// Writes a synthetic table as the lines of one text layout.
enum TableRenderer {
    static func lines(_ table: SynthTable, layout: Layout, style: SynthStyle, rng: inout SplitMix64) -> [String] {
        switch layout {
        case .cellPerLine: return CellPerLineRenderer.render(table, style: style, rng: &rng)
        case .pdfFlowed: return PdfFlowedRenderer.render(table, style: style, rng: &rng)
        case .markdownPipe: return MarkdownPipeRenderer.render(table, style: style, rng: &rng)
        default: return TabRowsRenderer.render(table, style: style, rng: &rng)
        }
    }

    /// A label cut in two (for labels broken over lines), or nil for short labels. Each part keeps at least
    /// three characters, so no part reads as a figure ("1." stays with its text).
    static func split(_ label: String, _ rng: inout SplitMix64) -> (String, String)? {
        let characters = Array(label)
        guard characters.count >= 8 else { return nil }
        let at = rng.int(3...(characters.count - 3))
        let first = String(characters[..<at])
        let second = String(characters[at...])
        guard !first.allSatisfy(\.isWhitespace), !second.allSatisfy(\.isWhitespace) else { return nil }
        return (first, second)
    }

    /// Table 三 has two label columns in tab and Markdown layouts (the group label, then the row label).
    static func isRequestTable(_ table: SynthTable) -> Bool { table.width == 8 }

    static func padded(_ cells: [String], to width: Int) -> [String] {
        cells.count >= width ? cells : cells + Array(repeating: "", count: width - cells.count)
    }
}

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
