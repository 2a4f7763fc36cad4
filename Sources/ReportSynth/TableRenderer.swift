/// Writes a synthetic table as the lines of one text layout.
enum TableRenderer {
    static func lines(_ table: SynthTable, layout: Layout, style: SynthStyle, rng: inout SplitMix64) -> [String] {
        switch layout {
        case .cellPerLine: return CellPerLineRenderer.render(table, style: style, rng: &rng)
        case .pdfFlowed: return PdfFlowedRenderer.render(table, style: style, rng: &rng)
        case .markdownPipe: return MarkdownPipeRenderer.render(table, style: style, rng: &rng)
        case .webText: return WebTextRenderer.render(table, rng: &rng)
        case .html: return HTMLTableRenderer.render(table)
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
