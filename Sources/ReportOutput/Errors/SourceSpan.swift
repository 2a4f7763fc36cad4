/// A `SourceRange` (UTF-8 byte offsets into a statement) resolved against the statement's text: the
/// line it starts on, drawn for a terminal, and where the range falls on that drawing.
///
/// Offsets are clamped to the text and moved to a scalar boundary when they fall inside a scalar.
/// A range reaching past its first line is cut at the line's end. Tabs are expanded to the next
/// multiple of `tabWidth` and other control characters escaped (`\u{7}`), so the drawn line and the
/// caret line agree whatever the terminal does with tabs.
struct SourceSpan {
    /// 0-based line of the range's start within the statement.
    let lineIndex: Int
    /// Characters (grapheme clusters) before the start on its line; a tab counts as one.
    let charactersBefore: Int
    /// The start's line, tabs expanded, without its line terminator.
    let drawnLine: String
    /// Display columns before the range's start on `drawnLine`.
    let startColumn: Int
    /// Display columns the range covers on `drawnLine` (0 for an empty range).
    let width: Int

    init(text: String, start: Int, end: Int, tabWidth: Int) {
        let startIndex = SourceSpan.index(text, byteOffset: start, roundingUp: false)
        let endIndex = max(startIndex, SourceSpan.index(text, byteOffset: end, roundingUp: true))
        let before = text[..<startIndex]
        // Lines are found on UTF-8 bytes: "\r\n" is one Character, so a Character search misses it.
        let lineStart = before.utf8.lastIndex(of: 0x0A).map { text.utf8.index(after: $0) } ?? text.startIndex
        var lineEnd = text.utf8[startIndex...].firstIndex(of: 0x0A) ?? text.endIndex
        if lineEnd > lineStart, text.utf8[text.utf8.index(before: lineEnd)] == 0x0D {
            lineEnd = text.utf8.index(before: lineEnd)
        }
        lineIndex = before.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        charactersBefore = text[lineStart..<max(lineStart, min(startIndex, lineEnd))].count

        var drawn = ""
        var column = 0
        var startColumn: Int?
        var endColumn: Int?
        var index = lineStart
        while index < lineEnd {
            if startColumn == nil, index >= startIndex { startColumn = column }
            if endColumn == nil, index >= endIndex { endColumn = column }
            let next = text.index(after: index)
            let character = text[index..<min(next, lineEnd)]
            let piece = character == "\t"
                ? String(repeating: " ", count: tabWidth - column % max(1, tabWidth))
                : VisibleText.escape(String(character))
            drawn += piece
            column += DisplayWidth.of(piece)
            index = next
        }
        let start = startColumn ?? column
        drawnLine = drawn
        self.startColumn = start
        width = (endColumn ?? column) - start
    }

    /// The caret line: spaces to the start, `^`, then `~` under the rest of the range.
    var caretLine: String {
        String(repeating: " ", count: startColumn) + "^" + String(repeating: "~", count: max(0, width - 1))
    }

    /// The index of a UTF-8 offset, clamped to the text and moved to a scalar boundary (back for a
    /// start, forward for an end, so a range inside a character covers it).
    private static func index(_ text: String, byteOffset: Int, roundingUp: Bool) -> String.Index {
        let utf8 = text.utf8
        var index = utf8.index(utf8.startIndex, offsetBy: min(max(0, byteOffset), utf8.count))
        while index.samePosition(in: text.unicodeScalars) == nil {
            index = roundingUp ? utf8.index(after: index) : utf8.index(before: index)
        }
        return index
    }
}
