/// Turns the output of `pdftotext -layout` into canonical text, conservatively.
///
/// Layout mode keeps a table's columns apart by runs of spaces. A line is a table row when, split at
/// gaps of two or more spaces, it is up to three label cells followed by at least one figure cell
/// (a number, or 无 / — / - / / for none), or two or more figures alone (a row whose label wrapped onto
/// another line). Such a line becomes tab-separated cells when it has at least three figures or sits in
/// a block of at least two row lines (blank lines between them do not break a block). Every other line
/// stays text, its runs of spaces collapsed to one. Labels wrapped over several lines stay as text
/// lines; nothing is merged or guessed.
enum PDFLayoutText {
    /// A row with this many figures is a table row even alone.
    static let figuresForLoneRow = 3
    /// At most this many label cells before the figures.
    static let maximumLabelCells = 3

    static func canonical(_ layout: String) -> String {
        let lines = layout.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\u{0C}" })
            .filter { !$0.allSatisfy(\.isWhitespace) }
        let rows = lines.map(rowCells)
        var output: [String] = []
        output.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            if let cells = rows[index], isConverted(cells, index: index, rows: rows) {
                output.append(cells.joined(separator: "\t"))
            } else {
                let text = TextNormalization.line(line)
                if !text.isEmpty { output.append(text) }
            }
        }
        return output.isEmpty ? "" : output.joined(separator: "\n") + "\n"
    }

    /// The cells of a line that looks like a table row, or nil.
    static func rowCells<S: StringProtocol>(_ line: S) -> [String]? {
        var cells: [String] = []
        for gapSeparated in splitAtGaps(line) {
            let words = gapSeparated.split(separator: " ")
            if words.count > 1 && words.allSatisfy(isFigure) {
                cells.append(contentsOf: words.map(String.init))  // "0 0 0": columns squeezed together
            } else {
                cells.append(gapSeparated)
            }
        }
        let figures = cells.reversed().prefix(while: isFigure).count
        let labels = cells.count - figures
        guard cells.count >= 2, figures >= 1, labels <= maximumLabelCells else { return nil }
        return cells
    }

    static func isFigure<S: StringProtocol>(_ cell: S) -> Bool {
        if ["无", "—", "——", "-", "－", "/", "／"].contains(String(cell)) { return true }
        var body = Substring(cell)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        if body.last == "%" { body = body.dropLast() }
        var digits = 0
        var points = 0
        for scalar in body.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0xFF10...0xFF19: digits += 1
            case 0x2E: points += 1
            case 0x2C: continue
            default: return false
            }
        }
        return digits > 0 && points <= 1 && body.last != "." && body.first != "."
    }

    private static func isConverted(_ cells: [String], index: Int, rows: [[String]?]) -> Bool {
        let figures = cells.reversed().prefix(while: isFigure).count
        if figures >= figuresForLoneRow { return true }
        let previous = index > 0 && rows[index - 1] != nil
        let next = index + 1 < rows.count && rows[index + 1] != nil
        return previous || next
    }

    /// The line split at runs of two or more spaces (or a tab), each piece trimmed.
    private static func splitAtGaps<S: StringProtocol>(_ line: S) -> [String] {
        var pieces: [String] = []
        var current = ""
        var spaces = 0
        for character in line {
            if character == " " || character == "\t" {
                spaces += character == "\t" ? 2 : 1
                continue
            }
            if spaces >= 2, !current.isEmpty {
                pieces.append(current)
                current = ""
            } else if spaces == 1, !current.isEmpty {
                current.append(" ")
            }
            spaces = 0
            current.append(character)
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces.map { TextNormalization.line($0) }
    }
}
