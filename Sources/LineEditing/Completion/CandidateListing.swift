import CEditLine

/// Lays out completion candidates in columns, down then across, as readline lists them.
public enum CandidateListing {
    /// The listing for `candidates` in a terminal `width` columns wide: lines joined by "\n",
    /// no trailing newline. Columns are two spaces apart; one column when nothing else fits.
    public static func format(_ candidates: [String], width: Int) -> String {
        guard !candidates.isEmpty else { return "" }
        let widths = candidates.map(displayWidth)
        let columnWidth = (widths.max() ?? 0) + 2
        let columns = max(1, (width + 2) / columnWidth)
        let rows = (candidates.count + columns - 1) / columns
        var lines: [String] = []
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < candidates.count else { break }
                let isLast = column == columns - 1 || index + rows >= candidates.count
                line += candidates[index]
                if !isLast { line += String(repeating: " ", count: columnWidth - widths[index]) }
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// Terminal columns `text` occupies, as the C library (and so libedit) counts them in the
    /// current locale; unprintable characters count as one.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            let columns = Int(cel_wcwidth(wchar_t(bitPattern: scalar.value)))
            return total + (columns < 0 ? 1 : columns)
        }
    }
}
