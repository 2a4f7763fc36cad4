import ReportModel

/// Table 三's printed rows of figures taken in the template's order (issue 14, real report 05/06: a PDF
/// converted to Markdown whose pipe rows come apart from their labels — labels printed in a pile, above
/// or below bare rows of figures, in another order than the rows).
///
/// Whatever happens to the labels, a table's rows of figures are printed top to bottom, one row of seven
/// per template row. So: every line of the table holding exactly seven figures (fitted as `GridRow.fit`)
/// is a row of figures. One whose own line names a template row (`TableRowKeys.requests`, the line's
/// label only, never pieces on lines before it) is an *anchor*. The anchors must come in the template's
/// order, each row once, or nothing is read. Between two anchors (and before the first, after the last),
/// the rows of figures without a label of their own are the template rows between them, in order —
/// only when there are exactly as many of them as template rows, and no line in that stretch holds
/// figures that are not a row of seven (a row broken over lines, a cell per line, a glued run). A lone
/// figure or two after a label's text is a page number or a stray mark, as `TableLocator` reads it.
///
/// A row read so is uncertain: `RequestReconciler` gives it to `SumGuard`.
struct OrderedRequestRows {
    private(set) var rows: [RequestRow: StreamRequestRows.Cells] = [:]
    /// Rows whose own printed line names them and holds their seven figures.
    private(set) var anchors: Set<RequestRow> = []
    /// Every expected row was placed (anchored or between anchors) and every row of figures with it.
    private(set) var isComplete = false

    private enum Event {
        case row(RequestRow?, StreamRequestRows.Cells)
        /// Figures that are no row of seven.
        case broken
    }

    /// - Parameters:
    ///   - grid: the report's grid rows; those on the lines of `spans` are read.
    ///   - expected: the template's data rows.
    init(grid: [GridRow], spans: [Range<Int>], lines: [SourceLine], expected: [RequestRow]) {
        // In printed order (`RequestRow`'s; the 2019 list puts （六）其他处理 last).
        let expected = expected.sorted { $0.rawValue < $1.rawValue }
        let events = Self.events(grid: grid, spans: spans, lines: lines, expected: expected)
        let position = Dictionary(uniqueKeysWithValues: expected.enumerated().map { ($1, $0) })
        // Anchors in the template's order, each row once: the stretch boundaries.
        var bounds: [(event: Int, slot: Int)] = [(-1, -1)]
        for (i, event) in events.enumerated() {
            guard case .row(let row?, _) = event else { continue }
            guard let slot = position[row], slot > bounds[bounds.count - 1].slot else { return }
            bounds.append((i, slot))
        }
        bounds.append((events.count, expected.count))
        var placed = 0
        var leftover = false
        for k in 1..<bounds.count {
            let (start, end) = (bounds[k - 1], bounds[k])
            if k < bounds.count - 1, case .row(let row?, let cells) = events[end.event] {
                rows[row] = cells
                anchors.insert(row)
                placed += 1
            }
            let stretch = events[(start.event + 1)..<end.event]
            let slots = expected[(start.slot + 1)..<end.slot]
            var bare: [StreamRequestRows.Cells] = []
            for event in stretch {
                guard case .row(nil, let cells) = event else { bare = []; break }
                bare.append(cells)
            }
            guard bare.count == slots.count, bare.count == stretch.count else {
                leftover = true
                continue
            }
            for (row, cells) in zip(slots, bare) { rows[row] = cells }
            placed += bare.count
        }
        isComplete = placed == expected.count && !leftover
    }

    /// The table's lines as rows of seven figures (with the row their own label names) and broken rows.
    private static func events(grid: [GridRow], spans: [Range<Int>], lines: [SourceLine], expected: [RequestRow]) -> [Event] {
        let width = StreamRequestRows.width
        var events: [Event] = []
        var afterText = false
        for row in grid where spans.contains(where: { $0.contains(row.line) }) {
            guard row.hasData else {
                afterText = afterText || !row.label.isEmpty
                continue
            }
            defer { afterText = false }
            if row.index < lines.count, Self.isPageNumber(lines[row.index].text) { continue }
            let named = TableRowKeys.requests.match(row.label)
            if named == nil, afterText, row.cells.filter({ !$0.isBlank }).count <= 2 { continue }
            // A group row's subtotal (（三）不予公开 …) takes no template row.
            if let named, !expected.contains(named), named.isDerived { continue }
            // A line whose label names two rows (or a row of another template) is no one row's.
            let clear = named.map { named in
                expected.contains(named) && TableRowKeys.requests.earlierRow(row.label, where: { $0 != named && expected.contains($0) }) == nil
            }
            guard clear ?? true, let cells = GridRow.fit(row.cells, to: width), let values = Self.values(cells) else {
                events.append(.broken)
                continue
            }
            events.append(.row(named, StreamRequestRows.Cells(values: values, lines: cells.map(\.line))))
        }
        return events
    }

    /// A page number's line ("— 5 —"); only short lines are looked at (web text is one long line).
    private static func isPageNumber(_ text: String) -> Bool {
        guard text.utf8.count <= 40 else { return false }
        var scalars: [Unicode.Scalar] = []
        ScalarDecoding.append(text, to: &scalars)
        return TableStream.isSeparatorOrPageNumber(scalars)
    }

    /// The seven cells as counts (blank → null), or nil when one is not a count.
    private static func values(_ cells: [GridCell]) -> [Value]? {
        var values: [Value] = []
        for cell in cells {
            switch CellReading.count(cell) {
            case .value(let v): values.append(v)
            case .blank: values.append(.null)
            case .unreadable, .outOfRange: return nil
            }
        }
        return values
    }
}
