/// Content flowing into one container (the document body, a table cell, the space of a table outside
/// its cells): raw text accumulates into the current line until a line break, then becomes a
/// normalized line. Hard tabs (Word `w:tab`) split the line into segments.
struct TextFlow: Sendable {
    private(set) var items: [FlowItem] = []
    private var segments: [String] = [""]
    private var hasText = false

    mutating func append<S: StringProtocol>(_ text: S) {
        guard !text.isEmpty else { return }
        segments[segments.count - 1] += text
        hasText = true
    }

    /// A hard tab: in the document body it separates cells of a line (tabs before the first or after
    /// the last text of the line are dropped as indentation); inside a table cell it is a space.
    mutating func appendTab() {
        segments.append("")
        hasText = true
    }

    /// Ends the current line; an empty line is dropped.
    mutating func breakLine(tabsSeparateCells: Bool) {
        guard hasText else { return }
        let parts = segments.map { TextNormalization.line($0) }
        segments = [""]
        hasText = false
        let line: String
        if tabsSeparateCells {
            // Tabs before the first and after the last text are indentation, not empty cells.
            guard let first = parts.firstIndex(where: { !$0.isEmpty }),
                  let last = parts.lastIndex(where: { !$0.isEmpty }) else { return }
            line = parts[first...last].joined(separator: "\t")
        } else {
            line = TextNormalization.line(parts.joined(separator: " "))
            guard !line.isEmpty else { return }
        }
        items.append(.line(line))
    }

    mutating func add(_ table: TableNode, tabsSeparateCells: Bool) {
        breakLine(tabsSeparateCells: tabsSeparateCells)
        items.append(.table(table))
    }

    /// The finished content: the current line is ended first.
    mutating func finish(tabsSeparateCells: Bool) -> [FlowItem] {
        breakLine(tabsSeparateCells: tabsSeparateCells)
        return items
    }
}
