import ReportModel
import ReportOutput

/// A listing of the shell's own (`.fields`) fitted to the screen's width in `table` and `box`
/// output: when the table would be wider, its last column's texts (the labels) wrap onto
/// continuation rows, the other cells of those rows empty — never the whole table wrapped by the
/// terminal, never a cell cut. The width is the terminal's when standard output is one, else
/// `$COLUMNS`, else 80 (`Session.listingWidth`). Other formats get the rows as they are.
struct FittedListing {
    /// Labels narrower than this are not worth wrapping to; the table is then left wider than the screen.
    static let minimumWidth = 12

    let result: ResultSet
    let width: Int

    /// The result to show, the options to show it with, and a footer to write after it (the
    /// continuation rows are no rows of the listing: the footer counts the listing's own).
    func fitted(options: RenderOptions, format: OutputFormat) -> (ResultSet, RenderOptions, footer: String) {
        guard format == .table || format == .box, let last = result.columns.indices.last else { return (result, options, "") }
        var narrow = options
        narrow.columnWidths = Array(repeating: 0, count: last) + [1]
        let room = width - TableRenderer.width(of: result, options: narrow) + 1
        let widest = (0..<result.rowCount).reduce(DisplayWidth.of(result.columns[last].name)) {
            max($0, DisplayWidth.of(result[$1, last].textValue ?? ""))
        }
        guard widest > room, room >= FittedListing.minimumWidth else { return (result, options, "") }
        var rows: [[Value]] = []
        for row in 0..<result.rowCount {
            let values = result.row(row)
            let lines = FittedListing.wrap(values[last].textValue ?? "", width: room)
            rows.append(Array(values.dropLast()) + [.text(lines[0])])
            for line in lines.dropFirst() {
                rows.append(Array(repeating: Value.null, count: last) + [.text(line)])
            }
        }
        var fitted = options
        fitted.nullText = ""
        fitted.footer = false
        let footer = options.footer ? RenderOptions.footer(rows: result.rowCount) + "\n" : ""
        return (ResultSet(columns: result.columns, rows: rows), fitted, footer)
    }

    /// `text` in lines of at most `width` display columns, broken after a space or a comma when one
    /// falls in the line's second half, else between any two characters (Chinese has no spaces).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var rest = Substring(text)
        while DisplayWidth.of(rest) > width {
            var used = 0
            var cut = rest.startIndex
            var softCut: String.Index?
            for index in rest.indices {
                let next = DisplayWidth.of(character: rest[index])
                if used + next > width { break }
                used += next
                cut = rest.index(after: index)
                if " ,，、；;/）)".contains(rest[index]) && used * 2 >= width { softCut = cut }
            }
            if cut == rest.startIndex { cut = rest.index(after: cut) }   // a character wider than the line
            let atBoundary = cut < rest.endIndex && rest[cut] == " "
            let end = atBoundary ? cut : softCut ?? cut
            lines.append(String(rest[..<end]).trimmingTrailingSpaces)
            rest = rest[end...].drop { $0 == " " }
        }
        if !rest.isEmpty || lines.isEmpty { lines.append(String(rest)) }
        return lines
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
